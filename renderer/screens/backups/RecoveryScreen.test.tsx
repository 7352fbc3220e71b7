import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupStatus } from '../../../shared/backup';
import { App } from '../../App';
import { createQueryClient } from '../../api/queries';
import { connectionStatus } from '../../test/connection';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { BackupList } from './BackupList';
import { formatBackupDate } from './backup-format';

const daily: BackupEntry = { id: 'refurb-desk-sandbox-daily-20261126T080000000Z.sqlite', createdAt: '2026-11-26T08:00:00.000Z', sizeBytes: 2_400_000, reason: 'daily' };
const manual: BackupEntry = { id: 'refurb-desk-sandbox-manual-20261127T090000000Z.sqlite', createdAt: '2026-11-27T09:00:00.000Z', sizeBytes: 12_288, reason: 'manual' };
const damaged = 'Refurb Desk cannot read your catalogue file: it is damaged (SQLite says "file is not a database").';
const dateOf = (entry: BackupEntry) => formatBackupDate(entry.createdAt, 'en');

describe('the recovery screen', () => {
  it('replaces the app when the catalogue file cannot be opened, copies the damaged file and restores a backup', async () => {
    let status: BackupStatus = { state: 'recovery', mode: 'sandbox', error: damaged, file: '/data/refurb-desk-sandbox.sqlite' };
    const fake = createFakeApi({
      'connection:status': () => connectionStatus(),
      'backup:status': () => status,
      'backup:list': () => [manual, daily],
      'backup:copyDamaged': () => ({ path: '/data/recovered/refurb-desk-sandbox-20261127T100000000Z.sqlite' }),
      'backup:restore': ({ id }) => {
        status = { state: 'ok', mode: 'sandbox' };
        return { restored: [manual, daily].find((entry) => entry.id === id)!, damagedCopy: '/data/recovered/copy.sqlite' };
      },
      'catalogue:list': () => ({ products: [], total: 0, offset: 0 }) as never,
    });
    render(<App api={fake.api} queryClient={createQueryClient()} />);

    const recovery = await screen.findByTestId('recovery-screen');
    expect(within(recovery).getByText(damaged)).toBeTruthy();
    expect(within(recovery).getByText('/data/refurb-desk-sandbox.sqlite')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Copy the damaged file' }));
    expect(await screen.findByText(/Copied to \/data\/recovered\/refurb-desk-sandbox-20261127T100000000Z\.sqlite/)).toBeTruthy();

    const table = await screen.findByTestId('backup-table');
    expect(within(table).getByText('Daily')).toBeTruthy();
    expect(within(table).getByText('2.3 MB')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: `Restore the backup of ${dateOf(daily)}` }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByText(new RegExp(`how they were on ${dateOf(daily)}`))).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: `Restore the backup of ${dateOf(daily)}` }));

    await waitFor(() => expect(fake.callsOf('backup:restore')).toEqual([{ id: daily.id }]));
    await waitFor(() => expect(screen.queryByTestId('recovery-screen')).toBeNull());
    expect(fake.callsOf('backup:copyDamaged')).toHaveLength(1);
  });
});

describe('restoring from the backup list', () => {
  it('asks for a confirmation naming the date, and restores nothing when cancelled', async () => {
    const fake = createFakeApi({ 'backup:list': () => [manual], 'backup:restore': () => ({ restored: manual, backupOfReplaced: daily }) });
    renderWithApi(<BackupList />, fake.api);
    const restore = await screen.findByRole('button', { name: `Restore the backup of ${dateOf(manual)}` });
    expect(within(screen.getByTestId('backup-table')).getByText('Manual')).toBeTruthy();
    expect(within(screen.getByTestId('backup-table')).getByText('12 kB')).toBeTruthy();

    await userEvent.click(restore);
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsOf('backup:restore')).toEqual([]);

    await userEvent.click(restore);
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: `Restore the backup of ${dateOf(manual)}` }));
    expect(await screen.findByText(`Restored the backup of ${dateOf(manual)}.`)).toBeTruthy();
    expect(fake.callsOf('backup:restore')).toEqual([{ id: manual.id }]);
  });
});
