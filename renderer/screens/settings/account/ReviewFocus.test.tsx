// A merchant working the review by keyboard: Enter or Space on a choice records it, the row leaves the list, and focus
// lands on the next row's first choice, the review's heading when no row follows, or the section's heading when the
// last choice takes the review away — never on the page's body, where the next Tab starts again from the top.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountSummary, ReviewDecisionRequest, ReviewRow } from '../../../../shared/account';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { ExistingAccountSection } from './ExistingAccountSection';

const IDLE: AccountSummary['read'] = { running: false, country: null, page: 0, pages: 0, marketsDone: 0, markets: 0, listings: 0, outcome: null, startedAt: null, finishedAt: null, message: '' };

const row = (productNumber: string, field: ReviewRow['field'], backmarket: string, mine: string): ReviewRow => ({
  productNumber,
  productId: 1,
  country: 'fr-fr',
  field,
  backmarket,
  mine,
  decision: null,
  needs: [],
});

/** An account whose review loses each row main records a decision for, as main's review does. */
function accountToReview(rows: ReviewRow[]) {
  let undecided = [...rows];
  const decide = (request: ReviewDecisionRequest) => {
    const before = undecided.length;
    undecided =
      request.scope === 'all'
        ? []
        : undecided.filter((left) => !request.rows.some((key) => key.productNumber === left.productNumber && key.country === left.country && key.field === left.field));
    return { decided: before - undecided.length, released: 0, keptOnly: [] };
  };
  return createFakeApi({
    'account:summary': () => ({
      markets: [{ country: 'fr-fr', onBackMarket: 3, matched: 3, notInCatalogue: 0, readAt: '2026-12-06T04:00:00.000Z' }],
      unmanagedSkus: 0,
      offersToReview: new Set(undecided.map((left) => left.productNumber)).size,
      fieldsToReview: undecided.length,
      read: IDLE,
    }),
    'account:review': () => ({ total: undecided.length, rows: undecided }),
    'account:decide': decide,
  });
}

/** A busy machine (the suite runs beside others) may take more than a second to answer and draw the review again. */
const PATIENT = { timeout: 10_000 };

const rowOf = (sku: string) => screen.getByRole('row', { name: new RegExp(`^${sku} `) });

describe('keyboard focus in the review of an existing account', () => {
  it('moves to the next row’s first choice after Enter or Space, then to the section’s heading when the review is done', async () => {
    const fake = accountToReview([row('BM-1', 'price', '289.00', '279.00'), row('BM-2', 'price', '199.00', '189.00'), row('BM-3', 'comment', 'Très bon état', 'Revu')]);
    renderWithApi(<ExistingAccountSection />, fake.api);
    await screen.findByRole('table', { name: 'Values that differ' }, PATIENT);

    within(rowOf('BM-1')).getByRole('button', { name: 'Keep mine' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('row', { name: /^BM-1 / })).toBeNull(), PATIENT);
    await waitFor(() => expect(document.activeElement).toBe(within(rowOf('BM-2')).getByRole('button', { name: "Keep Back Market's" })), PATIENT);

    await userEvent.keyboard(' ');
    await waitFor(() => expect(screen.queryByRole('row', { name: /^BM-2 / })).toBeNull(), PATIENT);
    await waitFor(() => expect(document.activeElement).toBe(within(rowOf('BM-3')).getByRole('button', { name: "Keep Back Market's" })), PATIENT);

    // The last choice: the review leaves the section, and focus stays in it, on its heading.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('account-review')).toBeNull(), PATIENT);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Existing account' })), PATIENT);
    expect(fake.callsOf('account:decide')).toEqual([
      { scope: 'rows', decision: 'mine', rows: [{ productNumber: 'BM-1', country: 'fr-fr', field: 'price' }] },
      { scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'BM-2', country: 'fr-fr', field: 'price' }] },
      { scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'BM-3', country: 'fr-fr', field: 'comment' }] },
    ]);
  });

  it('moves to the review’s heading when the row chosen was the last of those still listed', async () => {
    const fake = accountToReview([row('BM-1', 'price', '289.00', '279.00'), row('BM-2', 'price', '199.00', '189.00')]);
    renderWithApi(<ExistingAccountSection />, fake.api);
    await screen.findByRole('table', { name: 'Values that differ' }, PATIENT);
    within(rowOf('BM-2')).getByRole('button', { name: 'Keep mine' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('row', { name: /^BM-2 / })).toBeNull(), PATIENT);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Review before the first sync/ })), PATIENT);
    expect(rowOf('BM-1')).toBeTruthy();
  });

  it('moves to the section’s heading when "Keep mine for all" takes the whole review away', async () => {
    const fake = accountToReview([row('BM-1', 'price', '289.00', '279.00'), row('BM-2', 'price', '199.00', '189.00')]);
    renderWithApi(<ExistingAccountSection />, fake.api);
    await screen.findByRole('table', { name: 'Values that differ' }, PATIENT);
    screen.getByRole('button', { name: 'Keep mine for all' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('account-review')).toBeNull(), PATIENT);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Existing account' })), PATIENT);
  });
});
