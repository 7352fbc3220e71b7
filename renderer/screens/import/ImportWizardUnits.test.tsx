// The wizard with a German shop-system export: why the encoding was chosen, units and their conversion, what each cell
// becomes, and an import stopped before writing because a column would be refused on most rows.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../shared/catalogue';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { ImportScreen } from './ImportScreen';

const FILE_ID = 'e'.repeat(32);

function germanExport(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileId: FILE_ID,
    fileName: 'export.txt',
    sizeBytes: 4096,
    delimiter: '\t',
    encoding: 'iso-8859-15',
    encodingChoice: { reason: 'euro-0xa4', line: 2, example: '1.299,00 €' },
    headers: ['Artikelnummer', 'Preis', 'Gewicht (kg)', 'Zustand', 'Höhe (mm)'],
    sampleRows: [
      ['IP13-128', '1.299,00 €', '0,171', 'Sehr gut', '146,7'],
      ['IP12-64', '337,50 €', '0,164', 'Gut', 'hoch'],
    ],
    suggestedMapping: [
      { kind: 'field', field: 'productNumber' },
      { kind: 'field', field: 'price' },
      { kind: 'field', field: 'weightGrams', unit: 'kg' },
      { kind: 'field', field: 'condition' },
      { kind: 'field', field: 'heightCm', unit: 'mm' },
    ],
    conditionGrades: { Gut: 'GOOD' },
    ...overrides,
  };
}

const done: ImportReport = {
  inserted: 2,
  updated: 0,
  unchanged: 0,
  rejected: [],
  rejectedTotal: 0,
  durationMs: 300,
  encoding: 'iso-8859-15',
  duplicates: [],
  duplicatesTotal: 0,
  warnings: [],
  warningsTotal: 0,
  gridPricesKept: [],
  gridPricesKeptTotal: 0,
  otherCase: [],
  otherCaseTotal: 0,
  conversions: [{ header: 'Gewicht (kg)', field: 'weightGrams', unit: 'kg', storedUnit: 'g', factor: 1000, converted: 2 }],
  stopped: [],
};

const stoppedReport: ImportReport = {
  ...done,
  inserted: 0,
  encoding: 'windows-1252',
  conversions: [],
  stopped: [{ header: 'Preis', field: 'price', problem: 'not-a-number', refused: 30, values: 31, example: '337,50 ¤', reason: '"337,50 ¤" is not a number.' }],
};

const cellText = (line: number, column: number) => screen.getByTestId(`sample-${line}-${column}`).textContent;

describe('the import wizard with encodings and units', () => {
  it('says why the encoding was chosen, shows each unit conversion and what each mapped cell becomes, and imports with the units', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({ 'catalogue:importPreview': () => germanExport(), 'catalogue:importRun': () => done });
    renderWithApi(<ImportScreen />, fake.api);
    await user.upload(screen.getByTestId('import-file'), new File(['x'], 'export.txt'));

    expect((await screen.findByLabelText('Encoding') as HTMLSelectElement).value).toBe('iso-8859-15');
    expect(screen.getByTestId('encoding-reason').textContent).toBe(
      'Line 2 ("1.299,00 €") has byte 0xA4 beside a price: the euro sign in ISO-8859-15 (Windows-1252 would show ¤).',
    );
    expect((screen.getByLabelText('Unit of Gewicht (kg)') as HTMLSelectElement).value).toBe('kg');
    expect(screen.getByTestId('conversion-2').textContent).toBe('kg → × 1,000 (g)');
    expect(screen.getByTestId('conversion-4').textContent).toBe('mm → × 0.1 (cm)');

    expect(cellText(0, 1)).toBe('1.299,00 €→ 1,299.00');
    expect(cellText(0, 2)).toBe('0,171→ 171 g');
    // Not in the condition table: the sync would send no grade, so none is promised; the grade the table suggests is named.
    expect(cellText(0, 3)).toBe('Sehr gut→ no grade yet: map it in the condition mapping (the table suggests Very good)');
    expect(cellText(1, 3)).toBe('Gut→ Good (your grade mapping)');
    expect(cellText(0, 4)).toBe('146,7→ 14.67 cm');
    expect(cellText(1, 4)).toBe('hoch✕ not a number');
    expect(cellText(0, 0)).toBe('IP13-128');

    // Read in grams instead, the weight preview follows at once.
    await user.selectOptions(screen.getByLabelText('Unit of Gewicht (kg)'), 'g');
    expect(cellText(0, 2)).toBe('0,171→ 0.171 g');
    expect(screen.getByTestId('conversion-2').textContent).toBe('stored in g');
    await user.selectOptions(screen.getByLabelText('Unit of Gewicht (kg)'), 'kg');

    await user.click(screen.getByRole('button', { name: 'Import 5 columns' }));
    expect(fake.callsOf('catalogue:importRun')).toEqual([
      { fileId: FILE_ID, options: { delimiter: '\t', encoding: 'iso-8859-15' }, mapping: germanExport().suggestedMapping, duplicates: 'last-wins' },
    ]);
    const report = await screen.findByTestId('import-report');
    expect(within(report).getByTestId('report-encoding').textContent).toBe('Read as ISO-8859-15 (Latin-9, with €).');
    expect(within(report).getByTestId('report-conversions').textContent).toBe('Gewicht (kg): kg → × 1,000 (g), 2 values converted');
  });

  it('stops before writing when a column would be refused on most rows, asks about the encoding, and offers to import anyway', async () => {
    const user = userEvent.setup();
    let runs = 0;
    const fake = createFakeApi({
      'catalogue:importPreview': (input) =>
        germanExport(input.options?.encoding === 'windows-1252' ? { encoding: 'windows-1252', encodingChoice: { reason: 'chosen' } } : {}),
      'catalogue:importRun': () => (++runs === 1 ? stoppedReport : done),
    });
    renderWithApi(<ImportScreen />, fake.api);
    await user.upload(screen.getByTestId('import-file'), new File(['x'], 'export.txt'));
    await user.selectOptions(await screen.findByLabelText('Encoding'), 'windows-1252');
    await waitFor(() => expect(screen.getByTestId('encoding-reason').textContent).toBe('You chose it.'));

    await user.click(screen.getByRole('button', { name: 'Import 5 columns' }));
    const stop = await screen.findByTestId('import-stopped');
    expect(stop.textContent).toContain('Preis: 30 of 31 values are not numbers ("337,50 ¤"). Is the encoding right?');
    expect(screen.queryByTestId('import-report')).toBeNull();

    // The encoding choice is at hand: choosing it reads the file again, and the question goes with the old reading.
    await user.selectOptions(within(stop).getByTestId('stop-encoding'), 'iso-8859-15');
    await waitFor(() => expect(fake.callsOf('catalogue:importPreview').at(-1)?.options).toEqual({ delimiter: '\t', encoding: 'iso-8859-15' }));
    await waitFor(() => expect(screen.queryByTestId('import-stopped')).toBeNull());
    expect((screen.getByLabelText('Encoding') as HTMLSelectElement).value).toBe('iso-8859-15');

    await user.click(screen.getByRole('button', { name: 'Import 5 columns' }));
    expect(await screen.findByTestId('import-report')).toBeTruthy();
  });

  it('imports the other rows when the merchant goes ahead anyway', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'catalogue:importPreview': () => germanExport(),
      'catalogue:importRun': (input) => (input.acceptMostlyRefused ? { ...done, inserted: 1, rejectedTotal: 30 } : stoppedReport),
    });
    renderWithApi(<ImportScreen />, fake.api);
    await user.upload(screen.getByTestId('import-file'), new File(['x'], 'export.txt'));
    await user.click(await screen.findByRole('button', { name: 'Import 5 columns' }));
    await user.click(await screen.findByRole('button', { name: 'Import the other rows anyway' }));
    expect(fake.callsOf('catalogue:importRun').at(-1)).toMatchObject({ acceptMostlyRefused: true });
    expect(within(await screen.findByTestId('report-inserted')).getByText('1')).toBeTruthy();
  });
});
