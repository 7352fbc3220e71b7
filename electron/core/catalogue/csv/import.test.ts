import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingEntries } from '../../db/outbox-repo';
import { allProducts, getProduct, listProducts } from '../../db/products-repo';
import type { CsvKit } from './csv-test-kit';
import { attribute, csvKit, field, NOW } from './csv-test-kit';
import type { ImportProgressUpdate } from './import';
import { importCsv } from './import';
import { previewCsv } from './preview';
import { suggestMapping } from './suggest-mapping';

let kit: CsvKit;
beforeEach(() => {
  kit = csvKit();
});
afterEach(() => kit.cleanup());

/** Previews the file as the app does, then imports it with the suggested mapping. */
async function importWithSuggestions(file: string, now = NOW) {
  const preview = await previewCsv(file, {});
  return importCsv(kit.db, file, { options: {}, mapping: suggestMapping(preview.headers), now });
}

const products = () => [...allProducts(kit.db)];
const byNumber = (number: string) => products().find((product) => product.productNumber === number);

describe('importCsv', () => {
  it.each([
    ['semicolon', ';'],
    ['comma', ','],
    ['tab', '\t'],
    ['pipe', '|'],
  ])('reads a %s-delimited file, detecting the delimiter', async (_name, delimiter) => {
    const file = kit.file('c.csv', ['SKU', 'Title', 'Price'].join(delimiter) + '\n' + ['IP13-128', 'iPhone 13', '429.90'].join(delimiter) + '\n');
    const preview = await previewCsv(file, {});
    expect(preview.delimiter).toBe(delimiter);
    const report = await importWithSuggestions(file);
    expect(report).toMatchObject({ inserted: 1, rejectedTotal: 0 });
    expect(byNumber('IP13-128')).toMatchObject({ title: 'iPhone 13', price: 429.9 });
  });

  it('reads UTF-8 with and without BOM, and Windows-1252, keeping é, ü and €', async () => {
    const text = 'Référence;Titre;Marque;Notes\nFR-1;Écran réparé;Müller;Prix ≈ 10 €\n';
    const withBom = kit.file('bom.csv', `\ufeff${text}`);
    const withoutBom = kit.file('plain.csv', text);
    const latin = kit.file('latin.csv', text.replace('≈', '~'), 'windows-1252');
    expect((await previewCsv(withBom, {})).headers[0]).toBe('Référence');
    expect((await previewCsv(latin, {})).encoding).toBe('windows-1252');
    expect((await previewCsv(withoutBom, {})).encoding).toBe('utf-8');
    for (const file of [withBom, withoutBom]) {
      await importWithSuggestions(file);
      expect(byNumber('FR-1')).toMatchObject({ title: 'Écran réparé', brand: 'Müller', attributes: { Notes: 'Prix ≈ 10 €' } });
    }
    await importWithSuggestions(latin);
    expect(byNumber('FR-1')).toMatchObject({ title: 'Écran réparé', brand: 'Müller', attributes: { Notes: 'Prix ~ 10 €' } });
  });

  it('reads quoted fields holding delimiters, quotes and line breaks, and numbers the rows after them as a spreadsheet does', async () => {
    const file = kit.file(
      'quoted.csv',
      'SKU;Title;Description;EAN\r\n' +
        'Q-1;"iPhone 13; 128 GB";"Screen 6,1"" — ""like new""\r\nSecond line\r\nThird line";\r\n' +
        'Q-2;Galaxy;plain;1234\r\n',
    );
    const report = await importWithSuggestions(file);
    expect(byNumber('Q-1')).toMatchObject({ title: 'iPhone 13; 128 GB', description: 'Screen 6,1" — "like new"\r\nSecond line\r\nThird line' });
    // Q-2 starts on the file's line 5, after a cell holding two line breaks; a spreadsheet shows it on row 3.
    expect(report.rejected).toEqual([{ row: 3, line: 5, field: 'EAN', reason: expect.stringContaining('8, 12, 13 or 14 digits'), said: expect.objectContaining({ code: 'importRow.eanLength' }) }]);
  });

  it('reads decimal commas and thousands separators as numbers', async () => {
    const file = kit.file('numbers.csv', 'SKU;Price;Weight (g);Width (cm);Stock\nN-1;129,90;1.299,5;"1 299,90";3\nN-2;"1,299.90";180;7.15;0\nN-3;549,90 €;174;0,77;12\n');
    const report = await importWithSuggestions(file);
    expect(report.rejectedTotal).toBe(0);
    expect(byNumber('N-1')).toMatchObject({ price: 129.9, weightGrams: 1299.5, widthCm: 1299.9, stock: 3 });
    expect(byNumber('N-2')).toMatchObject({ price: 1299.9, weightGrams: 180, widthCm: 7.15, stock: 0 });
    expect(byNumber('N-3')).toMatchObject({ price: 549.9, depthCm: null, widthCm: 0.77 });
  });

  it('updates by product number on re-import, never duplicates, and counts unchanged rows without marking them pending', async () => {
    const first = kit.file('v1.csv', 'SKU;Title;Stock;Colour\nA-1;Phone A;3;Black\nA-2;Phone B;1;White\nA-3;Phone C;0;\n');
    expect(await importWithSuggestions(first)).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    kit.db.prepare('DELETE FROM outbox').run();

    const second = kit.file('v2.csv', 'SKU;Title;Stock;Colour\nA-1;Phone A;5;Black\nA-2;Phone B;1;White\nA-3;Phone C;0;\nA-4;Phone D;2;Red\n');
    const report = await importWithSuggestions(second, '2026-11-28T10:00:00.000Z');
    expect(report).toMatchObject({ inserted: 1, updated: 1, unchanged: 2, rejectedTotal: 0 });
    expect(products().map((product) => product.productNumber)).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    expect(byNumber('A-1')?.stock).toBe(5);
    expect(pendingEntries(kit.db).map((entry) => [entry.productNumber, entry.fields])).toEqual([
      ['A-1', ['stock']],
      ['A-4', expect.arrayContaining(['title', 'stock', 'colour', 'attributes'])],
    ]);
    expect(byNumber('A-2')?.updatedAt).toBe(NOW);
  });

  it('keeps fields and attributes the file does not map when it updates a product', async () => {
    await importWithSuggestions(kit.file('full.csv', 'SKU;Title;Stock;Keyboard\nK-1;MacBook Air;2;AZERTY\n'));
    const report = await importCsv(kit.db, kit.file('stock.csv', 'SKU;Stock\nK-1;7\n'), { options: {}, mapping: [field('productNumber'), field('stock')], now: NOW });
    expect(report).toMatchObject({ updated: 1 });
    expect(byNumber('K-1')).toMatchObject({ title: 'MacBook Air', stock: 7, attributes: { Keyboard: 'AZERTY' } });
  });

  it('links variations to their parent, whichever comes first in the file', async () => {
    const file = kit.file('variations.csv', 'SKU;Parent SKU;Title\nIP13-128-BLK;IP13;iPhone 13 128 GB black\nIP13;;iPhone 13\nIP13-256-BLK;IP13;iPhone 13 256 GB black\n');
    await importWithSuggestions(file);
    const parent = byNumber('IP13');
    const page = listProducts(kit.db, { parentId: parent?.id });
    expect(page.rows.map((row) => row.productNumber).sort()).toEqual(['IP13-128-BLK', 'IP13-256-BLK']);
    expect(listProducts(kit.db, {}).rows).toMatchObject([{ productNumber: 'IP13', childCount: 2 }]);
  });

  it('puts attribute columns in the attributes record, leaving empty cells out, and ignores ignored columns', async () => {
    const file = kit.file('attrs.csv', 'SKU;Battery health;Internal note;Keyboard\nB-1;92%;do not sell;\n');
    await importCsv(kit.db, file, { options: {}, mapping: [field('productNumber'), attribute('Battery health'), { kind: 'ignore' }, attribute('Keyboard')], now: NOW });
    expect(byNumber('B-1')?.attributes).toEqual({ 'Battery health': '92%' });
  });

  it('marks new and changed products pending in the outbox', async () => {
    await importWithSuggestions(kit.file('o.csv', 'SKU;Title\nO-1;One\n'));
    expect(pendingEntries(kit.db)).toMatchObject([{ productNumber: 'O-1', change: 'upsert', lastChangedAt: NOW }]);
    expect(getProduct(kit.db, byNumber('O-1')?.id as number)?.pending).toBe(true);
  });

  it('reports progress while reading, then writing, then done', async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `P-${index};Product ${index};${index % 9}`).join('\n');
    const file = kit.file('big.csv', `SKU;Title;Stock\n${rows}\n`);
    const updates: ImportProgressUpdate[] = [];
    await importCsv(kit.db, file, { options: {}, mapping: suggestMapping(['SKU', 'Title', 'Stock']), now: NOW, onProgress: (update) => updates.push(update) });
    const phases = updates.map((update) => update.phase);
    expect(phases[0]).toBe('reading');
    expect(phases.slice(-2)).toEqual(['writing', 'done']);
    expect(updates.at(-1)).toMatchObject({ rowsRead: 5000, bytesRead: fs.statSync(file).size, totalBytes: fs.statSync(file).size });
  });

  it('imports the sample catalogue with no rejection, variations linked', async () => {
    const sample = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../resources/sample-catalogue.csv');
    const report = await importWithSuggestions(sample);
    expect(report.rejected).toEqual([]);
    expect(report.inserted).toBeGreaterThanOrEqual(180);
    expect(byNumber('IP13-128GB-MIDN')).toMatchObject({ parentNumber: 'IP13', price: 429.9, storage: '128 GB', attributes: { Model: 'A2633' } });
    const parent = byNumber('IP13');
    expect(listProducts(kit.db, { parentId: parent?.id }).total).toBeGreaterThan(1);
  });
});
