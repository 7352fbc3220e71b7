// Settings' Existing account section as a merchant reads it: a market never read says its numbers are not known, a
// read market gives N / M / K; the read's progress comes from main's events with Cancel; the review's buttons send the
// decision for that field only, and "for all" for every undecided one.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountReadState, AccountSummary } from '../../../../shared/account';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { ExistingAccountSection } from './ExistingAccountSection';

const IDLE: AccountReadState = { running: false, country: null, page: 0, pages: 0, marketsDone: 0, markets: 0, listings: 0, outcome: null, startedAt: null, finishedAt: null, message: '' };

function summary(overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    markets: [
      { country: 'fr-fr', onBackMarket: 310, matched: 6, notInCatalogue: 304, readAt: '2026-12-06T04:00:00.000Z' },
      { country: 'de-de', onBackMarket: 0, matched: 0, notInCatalogue: 0, readAt: null },
    ],
    unmanagedSkus: 0,
    offersToReview: 0,
    fieldsToReview: 0,
    read: IDLE,
    ...overrides,
  };
}

describe('Settings › Existing account', () => {
  it('gives per market what Back Market holds, and says a market not read yet is not known', async () => {
    const fake = createFakeApi({ 'account:summary': () => summary(), 'account:read': () => ({ ...IDLE, running: true, markets: 2 }) });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const table = await screen.findByTestId('account-markets');
    const france = within(table).getByRole('row', { name: /France/ });
    expect(within(france).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 3)).toEqual(['310', '6', '304']);
    expect(within(table).getByRole('row', { name: /Germany/ }).textContent).toContain('Not read yet: the numbers are not known.');
    await userEvent.click(screen.getByRole('button', { name: 'Read the account' }));
    expect(fake.calls.map((call) => call.name)).toContain('account:read');
  });

  it('follows the read from main’s progress events and cancels it', async () => {
    const fake = createFakeApi({ 'account:summary': () => summary(), 'account:cancel': () => ({ ...IDLE, outcome: 'cancelled', markets: 2 }) });
    renderWithApi(<ExistingAccountSection />, fake.api);
    await screen.findByTestId('account-markets');
    fake.emit('account:progress', { ...IDLE, running: true, country: 'de-de', page: 3, pages: 12, marketsDone: 1, markets: 2, listings: 400 });
    expect(await screen.findByText('Reading Germany: page 3 of 12 (400 listings so far)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Read the account' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.calls.map((call) => call.name)).toContain('account:cancel');
  });

  it('sends one field’s decision from its row, and every undecided one from "for all"', async () => {
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 1, fieldsToReview: 2 }),
      'account:review': () => ({
        total: 2,
        rows: [
          { productNumber: 'IP13-2', country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '459.00', decision: null },
          { productNumber: 'IP13-2', country: 'fr-fr', field: 'comment', backmarket: 'Boîte', mine: '', decision: null },
        ],
      }),
      'account:decide': () => ({ decided: 1, released: 0, keptOnly: [] }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    expect(within(review).getByRole('heading').textContent).toBe('Review before the first sync — offers held: 1, values that differ: 2');
    const comment = await within(review).findByRole('row', { name: /Comment/ });
    expect(comment.textContent).toContain('(none)');
    const price = within(review).getByRole('row', { name: /Price/ });
    await userEvent.click(within(price).getByRole('button', { name: 'Keep mine' }));
    await userEvent.click(within(review).getByRole('button', { name: "Keep Back Market's for all" }));
    expect(fake.calls.filter((call) => call.name === 'account:decide').map((call) => call.input)).toEqual([
      { scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price' }] },
      { scope: 'all', decision: 'backmarket' },
    ]);
  });

  it('asks whether to publish an imported product where Back Market does not sell it: Keep off or Publish', async () => {
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 1, fieldsToReview: 1 }),
      'account:review': () => ({ total: 1, rows: [{ productNumber: 'IP13-7', country: 'de-de', field: 'market', backmarket: '', mine: '', decision: null }] }),
      'account:decide': () => ({ decided: 1, released: 0, keptOnly: [] }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    const row = await within(review).findByRole('row', { name: /Publish in this market\?/ });
    expect(row.textContent).toContain('Germany');
    expect(row.textContent).toContain('Not sold there');
    await userEvent.click(within(row).getByRole('button', { name: 'Publish' }));
    await userEvent.click(within(row).getByRole('button', { name: 'Keep off' }));
    expect(fake.calls.filter((call) => call.name === 'account:decide').map((call) => call.input)).toEqual([
      { scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-7', country: 'de-de', field: 'market' }] },
      { scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'IP13-7', country: 'de-de', field: 'market' }] },
    ]);
  });
});
