// "Keep Back Market's" that could not write Back Market's value into the catalogue says so after the decision, in the
// merchant's words: which offer and field, that Back Market keeps its value, and why the catalogue was left as it was.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountReadState, AccountSummary } from '../../../../shared/account';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { ExistingAccountSection } from './ExistingAccountSection';

const IDLE: AccountReadState = { running: false, country: null, page: 0, pages: 0, marketsDone: 0, markets: 0, listings: 0, outcome: null, startedAt: null, finishedAt: null, message: '' };
const SUMMARY: AccountSummary = {
  markets: [{ country: 'fr-fr', onBackMarket: 3, matched: 1, notInCatalogue: 2, readAt: '2026-12-06T04:00:00.000Z' }],
  unmanagedSkus: 2,
  offersToReview: 1,
  fieldsToReview: 1,
  read: IDLE,
};

describe('Settings › Existing account › review: a value kept on Back Market only', () => {
  it('says which value stayed on Back Market and why the catalogue was not changed', async () => {
    const fake = createFakeApi({
      'account:summary': () => SUMMARY,
      'account:review': () => ({ total: 1, rows: [{ productNumber: 'PX6A-1', country: 'fr-fr', field: 'comment', backmarket: 'Chargeur inclus', mine: 'Boîte', decision: null }] }),
      'account:decide': () => ({
        decided: 1,
        released: 1,
        keptOnly: [{ productNumber: 'PX6A-1', country: 'fr-fr', field: 'comment', reason: 'shared-column', sharedWith: ['de-de'] }],
      }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    expect(screen.queryByTestId('account-review-kept')).toBeNull();
    await userEvent.click(within(await within(review).findByRole('row', { name: /Comment/ })).getByRole('button', { name: "Keep Back Market's" }));
    const kept = await screen.findByTestId('account-review-kept');
    expect(kept.textContent).toContain('Kept on Back Market, the catalogue unchanged');
    expect(kept.textContent).toContain("PX6A-1, France, Comment: Back Market's value stays on Back Market. It was not written into the catalogue, because that catalogue column is also used for Germany, where Back Market holds another value");
  });
});
