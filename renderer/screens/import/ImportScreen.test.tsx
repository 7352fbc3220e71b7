import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../shared/catalogue';
import { createFakeApi, failWith } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { ImportScreen } from './ImportScreen';

const FILE_ID = 'c'.repeat(32);

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileId: FILE_ID,
    fileName: 'catalogue.csv',
    sizeBytes: 2048,
    delimiter: ';',
    encoding: 'utf-8',
    encodingChoice: { reason: 'valid-utf8' },
    conditionGrades: {},
    headers: ['SKU', 'Name', 'Grade', 'Battery'],
    sampleRows: [
      ['A-1', 'iPhone 12', 'Good', '91%'],
      ['A-2', 'Galaxy S21', 'Fair', '84%'],
    ],
    suggestedMapping: [{ kind: 'field', field: 'productNumber' }, { kind: 'field', field: 'title' }, { kind: 'field', field: 'condition' }, { kind: 'attribute', name: 'Battery' }],
    ...overrides,
  };
}

const report: ImportReport = {
  inserted: 120,
  updated: 3,
  unchanged: 7,
  rejected: [
    // A cell with a line break above: row 11 of the spreadsheet starts on line 12 of the file.
    { row: 11, line: 12, field: 'EAN', reason: 'EAN "123" must have 8, 12, 13 or 14 digits.' },
    { row: 26, line: 27, field: null, reason: 'The row has 3 values but the header has 4 columns.' },
  ],
  rejectedTotal: 2,
  durationMs: 1200,
  encoding: 'utf-8',
  conversions: [],
  stopped: [],
  duplicates: [{ productNumber: 'IP-13', rows: [2, 9, 1204], keptRow: 1204 }],
  duplicatesTotal: 1,
  warnings: [{ row: 5, productNumber: 'LOT-7', code: 'no-ean-or-product-id' }],
  warningsTotal: 1,
  gridPricesKept: [],
  gridPricesKeptTotal: 0,
  otherCase: [],
  otherCaseTotal: 0,
};

describe('the import screen', () => {
  it('previews the file, lets the merchant change the mapping, runs with progress, then reports', async () => {
    const user = userEvent.setup();
    let finishRun: (value: ImportReport) => void = () => undefined;
    const fake = createFakeApi({
      'files:stage': ({ bytes }) => ({ fileId: FILE_ID, sizeBytes: bytes.byteLength }),
      'catalogue:importPreview': (input) => preview(input.options?.delimiter === ',' ? { delimiter: ',', headers: ['SKU;Name;Grade;Battery'], sampleRows: [['A-1;iPhone 12;Good;91%']], suggestedMapping: [{ kind: 'ignore' }] } : {}),
      'catalogue:importRun': () => new Promise<ImportReport>((resolve) => (finishRun = resolve)),
    });
    renderWithApi(<ImportScreen />, fake.api);

    await user.upload(screen.getByTestId('import-file'), new File(['SKU;Name\nA-1;iPhone'], 'catalogue.csv', { type: 'text/csv' }));
    const summary = await screen.findByTestId('import-file-summary');
    expect(within(summary).getByText('catalogue.csv')).toBeTruthy();
    expect(within(summary).getByText('2 kB')).toBeTruthy();
    expect((screen.getByLabelText('Delimiter') as HTMLSelectElement).value).toBe(';');
    expect((screen.getByLabelText('Encoding') as HTMLSelectElement).value).toBe('utf-8');
    expect(fake.callsOf('catalogue:importPreview')).toEqual([{ fileId: FILE_ID, fileName: 'catalogue.csv', options: {} }]);

    // The sample rows and one select per column, preset from the suggestion.
    const table = screen.getByRole('table', { name: 'First rows of the file' });
    expect(within(table).getByText('Galaxy S21')).toBeTruthy();
    expect((screen.getByLabelText('Column SKU') as HTMLSelectElement).value).toBe('field:productNumber');
    expect((screen.getByLabelText('Column Battery') as HTMLSelectElement).value).toBe('attribute');
    expect(screen.getByRole('button', { name: 'Import 4 columns' })).toBeTruthy();

    // Changing the delimiter reads the file again with it.
    await user.selectOptions(screen.getByLabelText('Delimiter'), ',');
    await waitFor(() => expect(fake.callsOf('catalogue:importPreview').at(-1)).toEqual({ fileId: FILE_ID, fileName: 'catalogue.csv', options: { delimiter: ',', encoding: 'utf-8' } }));
    expect(await screen.findByText('Map one column to Product number: every product needs its own number.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import 0 columns' }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByLabelText('Delimiter'), ';');
    await screen.findByLabelText('Column Grade');

    await user.selectOptions(screen.getByLabelText('Column Grade'), 'ignore');
    await user.selectOptions(screen.getByLabelText('Column Name'), 'Keep as attribute');
    // A repeated product number: the last row wins unless the merchant chooses otherwise.
    const duplicates = screen.getByLabelText('If a product number is on more than one row') as HTMLSelectElement;
    expect(duplicates.value).toBe('last-wins');
    await user.selectOptions(duplicates, 'The first row wins');
    await user.click(screen.getByRole('button', { name: 'Import 3 columns' }));

    expect(fake.callsOf('catalogue:importRun')).toEqual([
      {
        fileId: FILE_ID,
        options: { delimiter: ';', encoding: 'utf-8' },
        mapping: [{ kind: 'field', field: 'productNumber' }, { kind: 'attribute', name: 'Name' }, { kind: 'ignore' }, { kind: 'attribute', name: 'Battery' }],
        duplicates: 'first-wins',
      },
    ]);
    expect(fake.listenerCount('import:progress')).toBe(1);
    act(() => fake.emit('import:progress', { fileId: FILE_ID, phase: 'writing', bytesRead: 1024, totalBytes: 2048, rowsRead: 60 }));
    const bar = screen.getByRole('progressbar', { name: 'Writing to your catalogue' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.getAttribute('aria-valuetext')).toBe('60 rows · 1 kB of 2 kB');
    // Progress of another file is not this import's.
    act(() => fake.emit('import:progress', { fileId: 'd'.repeat(32), phase: 'done', bytesRead: 9, totalBytes: 9, rowsRead: 9 }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    await act(async () => finishRun(report));
    const reportView = await screen.findByTestId('import-report');
    expect(within(reportView).getByRole('heading', { name: 'Import finished' })).toBeTruthy();
    expect(within(screen.getByTestId('report-inserted')).getByText('120')).toBeTruthy();
    expect(within(screen.getByTestId('report-updated')).getByText('3')).toBeTruthy();
    expect(within(screen.getByTestId('report-unchanged')).getByText('7')).toBeTruthy();
    expect(within(screen.getByTestId('report-rejected')).getByText('2')).toBeTruthy();
    const rejected = screen.getByRole('table', { name: 'Rejected rows' });
    expect(within(rejected).getAllByRole('row')).toHaveLength(3);
    expect(within(rejected).getByText('EAN "123" must have 8, 12, 13 or 14 digits.')).toBeTruthy();
    expect(within(rejected).getByText('Whole row')).toBeTruthy();
    // Numbered as the spreadsheet shows them, the file's line kept as a hint.
    expect(within(rejected).getAllByRole('row').map((row) => row.firstElementChild?.textContent)).toEqual(['Row', '11', '26']);
    expect(within(rejected).getByText('11').getAttribute('title')).toBe('Line 12 of the file');
    expect(screen.getByText(/2 rows were rejected/)).toBeTruthy();
    const repeated = screen.getByRole('table', { name: 'Repeated product numbers' });
    expect(within(repeated).getAllByRole('row')[1]?.textContent).toBe('IP-132, 9, 12041204');
    expect(screen.getByText('1 product number is on more than one row; one row of it was imported.')).toBeTruthy();
    const warned = screen.getByRole('table', { name: 'Imported with a warning' });
    expect(within(warned).getByText('LOT-7')).toBeTruthy();
    expect(within(warned).getByText(/Neither an EAN nor a Back Market id/)).toBeTruthy();
    expect(screen.getByTestId('report-duration').textContent).toBe('Took 1.2 sec.');
    expect(screen.getByRole('link', { name: 'Go to catalogue' }).getAttribute('href')).toBe('#/catalogue');
    expect(fake.listenerCount('import:progress')).toBe(0);
  });

  it('shows a whole-file failure in an alert and keeps the mapping for another try', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'catalogue:importPreview': () => preview(),
      'catalogue:importRun': () => failWith({ code: 'invalid-input', message: 'The file changed since it was chosen. Choose it again.' }),
    });
    renderWithApi(<ImportScreen />, fake.api);
    await user.upload(screen.getByTestId('import-file'), new File(['x'], 'catalogue.csv'));
    await user.click(await screen.findByRole('button', { name: 'Import 4 columns' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file changed since it was chosen. Choose it again.');
    expect(screen.getByRole('button', { name: 'Import 4 columns' })).toBeTruthy();
  });

  it('says so when the file cannot be read', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'catalogue:importPreview': () => failWith({ code: 'invalid-input', message: 'This file is empty. Export your catalogue again and choose the new file.' }),
    });
    renderWithApi(<ImportScreen />, fake.api);
    await user.upload(screen.getByTestId('import-file'), new File([''], 'empty.csv'));
    expect((await screen.findByRole('alert')).textContent).toContain('This file is empty.');
    expect(screen.getByLabelText('Choose a CSV file')).toBeTruthy();
  });
});
