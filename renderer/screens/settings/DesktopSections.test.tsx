// Settings' updates and error-log sections as a merchant uses them in the desktop app: the state in words, the opt-out,
// "Restart to update" held back during a sync or over unsaved work, and the error log shown; nothing of it in the preview.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UpdateState } from '../../../shared/contract/desktop-calls';
import { NOTHING_DIFFERS } from '../../../shared/offer-status';
import type { SyncState } from '../../../shared/sync';
import { useUnsavedWork } from '../../shell/unsaved-work';
import { connectionStatus } from '../../test/connection';
import { createFakeApi, type FakeHandlers } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { SettingsScreen } from './SettingsScreen';

const idle: UpdateState = { status: 'idle', enabled: true, offBy: null, version: null, percent: null, checkedAt: '2026-03-02T10:00:00.000Z', error: null };
const ready: UpdateState = { ...idle, status: 'ready', version: '1.4.0' };
const noSync: SyncState = { running: null, lastRun: null, pendingChanges: 0, openTasks: 0, truth: NOTHING_DIFFERS };

function desktopApi(overrides: FakeHandlers = {}, shell: 'electron' | 'preview' = 'electron') {
  return createFakeApi({
    'app:info': () => ({ version: '1.3.0', shell }),
    'connection:status': () => connectionStatus(),
    'backup:status': () => ({ state: 'ok', mode: 'sandbox', backupFolder: '/data/backups/sandbox' }),
    'backup:list': () => [],
    'activity:list': () => ({ entries: [], total: 0 }),
    'preferences:get': () => ({ language: null }),
    'sync:state': () => noSync,
    'updates:state': () => idle,
    'updates:setEnabled': ({ enabled }) => ({ ...idle, enabled, status: enabled ? 'idle' : 'off', offBy: enabled ? null : 'settings' }),
    'updates:restart': () => ({ restarting: true, blockedBy: null }),
    'errorLog:info': () => ({ available: true, entries: 0, lastAt: null }),
    'errorLog:open': () => ({ opened: true }),
    ...overrides,
  });
}

describe('updates in Settings', () => {
  it('says when Refurb Desk last found itself up to date, and turns automatic updates off and on', async () => {
    const fake = desktopApi();
    renderWithApi(<SettingsScreen />, fake.api);
    expect(await screen.findByText(/Refurb Desk is up to date \(checked/)).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: 'Keep Refurb Desk up to date automatically' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await userEvent.click(box);
    expect(fake.callsOf('updates:setEnabled')).toEqual([{ enabled: false }]);
    expect(await screen.findByText(/Automatic updates are turned off\. Turn them on/)).toBeTruthy();
  });

  it('follows main: the download progress, then Restart to update', async () => {
    const fake = desktopApi();
    renderWithApi(<SettingsScreen />, fake.api);
    await screen.findByText(/Refurb Desk is up to date \(checked/);
    act(() => fake.emit('updates:changed', { ...idle, status: 'downloading', version: '1.4.0', percent: 42 }));
    expect(await screen.findByText(/Downloading version 1\.4\.0 in the background: 42%/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Restart to update' })).toBeNull();
    act(() => fake.emit('updates:changed', ready));
    await userEvent.click(await screen.findByRole('button', { name: 'Restart to update' }));
    expect(fake.callsOf('updates:restart')).toEqual([{ unsavedWork: false }]);
    expect(await screen.findByText(/restarting to install the update/)).toBeTruthy();
  });

  it('holds Restart to update back while a sync runs', async () => {
    const fake = desktopApi({ 'updates:state': () => ready, 'sync:state': () => ({ ...noSync, running: { step: 'sending' } as unknown as SyncState['running'] }) });
    renderWithApi(<SettingsScreen />, fake.api);
    const button = (await screen.findByRole('button', { name: 'Restart to update' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(screen.getByText('Available once the sync has finished.')).toBeTruthy();
  });

  it('tells main about unsaved work, and says why it did not restart', async () => {
    function OpenEditor() {
      useUnsavedWork(true);
      return null;
    }
    const fake = desktopApi({ 'updates:state': () => ready, 'updates:restart': ({ unsavedWork }) => ({ restarting: false, blockedBy: unsavedWork ? 'unsaved-work' : null }) });
    renderWithApi(
      <>
        <SettingsScreen />
        <OpenEditor />
      </>,
      fake.api,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Restart to update' }));
    expect(fake.callsOf('updates:restart')).toEqual([{ unsavedWork: true }]);
    expect(await screen.findByText(/You have unsaved changes, so Refurb Desk did not restart/)).toBeTruthy();
  });

  it('says when updates were turned off for this computer, and does not let the box override it', async () => {
    renderWithApi(<SettingsScreen />, desktopApi({ 'updates:state': () => ({ ...idle, status: 'off', offBy: 'environment' }) }).api);
    expect(await screen.findByText(/turned off on this computer by the REFURB_NO_UPDATES setting/)).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Keep Refurb Desk up to date automatically' }) as HTMLInputElement).disabled).toBe(true);
  });
});

describe('the error log in Settings', () => {
  it('counts what was recorded and shows the log file', async () => {
    const fake = desktopApi({ 'errorLog:info': () => ({ available: true, entries: 3, lastAt: '2026-03-02T10:00:00.000Z' }) });
    renderWithApi(<SettingsScreen />, fake.api);
    expect(await screen.findByText(/3 crashes and errors recorded, the last one/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show the error log' }));
    expect(fake.callsOf('errorLog:open')).toEqual([{}]);
  });
});

describe('in the browser preview', () => {
  it('shows neither section', async () => {
    const fake = desktopApi({}, 'preview');
    renderWithApi(<SettingsScreen />, fake.api);
    await screen.findByRole('combobox', { name: 'Language of Refurb Desk' });
    await waitFor(() => expect(fake.callsOf('app:info')).toHaveLength(1));
    expect(screen.queryByRole('heading', { name: 'Updates' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Error log' })).toBeNull();
  });
});

