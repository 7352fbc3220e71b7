// In sandbox mode, Settings shows the built-in sandbox's address and control secret, each copied in one click, and its
// README; connected to an account, none of it.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../../shared/connection';
import { connectionStatus } from '../../test/connection';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { SettingsScreen } from './SettingsScreen';

function renderSettings(status: ConnectionStatus) {
  const fake = createFakeApi({
    'connection:status': () => status,
    'backup:status': () => ({ state: 'ok', mode: 'sandbox', backupFolder: '/data/backups/sandbox' }),
    'backup:list': () => [],
    'activity:list': () => ({ entries: [], total: 0 }),
    'preferences:get': () => ({ language: null }),
  });
  renderWithApi(<SettingsScreen />, fake.api);
}

describe('the sandbox section of Settings', () => {
  it('shows the address and the control secret with copy buttons, and the README', async () => {
    const user = userEvent.setup();
    renderSettings(connectionStatus({ sandbox: { url: 'http://127.0.0.1:5175', controlSecret: 'c0ntrol-s3cret' } }));
    const section = await screen.findByTestId('sandbox-details');
    expect(within(section).getByTestId('sandbox-address').textContent).toBe('http://127.0.0.1:5175');
    expect(within(section).getByTestId('sandbox-control-secret').textContent).toBe('c0ntrol-s3cret');

    await user.click(within(section).getByRole('button', { name: 'Copy the Control secret' }));
    expect(await navigator.clipboard.readText()).toBe('c0ntrol-s3cret');
    expect(within(section).getByText('Copied.')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Copy the Address' }));
    expect(await navigator.clipboard.readText()).toBe('http://127.0.0.1:5175');

    await user.click(within(section).getByRole('button', { name: "Read the sandbox's README" }));
    const readme = screen.getByTestId('sandbox-readme');
    expect(within(readme).getByRole('heading', { name: "The sandbox marketplace's README" })).toBeTruthy();
    expect(readme.textContent).toContain('# The Back Market sandbox marketplace');
    expect(readme.textContent).toContain('/__sandbox');
  });

  it('is not shown for a Back Market account', async () => {
    renderSettings(connectionStatus({ mode: 'account', sandbox: { url: 'http://127.0.0.1:8787' } }));
    await screen.findByTestId('connection-summary');
    expect(screen.queryByTestId('sandbox-details')).toBeNull();
  });
});
