// Home's real margin: a market's margin in its own currency, a market whose sales have no recorded device said to be
// not known rather than shown as zero, and the returns rates.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MarginReport } from '../../../shared/margin';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { MarginPanel } from './MarginPanel';

const country = (patch: Partial<MarginReport['countries'][number]>): MarginReport['countries'][number] => ({
  country: 'fr-fr', currency: 'EUR', lines: 4, linesKnown: 1, revenueCents: 89_900, commissionCents: 8990, shippingCents: 0, costCents: 55_500, vatCents: 6317, marginCents: 19_093, ...patch,
});

describe('the real margin on Home', () => {
  it('shows each market in its currency, says when it is not known, and the returns rate per grade', async () => {
    const report: MarginReport = {
      days: 30,
      countries: [country({}), country({ country: 'en-gb', currency: 'GBP', lines: 2, linesKnown: 2, marginCents: -1260 }), country({ country: 'de-de', lines: 1, linesKnown: 0, marginCents: 0 })],
      returnsByModel: [],
      returnsByGrade: [{ key: 'GOOD', label: '', sold: 4, returned: 1 }],
    };
    renderWithApi(<MarginPanel />, createFakeApi({ 'margin:report': () => report }).api);
    const france = await screen.findByTestId('margin-fr-fr');
    expect(within(france).getByTestId('margin-value').textContent).toBe('€190.93');
    expect(france.textContent).toContain('1 of 4 with recorded devices');
    expect(within(screen.getByTestId('margin-en-gb')).getByTestId('margin-value').textContent).toBe('-£12.60');
    expect(within(screen.getByTestId('margin-de-de')).getByTestId('margin-value').textContent).toBe('Not known: no sale with recorded devices');
    expect(screen.getByRole('table', { name: 'Returns per grade' }).textContent).toContain('25%');
  });
});
