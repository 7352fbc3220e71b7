// The header's pill says exactly what differs from Back Market, each part a link to the Listings filtered to those
// offers, and follows main's events: never "All changes synced" while something is held back, refused or waiting.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import i18next from '../i18n';
import { NOTHING_DIFFERS, type SyncTruth } from '../../shared/offer-status';
import type { SyncState } from '../../shared/sync';
import { useListingsStore } from '../screens/listings/listings-store';
import { createFakeApi } from '../test/fake-api';
import { renderWithApi } from '../test/render';
import { PendingChanges } from './PendingChanges';

afterEach(async () => {
  useListingsStore.getState().reset();
  await i18next.changeLanguage('en');
});

const stateWith = (truth: Partial<SyncTruth>): SyncState => ({ running: null, lastRun: null, pendingChanges: truth.pendingChanges ?? 0, openTasks: 0, truth: { ...NOTHING_DIFFERS, ...truth } });

it('names what is not synced, links each part to the Listings, and says all synced only once nothing differs', async () => {
  let state = stateWith({ heldBack: 14, refused: 2, deferred: 120, deferredUntil: '2026-12-06T13:00:00.000Z', pendingChanges: 1 });
  const fake = createFakeApi({ 'sync:state': () => state });
  renderWithApi(<PendingChanges />, fake.api);
  const pill = await screen.findByTestId('pending-changes');
  await waitFor(() => expect(pill.textContent).toMatch(/^16 not synced: 14 held back, 2 refused · 1 change waits for the next sync · 120 lines wait for the hourly budget \(until .+\)$/));
  expect(pill.textContent).not.toContain('All changes synced');

  await userEvent.click(within(pill).getByRole('link', { name: '2 refused' }));
  expect(useListingsStore.getState().filters).toMatchObject({ standing: 'refused', status: '' });
  expect(within(pill).getByRole('link', { name: '14 held back' }).getAttribute('href')).toBe('#/listings');
  await userEvent.click(within(pill).getByRole('link', { name: '1 change waits for the next sync' }));
  expect(useListingsStore.getState().filters).toMatchObject({ status: 'pending', standing: '' });

  // A sync fixed everything: main's event makes the header ask again.
  state = stateWith({});
  act(() => fake.emit('sync:finished', { runId: 2, outcome: 'finished', startedAt: '', finishedAt: '', published: 16, rejected: 0, blocked: 0, deferred: 0, requests: 3, ordersImported: 0, message: '', notSent: 0, waiting: 0 }));
  await waitFor(() => expect(pill.textContent).toBe('All changes synced'));
});

it('agrees in French with one offer and with several', async () => {
  await i18next.changeLanguage('fr');
  const fake = createFakeApi({ 'sync:state': () => stateWith({ heldBack: 1, refused: 1, unanswered: 1 }) });
  renderWithApi(<PendingChanges />, fake.api);
  const pill = await screen.findByTestId('pending-changes');
  await waitFor(() => expect(pill.textContent).toBe('3 non synchronisés : 1 retenu, 1 refusé, 1 sans réponse'));
});

it('says « 1 non synchronisé » for a single offer', async () => {
  await i18next.changeLanguage('fr');
  const fake = createFakeApi({ 'sync:state': () => stateWith({ heldBack: 1 }) });
  renderWithApi(<PendingChanges />, fake.api);
  const pill = await screen.findByTestId('pending-changes');
  await waitFor(() => expect(pill.textContent).toBe('1 non synchronisé : 1 retenu'));
});
