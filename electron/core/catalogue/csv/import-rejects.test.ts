// Every bad input the import meets: whole-file faults write nothing at all; bad rows are listed and left out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertProduct } from '../../db/products-repo';
import { AppError } from '../../errors';
import type { CsvKit } from './csv-test-kit';
import { csvKit, field, NOW } from './csv-test-kit';
import { importCsv } from './import';
import { previewCsv } from './preview';
import { suggestMapping } from './suggest-mapping';

let kit: CsvKit;
let before: unknown[];
beforeEach(() => {
  kit = csvKit();
  // A catalogue already there, so "nothing written" also means "nothing changed".
  upsertProduct(kit.db, { productNumber: 'EXISTING-1', title: 'Already here', stock: 2 }, {}, NOW);
  before = kit.snapshot();
});
afterEach(() => kit.cleanup());

const HEADER = 'SKU;Title;EAN;Stock;Weight (g)';
const MAPPING = suggestMapping(HEADER.split(';'));
const importFile = (file: string, options = {}, acceptMostlyRefused = false) => importCsv(kit.db, file, { options, mapping: MAPPING, now: NOW, acceptMostlyRefused });

async function expectWholeFileError(run: Promise<unknown>, message: RegExp) {
  const error = await run.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('invalid-input');
  expect((error as AppError).message).toMatch(message);
  expect((error as AppError).message).not.toMatch(/\n\s+at /);
  expect(kit.snapshot()).toEqual(before);
}

describe('whole-file faults: a clear message, and nothing written', () => {
  it('an unclosed quote names the line it opens on', async () => {
    const file = kit.file('quote.csv', `${HEADER}\nOK-1;Fine;;1;100\nBAD-1;"Never closed;;1;100\nOK-2;Fine;;1;100\n`);
    await expectWholeFileError(importFile(file), /Line 3 opens a quote .{3} that is never closed/);
    await expectWholeFileError(previewCsv(file, {}), /Line 3/);
  });

  it('explicit UTF-8 on a Windows-1252 file names the line and suggests Windows-1252', async () => {
    const file = kit.file('latin.csv', `${HEADER}\nOK-1;Fine;;1;100\nFR-1;Écran;;1;100\n`, 'windows-1252');
    await expectWholeFileError(importFile(file, { encoding: 'utf-8' }), /not in UTF-8: line 3 .*Windows-1252/);
  });

  it('a row with 10,000 columns names its line', async () => {
    const wide = Array.from({ length: 10_000 }, (_, index) => `c${index}`).join(';');
    const file = kit.file('wide.csv', `${HEADER}\nOK-1;Fine;;1;100\n${wide}\n`);
    await expectWholeFileError(importFile(file), /Line 3 has more than 1000 columns/);
  });

  it('an empty file, or one holding only a BOM and blank lines', async () => {
    await expectWholeFileError(importFile(kit.file('empty.csv', '')), /The file is empty/);
    await expectWholeFileError(importFile(kit.file('bom.csv', '\ufeff\r\n\r\n')), /The file is empty/);
    await expectWholeFileError(previewCsv(kit.file('empty2.csv', ''), {}), /The file is empty/);
  });

  it('a header and no products', async () => {
    await expectWholeFileError(importFile(kit.file('header.csv', `${HEADER}\n`)), /header row but no products/);
  });

  it('words a whole-file problem by its code, so the renderer says it in the merchant\'s language', async () => {
    const workbook = await importFile(kit.file('workbook.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).catch((caught: unknown) => caught);
    expect((workbook as AppError).said).toEqual({ code: 'csvFile.xlsx' });
    const unclosed = await importFile(kit.file('quote.csv', `${HEADER}\nA;"never closed\n`)).catch((caught: unknown) => caught);
    expect((unclosed as AppError).said).toEqual({ code: 'csvFile.unclosedQuote', params: { line: 2 } });
    const headerOnly = await importFile(kit.file('header-only.csv', `${HEADER}\n`)).catch((caught: unknown) => caught);
    expect((headerOnly as AppError).said).toEqual({ code: 'csvFile.headerOnly' });
  });

  it.each([
    ['an Excel workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /Excel workbook \(\.xlsx\).*Save as/],
    ['a PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', 'latin1'), /PDF document.*CSV/],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /older Excel workbook/],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]), /not a CSV file: it contains binary data/],
    ['UTF-16 text read as UTF-8', Buffer.from('\ufeffSKU;Title', 'utf16le'), /saved as UTF-16 .*Choose "UTF-16"/],
  ])('a file that is not CSV: %s', async (_name, bytes, message) => {
    const utf16 = bytes[0] === 0xff;
    await expectWholeFileError(importFile(kit.file('not.csv', bytes), utf16 ? { encoding: 'utf-8' } : {}), message);
  });

  it('a mapping with no product number column, or of the wrong length', async () => {
    const file = kit.file('ok.csv', `${HEADER}\nOK-1;Fine;;1;100\n`);
    await expectWholeFileError(
      importCsv(kit.db, file, { options: {}, mapping: MAPPING.map(() => ({ kind: 'ignore' as const })), now: NOW }),
      /No column is mapped to the merchant product number/,
    );
    await expectWholeFileError(importCsv(kit.db, file, { options: {}, mapping: [field('productNumber')], now: NOW }), /1 entries but the file has 5 columns/);
  });

  it('a file holding only delimiters and blank lines', async () => {
    await expectWholeFileError(importFile(kit.file('blank.csv', ';;;;\n\n ; \n')), /The file is empty/);
  });
});

describe('bad rows: listed with line, column and reason, and left out', () => {
  async function importRows(rows: string, acceptMostlyRefused = false) {
    const report = await importFile(kit.file('rows.csv', `${HEADER}\n${rows}`), {}, acceptMostlyRefused);
    const written = kit.snapshot();
    return { report, written };
  }

  it('an EAN with a wrong check digit', async () => {
    const { report } = await importRows('OK-1;Fine;4006381333931;1;100\nBAD-1;Wrong digit;4006381333932;1;100\n');
    expect(report).toMatchObject({ inserted: 1, rejectedTotal: 1 });
    expect(report.rejected).toEqual([{ row: 3, line: 3, field: 'EAN', reason: expect.stringMatching(/wrong check digit/), said: expect.objectContaining({ code: 'importRow.eanCheckDigit' }) }]);
    expect(kit.db.prepare('SELECT count(*) AS n FROM products WHERE product_number = ?').get('BAD-1')).toEqual({ n: 0 });
  });

  it('a negative weight or stock', async () => {
    const { report } = await importRows('BAD-W;Light;;1;-5\nBAD-S;Owed;;-2;100\n');
    expect(report).toMatchObject({ inserted: 0, rejectedTotal: 2 });
    expect(report.rejected).toEqual([
      { row: 2, line: 2, field: 'Weight (g)', reason: expect.stringMatching(/negative/), said: expect.objectContaining({ code: 'importRow.negative' }) },
      { row: 3, line: 3, field: 'Stock', reason: expect.stringMatching(/negative/), said: expect.objectContaining({ code: 'importRow.negative' }) },
    ]);
    expect(kit.snapshot()).toEqual(before);
  });

  it('a repeated product number: the last row wins by default, and every repeat is listed', async () => {
    const { report } = await importRows('DUP-1;First;;1;100\nOK-1;Fine;;1;100\nDUP-1;Second;;1;100\nDUP-1;Third;;1;100\n');
    expect(report).toMatchObject({ inserted: 2, rejectedTotal: 0, duplicatesTotal: 1 });
    expect(report.duplicates).toEqual([{ productNumber: 'DUP-1', rows: [2, 4, 5], keptRow: 5 }]);
    expect(kit.db.prepare('SELECT title FROM products WHERE product_number = ?').get('DUP-1')).toEqual({ title: 'Third' });
  });

  it('a repeated product number: the first row wins, or the repeats are rejected naming the first row, as the merchant chose', async () => {
    const rows = 'DUP-1;First;;1;100\nOK-1;Fine;;1;100\nDUP-1;Second;;1;100\n';
    const first = await importCsv(kit.db, kit.file('first.csv', `${HEADER}\n${rows}`), { options: {}, mapping: MAPPING, now: NOW, duplicates: 'first-wins' });
    expect(first.duplicates).toEqual([{ productNumber: 'DUP-1', rows: [2, 4], keptRow: 2 }]);
    expect(kit.db.prepare('SELECT title FROM products WHERE product_number = ?').get('DUP-1')).toEqual({ title: 'First' });

    const refused = await importCsv(kit.db, kit.file('reject.csv', `${HEADER}\n${rows.replace('First', 'Again')}`), { options: {}, mapping: MAPPING, now: NOW, duplicates: 'reject' });
    expect(refused.rejected).toEqual([{ row: 4, line: 4, field: 'SKU', reason: expect.stringMatching(/"DUP-1" is already used on row 2/), said: expect.objectContaining({ code: 'importRow.duplicate' }) }]);
    expect(kit.db.prepare('SELECT title FROM products WHERE product_number = ?').get('DUP-1')).toEqual({ title: 'Again' });
  });

  it('a product number repeated in another case: one SKU on Back Market, so a repeat, listed under its first spelling', async () => {
    const { report } = await importRows('BM-7;First;;1;100\nbm-7;Second;;1;100\n');
    expect(report).toMatchObject({ inserted: 1, rejectedTotal: 0, duplicatesTotal: 1 });
    expect(report.duplicates).toEqual([{ productNumber: 'BM-7', rows: [2, 3], keptRow: 3 }]);
    // One product: the kept row, as the file spells it there.
    expect(kit.db.prepare("SELECT product_number, title FROM products WHERE product_number = 'bm-7' COLLATE NOCASE").all()).toEqual([{ product_number: 'bm-7', title: 'Second' }]);
  });

  it('numbers rows as a spreadsheet shows them: a cell with line breaks does not shift them, a blank line is a row', async () => {
    const file = kit.file('breaks.csv', `${HEADER}\nOK-1;"Two\nlines";;1;100\n\nBAD-1;Negative;;-1;100\nOK-2;"Three\r\nlines\r\nhere";;1;100\nBAD-2;Negative;;-1;100\n`);
    const report = await importFile(file);
    expect(report.rejected.map(({ row, line }) => ({ row, line }))).toEqual([
      { row: 4, line: 5 },
      { row: 6, line: 9 },
    ]);
  });

  it('imports a product with neither EAN nor Back Market id with a warning naming its row; a parent of variations is left out', async () => {
    const file = kit.file('ids.csv', 'SKU;Parent;Title;EAN\nWITH-EAN;;Fine;4006381333931\nNO-ID;;No identifier;\nPARENT;;Phone;\nVAR-1;PARENT;Phone blue;4006381333931\n');
    const report = await importCsv(kit.db, file, { options: {}, mapping: suggestMapping(['SKU', 'Parent', 'Title', 'EAN']), now: NOW });
    expect(report).toMatchObject({ inserted: 4, rejectedTotal: 0, warningsTotal: 1 });
    expect(report.warnings).toEqual([{ row: 3, productNumber: 'NO-ID', code: 'no-ean-or-product-id' }]);
  });

  it('warns of no EAN nor Back Market id only where Back Market does not hold the offer yet: a listing read from the account or created by a sync is linked by its SKU', async () => {
    // The account holds BM-EXIST-12 (the file spells it in lower case); a sync created SYNCED-1's listing.
    kit.db
      .prepare("INSERT INTO account_listings (country, sku, listing_id, listing_uuid, product_id, quantity, price, read_at) VALUES ('fr-fr', 'BM-EXIST-12', 12, 'uuid-12', '3e39936f', 14, '286.99', ?)")
      .run(NOW);
    kit.db.prepare("INSERT INTO listing_states (product_number, country, sku, status, listing_id, bm_product_id, updated_at) VALUES ('SYNCED-1', 'fr-fr', 'SYNCED-1', 'published', 7, 'a1b2c3', ?)").run(NOW);
    const file = kit.file('linked.csv', 'SKU;Title\nbm-exist-12;Held by the account\nSYNCED-1;Sent by a sync\nNO-ID;Nowhere yet\n');
    const report = await importCsv(kit.db, file, { options: {}, mapping: suggestMapping(['SKU', 'Title']), now: NOW });
    expect(report).toMatchObject({ inserted: 3, rejectedTotal: 0, warningsTotal: 1 });
    expect(report.warnings).toEqual([{ row: 4, productNumber: 'NO-ID', code: 'no-ean-or-product-id' }]);
  });

  it('a row with a different column count, a missing product number, a value that is not a number, an EAN Excel rounded', async () => {
    const { report } = await importRows('SHORT-1;Only two\n;No number;;1;100\nNAN-1;Text stock;;lots;100\nSCI-1;Excel;4.00638E+12;1;100\n');
    expect(report.rejected).toEqual([
      { row: 2, line: 2, field: null, reason: expect.stringMatching(/2 columns but the header has 5/), said: expect.objectContaining({ code: 'importRow.columnCount' }) },
      { row: 3, line: 3, field: 'SKU', reason: expect.stringMatching(/product number is missing/), said: expect.objectContaining({ code: 'importRow.productNumberMissing' }) },
      { row: 4, line: 4, field: 'Stock', reason: expect.stringMatching(/"lots" is not a number/), said: expect.objectContaining({ code: 'importRow.notANumber' }) },
      { row: 5, line: 5, field: 'EAN', reason: expect.stringMatching(/turned into a number by the spreadsheet/), said: expect.objectContaining({ code: 'importRow.scientificEan' }) },
    ]);
    expect(kit.snapshot()).toEqual(before);
  });

  it('counts every rejected row but lists at most 1000 (once the merchant imports a mostly refused file anyway)', async () => {
    const rows = Array.from({ length: 1200 }, (_, index) => `R-${index};Bad;;-1;100`).join('\n');
    const { report } = await importRows(`${rows}\n`, true);
    expect(report.rejected).toHaveLength(1000);
    expect(report.rejectedTotal).toBe(1200);
  });
});
