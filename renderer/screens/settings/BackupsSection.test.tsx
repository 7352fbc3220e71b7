import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../shared/backup';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { BackupsSection } from './BackupsSection';

const manual: BackupEntry = { id: 'refurb-desk-sandbox-manual-20261127T090000000Z.sqlite', createdAt: '2026-11-27T09:00:00.000Z', sizeBytes: 40_960, reason: 'manual' };

describe('the backups section', () => {
  it('backs up now, and imports an "export everything" file only after a confirmation', async () => {
    const list: BackupEntry[] = [];
    const fake = createFakeApi({
      'backup:status': () => ({ state: 'ok', mode: 'sandbox', backupFolder: '/data/backups/sandbox' }),
      'backup:list': () => [...list],
      'backup:create': () => {
        list.push(manual);
        return manual;
      },
      'backup:importAll': () => ({ tables: 17, rows: 1234 }),
    });
    renderWithApi(<BackupsSection />, fake.api);
    expect(await screen.findByText('Backups are kept in /data/backups/sandbox')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(/^Backed up:/)).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('backup-table')).getByText('Manual')).toBeTruthy());

    const file = new File(['{}'], 'refurb-desk-sandbox-everything-2026-11-27.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-everything-file'), { target: { files: [file] } });
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace everything with this file?' });
    expect(within(dialog).getByText(/refurb-desk-sandbox-everything-2026-11-27\.json/)).toBeTruthy();
    expect(fake.callsOf('backup:importAll')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace with this file' }));
    expect(await screen.findByText('Imported 1,234 rows. The catalogue you had before was backed up first.')).toBeTruthy();
    expect(fake.callsOf('backup:importAll')).toEqual([{ fileId: 'f'.repeat(32) }]);
  });
});
