// Weights and dimensions in the units merchants' files use, converted to the grams and centimetres the catalogue stores;
// and a column refused on most rows (a misread encoding) stopping the import before anything is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allProducts } from '../../db/products-repo';
import type { CsvKit } from './csv-test-kit';
import { csvKit, field, NOW } from './csv-test-kit';
import { importCsv } from './import';
import { previewCsv } from './preview';
import { fieldForHeader, suggestMapping } from './suggest-mapping';

let kit: CsvKit;
beforeEach(() => {
  kit = csvKit();
});
afterEach(() => kit.cleanup());

const stored = () => Object.fromEntries([...allProducts(kit.db)].map((product) => [product.productNumber, product]));

async function importSuggested(file: string, options = {}) {
  const preview = await previewCsv(file, options);
  const mapping = suggestMapping(preview.headers, preview.sampleRows);
  return { mapping, report: await importCsv(kit.db, file, { options, mapping, now: NOW }) };
}

describe('units in headers and cells', () => {
  it.each([
    ['Gewicht (kg)', 'weightGrams', 'kg'], ['Poids (g)', 'weightGrams', undefined], ['Peso (kg)', 'weightGrams', 'kg'], ['Gewicht in kg', 'weightGrams', 'kg'],
    ['Poids en kilos', 'weightGrams', 'kg'], ['Weight (lbs)', 'weightGrams', 'lb'], ['Weight oz', 'weightGrams', 'oz'], ['Peso netto (kg)', 'weightGrams', 'kg'],
    ['Gewicht in Gramm', 'weightGrams', undefined], ['Breite (mm)', 'widthCm', 'mm'], ['Largeur (cm)', 'widthCm', undefined], ['Width (in)', 'widthCm', 'in'],
    ['Altura (m)', 'heightCm', 'm'], ['Hoogte in mm', 'heightCm', 'mm'], ['Tiefe (Zoll)', 'depthCm', 'in'], ['Profondità (mm)', 'depthCm', 'mm'],
  ])('suggests "%s" as %s read in %s', (header, expectedField, unit) => {
    expect(fieldForHeader(header)).toBe(expectedField);
    expect(suggestMapping(['SKU', header])[1]).toEqual(unit ? { kind: 'field', field: expectedField, unit } : { kind: 'field', field: expectedField });
  });

  it('converts weights in kg, g and lb, and dimensions in cm and mm, listing each conversion', async () => {
    const file = kit.file(
      'u.csv',
      'SKU;Weight (kg);Shipping weight (lb);Width (cm);Height (mm);Depth (mm)\nA-1;0,171;;7,15;146,7;7,65\nA-2;1.250,5;;7;150;8\n',
    );
    const { mapping, report } = await importSuggested(file);
    expect(mapping[2]).toEqual({ kind: 'attribute', name: 'Shipping weight (lb)' });
    expect(report).toMatchObject({ inserted: 2, rejectedTotal: 0 });
    expect(stored()['A-1']).toMatchObject({ weightGrams: 171, widthCm: 7.15, heightCm: 14.67, depthCm: 0.765 });
    expect(stored()['A-2']).toMatchObject({ weightGrams: 1_250_500, widthCm: 7, heightCm: 15, depthCm: 0.8 });
    expect(report.conversions.map(({ header, unit, factor, converted }) => ({ header, unit, factor, converted }))).toEqual([
      { header: 'Weight (kg)', unit: 'kg', factor: 1000, converted: 2 },
      { header: 'Height (mm)', unit: 'mm', factor: 0.1, converted: 2 },
      { header: 'Depth (mm)', unit: 'mm', factor: 0.1, converted: 2 },
    ]);
  });

  it('reads pounds and ounces, and a unit written in the cell over the column unit', async () => {
    const file = kit.file('lb.csv', 'SKU;Weight (lb);Gewicht\nA-1;1;0,171 kg\nA-2;0.5;171g\nA-3;2 oz;8 oz\n');
    const { mapping, report } = await importSuggested(file);
    expect(mapping[1]).toEqual({ kind: 'field', field: 'weightGrams', unit: 'lb' });
    expect(mapping[2]).toEqual({ kind: 'attribute', name: 'Gewicht' });
    expect(report).toMatchObject({ inserted: 3, rejectedTotal: 0 });
    expect(stored()['A-1']?.weightGrams).toBe(453.592);
    expect(stored()['A-2']?.weightGrams).toBe(226.796);
    expect(stored()['A-3']?.weightGrams).toBe(56.699);
  });

  it('suggests the unit the cells name when the header names none', async () => {
    const file = kit.file('cells.csv', 'Artikelnummer;Gewicht;Breite\nA-1;0,171 kg;71,5 mm\nA-2;0,2 kg;70 mm\nA-3;150 g;7 cm\n');
    const { mapping, report } = await importSuggested(file);
    expect(mapping.slice(1)).toEqual([{ kind: 'field', field: 'weightGrams', unit: 'kg' }, { kind: 'field', field: 'widthCm', unit: 'mm' }]);
    expect(report).toMatchObject({ inserted: 3, rejectedTotal: 0 });
    expect([stored()['A-1']?.weightGrams, stored()['A-2']?.weightGrams, stored()['A-3']?.weightGrams]).toEqual([171, 200, 150]);
    expect([stored()['A-1']?.widthCm, stored()['A-3']?.widthCm]).toEqual([7.15, 7]);
  });

  it('refuses a length in a weight column with a reason naming it, and a unit that does not fit the field in the mapping', async () => {
    const file = kit.file('wrong.csv', 'SKU;Weight\nA-1;171\nA-2;12 cm\nA-3;150\n');
    const { report } = await importSuggested(file);
    expect(report.rejected).toEqual([{ row: 3, line: 3, field: 'Weight', reason: '"12 cm" is a length, not a weight; check that the column is mapped right.', said: expect.objectContaining({ code: 'importRow.lengthNotWeight' }) }]);
    await expect(importCsv(kit.db, file, { options: {}, mapping: [field('productNumber'), { kind: 'field', field: 'weightGrams', unit: 'cm' }], now: NOW })).rejects.toThrow(
      /"Weight" is read in cm, which is not a unit for this field/,
    );
  });
});

describe('a column refused on most rows stops the import before it runs', () => {
  const rows = (count: number) =>
    ['Artikelnummer\tPreis\tGewicht (kg)', ...Array.from({ length: count }, (_, index) => `A-${index}\t${index === 0 ? '99,00' : '337,50 €'}\t0,171`)].join('\n');

  it('names the column, how many values, the first one as read, and writes nothing; the right encoding imports every row', async () => {
    const file = kit.file('latin9.txt', rows(31), 'iso-8859-15');
    const misread = await importSuggested(file, { encoding: 'windows-1252' });
    expect(misread.report).toMatchObject({ inserted: 0, updated: 0, rejectedTotal: 0, encoding: 'windows-1252' });
    expect(misread.report.stopped).toEqual([
      { header: 'Preis', field: 'price', problem: 'not-a-number', refused: 30, values: 31, example: '337,50 ¤', reason: '"337,50 ¤" is not a number.' },
    ]);
    expect(kit.snapshot()).toEqual([]);

    const right = await importSuggested(file);
    expect(right.report).toMatchObject({ inserted: 31, rejectedTotal: 0, stopped: [], encoding: 'iso-8859-15' });
    expect(stored()['A-5']).toMatchObject({ price: 337.5, weightGrams: 171 });
  });

  it('imports the other rows when the merchant goes ahead anyway', async () => {
    const file = kit.file('latin9.txt', rows(4), 'iso-8859-15');
    const preview = await previewCsv(file, { encoding: 'windows-1252' });
    const mapping = suggestMapping(preview.headers, preview.sampleRows);
    const report = await importCsv(kit.db, file, { options: { encoding: 'windows-1252' }, mapping, now: NOW, acceptMostlyRefused: true });
    expect(report).toMatchObject({ inserted: 1, rejectedTotal: 3, stopped: [] });
    expect(Object.keys(stored())).toEqual(['A-0']);
  });

  it('does not stop for a few refused rows', async () => {
    const file = kit.file('few.csv', 'SKU;Price\nA-1;10\nA-2;lots\nA-3;12\n');
    const { report } = await importSuggested(file);
    expect(report).toMatchObject({ inserted: 2, rejectedTotal: 1, stopped: [] });
  });
});
