// The account read's progress line as a merchant sees it: Cancel is answered at once (« stopping… ») while the pages
// already asked come back, and the line never puts one market's name beside another market's pages.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountReadState, AccountSummary } from '../../../../shared/account';
import i18next from '../../../i18n';
import { useAccountReadStore } from '../../../store/account-read-store';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { AccountReadStatus } from '../../../shell/AccountReadStatus';
import { ExistingAccountSection } from './ExistingAccountSection';

const STARTED = '2026-12-06T09:00:00.000Z';
const READING: AccountReadState = { running: true, country: null, page: 0, pages: 0, marketsDone: 0, markets: 2, listings: 0, outcome: null, startedAt: STARTED, finishedAt: null, message: '' };

const summary = (read: AccountReadState): AccountSummary => ({
  markets: [
    { country: 'de-de', onBackMarket: 309, matched: 0, notInCatalogue: 309, readAt: null },
    { country: 'fr-fr', onBackMarket: 300, matched: 6, notInCatalogue: 294, readAt: null },
  ],
  unmanagedSkus: 0,
  offersToReview: 0,
  fieldsToReview: 0,
  read,
});

afterEach(async () => {
  useAccountReadStore.getState().reset();
  await i18next.changeLanguage('en');
});

describe('the account read’s progress', () => {
  it('says « stopping » the moment Cancel is clicked, without the Cancel button or the page it was at', async () => {
    await i18next.changeLanguage('fr');
    const reading = { ...READING, country: 'fr-fr', page: 200, pages: 600, listings: 10_000 };
    const fake = createFakeApi({ 'account:summary': () => summary(reading), 'account:cancel': () => reading });
    renderWithApi(<ExistingAccountSection />, fake.api);
    await screen.findByText(/France : lecture de la page 200 sur 600/);
    act(() => fake.emit('account:progress', reading));
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    // Main is still bringing back the pages in flight (its state still says running): the line already says it stops.
    expect(screen.getByTestId('account-read-progress').textContent).toBe('Arrêt de la lecture… les pages déjà demandées reviennent ; plus rien n’est lu.');
    expect(screen.queryByRole('button', { name: 'Annuler' })).toBeNull();
    // The header, on every screen, says it too.
    render(<AccountReadStatus />);
    expect(screen.getByTestId('account-read-status').textContent).toBe('Arrêt de la lecture de vos annonces Back Market…');
    act(() => fake.emit('account:progress', { ...reading, page: 203 }));
    expect(screen.queryByText(/page 203/)).toBeNull();
    // The read ends: the stopped read is said as before.
    act(() => fake.emit('account:progress', { ...reading, running: false, outcome: 'cancelled', country: null, finishedAt: new Date().toISOString() }));
    await waitFor(() => expect(screen.getByTestId('account-read-outcome').textContent).toContain('Lecture arrêtée'));
  });

  it('gives France’s own figures while France is read, even when a summary answered a moment earlier holds Germany’s last page', async () => {
    await i18next.changeLanguage('de');
    // Germany was read first (309 listings, 7 pages); the summary main answered then is what a refetch may still bring.
    const germanyLastPage = { ...READING, country: 'de-de', page: 7, pages: 7, listings: 309 };
    const fake = createFakeApi({ 'account:summary': () => summary(germanyLastPage) });
    renderWithApi(<ExistingAccountSection />, fake.api);
    await screen.findByText(/Deutschland: Seite 7 von 7/);
    act(() => fake.emit('account:progress', { ...READING, country: 'fr-fr', page: 0, pages: 0, marketsDone: 1, listings: 309 }));
    act(() => fake.emit('account:progress', { ...READING, country: 'fr-fr', page: 2, pages: 6, marketsDone: 1, listings: 409 }));
    // A change elsewhere makes the section ask for the summary again; its answer is Germany's moment.
    act(() => fake.emit('account:changed', { reason: 'read' }));
    await waitFor(() => expect(fake.callsOf('account:summary').length).toBeGreaterThan(1));
    const line = () => screen.getByTestId('account-read-progress').querySelector('p')?.textContent ?? '';
    await waitFor(() => expect(line()).toBe('Frankreich: Seite 2 von 6 wird gelesen (100 Angebote in diesem Markt gelesen)'));
    expect(line()).not.toMatch(/309|Seite 7/);
  });
});
