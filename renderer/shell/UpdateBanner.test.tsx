// The update banner over every screen: offered once an update is downloaded, held back during a sync, put off with Later.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UpdateState } from '../../shared/contract/desktop-calls';
import { NOTHING_DIFFERS } from '../../shared/offer-status';
import type { SyncState } from '../../shared/sync';
import { createFakeApi, type FakeHandlers } from '../test/fake-api';
import { renderWithApi } from '../test/render';
import { UpdateBanner } from './UpdateBanner';

const idle: UpdateState = { status: 'idle', enabled: true, offBy: null, version: null, percent: null, checkedAt: null, error: null };
const ready: UpdateState = { ...idle, status: 'ready', version: '1.4.0' };
const noSync: SyncState = { running: null, lastRun: null, pendingChanges: 0, openTasks: 0, truth: NOTHING_DIFFERS };

const api = (overrides: FakeHandlers = {}) =>
  createFakeApi({
    'app:info': () => ({ version: '1.3.0', shell: 'electron' }),
    'sync:state': () => noSync,
    'updates:state': () => idle,
    'updates:restart': () => ({ restarting: true, blockedBy: null }),
    ...overrides,
  });

describe('the update banner', () => {
  it('appears when main says an update is downloaded, and restarts into it', async () => {
    const fake = api();
    renderWithApi(<UpdateBanner />, fake.api);
    await waitFor(() => expect(fake.callsOf('updates:state')).toHaveLength(1));
    expect(screen.queryByTestId('update-banner')).toBeNull();
    act(() => fake.emit('updates:changed', ready));
    expect(await screen.findByText(/Version 1\.4\.0 is ready/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restart to update' }));
    expect(fake.callsOf('updates:restart')).toEqual([{ unsavedWork: false }]);
  });

  it('cannot restart while a sync runs, and Later hides it until the next version', async () => {
    const fake = api({ 'updates:state': () => ready, 'sync:state': () => ({ ...noSync, running: { step: 'sending' } as unknown as SyncState['running'] }) });
    renderWithApi(<UpdateBanner />, fake.api);
    const restart = (await screen.findByRole('button', { name: 'Restart to update' })) as HTMLButtonElement;
    await waitFor(() => expect(restart.disabled).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('update-banner')).toBeNull();
    act(() => fake.emit('updates:changed', { ...ready, version: '1.5.0' }));
    expect(await screen.findByText(/Version 1\.5\.0 is ready/)).toBeTruthy();
  });

  it('never shows in the browser preview', async () => {
    const fake = api({ 'app:info': () => ({ version: '1.3.0', shell: 'preview' }), 'updates:state': () => ready });
    renderWithApi(<UpdateBanner />, fake.api);
    await waitFor(() => expect(fake.callsOf('updates:state')).toHaveLength(1));
    await waitFor(() => expect(fake.callsOf('app:info')).toHaveLength(1));
    expect(screen.queryByTestId('update-banner')).toBeNull();
  });
});
