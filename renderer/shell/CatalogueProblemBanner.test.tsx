// What the merchant sees when the catalogue takes no changes (issue 14): the read-only banner with the reason and the
// fix, the banner of a file that disappeared with its "save and put back", and the recovery of a missing file.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupStatus } from '../../shared/backup';
import { App } from '../App';
import { createQueryClient } from '../api/queries';
import { connectionStatus } from '../test/connection';
import { createFakeApi } from '../test/fake-api';
import { fakeList, productRow } from '../test/products';

const FILE = '/data/refurb-desk-sandbox.sqlite';
const saved: BackupEntry = { id: 'refurb-desk-sandbox-manual-20261206T100000000Z.sqlite', createdAt: '2026-12-06T10:00:00.000Z', sizeBytes: 40_960, reason: 'manual' };

function renderApp(status: () => BackupStatus, extra: Parameters<typeof createFakeApi>[0] = {}) {
  const fake = createFakeApi({
    'connection:status': () => connectionStatus(),
    'backup:status': status,
    'backup:list': () => [],
    ...extra,
  });
  render(<App api={fake.api} queryClient={createQueryClient()} />);
  return fake;
}

describe('the catalogue problem banner', () => {
  it('says a read-only file is open read-only, why, and how to fix it (permissions, a synced folder, an antivirus)', async () => {
    renderApp(() => ({ state: 'ok', mode: 'sandbox', file: FILE, problem: { kind: 'read-only-file', detail: 'EACCES' } }));
    const banner = await screen.findByTestId('catalogue-problem-banner');
    expect(within(banner).getByRole('heading', { name: 'Your catalogue is open read-only' })).toBeTruthy();
    expect(within(banner).getByText(/may not write to your catalogue file \(\/data\/refurb-desk-sandbox\.sqlite\).*editing is off.*export and back up/)).toBeTruthy();
    expect(within(banner).getByText(/permissions.*synced folder.*antivirus/)).toBeTruthy();
    expect(within(banner).getByText("System's reason: EACCES")).toBeTruthy();
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('turns editing off in the catalogue while read-only, export staying available', async () => {
    renderApp(() => ({ state: 'ok', mode: 'sandbox', file: FILE, problem: { kind: 'read-only-folder', detail: 'EROFS' } }), {
      'catalogue:list': fakeList([productRow(1)]),
      'catalogue:facets': () => ({ categories: [], brands: [], conditions: [], total: 1, pending: 0 }),
    });
    window.location.hash = '#catalogue';
    const newProduct = await screen.findByRole('button', { name: 'New product' });
    await waitFor(() => expect((newProduct as HTMLButtonElement).disabled).toBe(true));
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(false);
    window.location.hash = '';
  });

  it('offers to save a catalogue whose file disappeared, and says when it is back in place', async () => {
    let status: BackupStatus = { state: 'ok', mode: 'sandbox', file: FILE, problem: { kind: 'file-gone' } };
    const fake = renderApp(() => status, {
      'backup:saveOpen': () => {
        status = { state: 'ok', mode: 'sandbox', file: FILE };
        return { saved, putBack: true };
      },
    });
    const banner = await screen.findByTestId('catalogue-problem-banner');
    expect(within(banner).getByRole('heading', { name: 'Your catalogue file has disappeared' })).toBeTruthy();
    await userEvent.click(within(banner).getByRole('button', { name: 'Save my catalogue and put it back' }));
    await waitFor(() => expect(fake.callsOf('backup:saveOpen')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('catalogue-problem-banner')).toBeNull());
  });

  it('the recovery of a missing file offers to start an empty catalogue, and no "copy the damaged file"', async () => {
    let status: BackupStatus = { state: 'recovery', mode: 'sandbox', file: FILE, recoveryKind: 'missing', error: 'Your catalogue file is missing.' };
    const fake = renderApp(() => status, {
      'backup:startEmpty': () => {
        status = { state: 'ok', mode: 'sandbox', file: FILE };
        return status;
      },
    });
    const recovery = await screen.findByTestId('recovery-screen');
    expect(within(recovery).queryByRole('button', { name: 'Copy the damaged file' })).toBeNull();
    await userEvent.click(within(recovery).getByRole('button', { name: 'Start an empty catalogue' }));
    await waitFor(() => expect(fake.callsOf('backup:startEmpty')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('recovery-screen')).toBeNull());
  });
});
