// The mapping transfer panel: export saves the file, import asks first, then reports what it replaced or why it failed.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, failWith } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { MappingTransfer } from './MappingTransfer';

const CONTENT = '{"format":"refurb-desk-mapping","version":1,"categories":[],"fields":[],"values":[]}';

function setup(importFails = false) {
  const fake = createFakeApi({
    'mapping:export': () => ({ fileName: 'refurb-desk-mapping-2026-01-01.json', content: CONTENT }),
    'mapping:import': () => (importFails ? failWith({ code: 'invalid-input', message: 'This is not a Refurb Desk mapping file.' }) : { categories: 3, fields: 12, values: 7, affectedProducts: 42 }),
  });
  renderWithApi(<MappingTransfer />, fake.api);
  return fake;
}

const jsonFile = () => new File([CONTENT], 'mapping.json', { type: 'application/json' });

afterEach(() => vi.restoreAllMocks());

describe('MappingTransfer', () => {
  it('saves the exported mapping as a download', async () => {
    const fake = setup();
    const createUrl = vi.fn(() => 'blob:mapping');
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Export mapping' }));
    expect(fake.callsOf('mapping:export')).toHaveLength(1);
    expect(createUrl).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('refurb-desk-mapping-2026-01-01.json');
  });

  it('imports only after confirmation, and shows what it replaced', async () => {
    const fake = setup();
    await userEvent.upload(screen.getByLabelText('Import mapping'), jsonFile());
    expect(await screen.findByText('Import the mapping in mapping.json?')).toBeTruthy();
    expect(fake.callsOf('mapping:import')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Replace my mapping' }));
    expect(fake.callsOf('mapping:import')).toEqual([{ content: CONTENT }]);
    expect(await screen.findByText(/Categories: 3, field sources: 12, mapped values: 7\. 42 products were marked pending\./)).toBeTruthy();
  });

  it('cancels without importing', async () => {
    const fake = setup();
    await userEvent.upload(screen.getByLabelText('Import mapping'), jsonFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Import the mapping in mapping.json?')).toBeNull();
    expect(fake.callsOf('mapping:import')).toHaveLength(0);
  });

  it('shows the failure message in an alert', async () => {
    setup(true);
    await userEvent.upload(screen.getByLabelText('Import mapping'), jsonFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my mapping' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This is not a Refurb Desk mapping file.');
  });
});
