// Files as shop systems export them, built byte by byte: ISO-8859-15 and Windows-1252 with euros, UTF-16 with a BOM.
// Each is previewed and imported with the suggested mapping, and the stored values are checked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allProducts } from '../../db/products-repo';
import type { CsvKit } from './csv-test-kit';
import { csvKit, NOW } from './csv-test-kit';
import { importCsv } from './import';
import { previewCsv } from './preview';
import { suggestMapping } from './suggest-mapping';

let kit: CsvKit;
beforeEach(() => {
  kit = csvKit();
});
afterEach(() => kit.cleanup());

async function previewAndImport(file: string) {
  const preview = await previewCsv(file, {});
  const mapping = suggestMapping(preview.headers, preview.sampleRows);
  const report = await importCsv(kit.db, file, { options: {}, mapping, now: NOW });
  return { preview, mapping, report };
}

const stored = () => Object.fromEntries([...allProducts(kit.db)].map((product) => [product.productNumber, product]));

/** A German shop system's export: tab-delimited, euro prices with thousands dots, weight in kilograms. */
const GERMAN_EXPORT = [
  ['Artikelnummer', 'Bezeichnung', 'Preis', 'Gewicht (kg)', 'Zustand', 'Breite (cm)', 'Höhe (mm)'],
  ['IP13-128', 'iPhone 13 - 128 GB', '1.299,00 €', '0,171', 'Sehr gut', '7,15', '146,7'],
  ['IP12-64', 'iPhone 12 Größe S', '337,50 €', '0,164', 'Gut', '7,15', '146,7'],
  ['S21-256', 'Galaxy S21 Œuvre', '€ 429,90', '0,169', 'Wie neu', '7,19', '151,7'],
]
  .map((cells) => cells.join('\t'))
  .join('\r\n');

describe('encodings as shop systems export them', () => {
  it('reads a tab-separated ISO-8859-15 export: euros, thousands separators and kilograms right, every row accepted', async () => {
    const file = kit.file('export.txt', GERMAN_EXPORT, 'iso-8859-15');
    const { preview, mapping, report } = await previewAndImport(file);

    expect(preview.encoding).toBe('iso-8859-15');
    expect(preview.encodingChoice).toEqual({ reason: 'euro-0xa4', line: 2, example: '1.299,00 €' });
    expect(preview.delimiter).toBe('\t');
    expect(mapping).toEqual([
      { kind: 'field', field: 'productNumber' },
      { kind: 'field', field: 'title' },
      { kind: 'field', field: 'price' },
      { kind: 'field', field: 'weightGrams', unit: 'kg' },
      { kind: 'field', field: 'condition' },
      { kind: 'field', field: 'widthCm' },
      { kind: 'field', field: 'heightCm', unit: 'mm' },
    ]);
    expect(report).toMatchObject({ inserted: 3, rejectedTotal: 0, stopped: [], encoding: 'iso-8859-15' });
    expect(report.conversions).toEqual([
      { header: 'Gewicht (kg)', field: 'weightGrams', unit: 'kg', storedUnit: 'g', factor: 1000, converted: 3 },
      { header: 'Höhe (mm)', field: 'heightCm', unit: 'mm', storedUnit: 'cm', factor: 0.1, converted: 3 },
    ]);
    const products = stored();
    expect(products['IP13-128']).toMatchObject({ title: 'iPhone 13 - 128 GB', price: 1299, weightGrams: 171, condition: 'Sehr gut', widthCm: 7.15, heightCm: 14.67 });
    expect(products['IP12-64']).toMatchObject({ title: 'iPhone 12 Größe S', price: 337.5, weightGrams: 164 });
    expect(products['S21-256']).toMatchObject({ title: 'Galaxy S21 Œuvre', price: 429.9, weightGrams: 169, heightCm: 15.17 });
  });

  it('tells a Windows-1252 file by its euro at 0x80, and names the line', async () => {
    const file = kit.file('w.csv', 'SKU;Titre;Prix\nFR-1;Écran « neuf »;1 299,00 €\nFR-2;Coque;12,50 €\n', 'windows-1252');
    const { preview, report } = await previewAndImport(file);
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.encodingChoice).toEqual({ reason: 'euro-0x80', line: 2, example: '1 299,00 €' });
    expect(report).toMatchObject({ inserted: 2, rejectedTotal: 0 });
    expect(stored()['FR-1']).toMatchObject({ title: 'Écran « neuf »', price: 1299 });
    expect(stored()['FR-2']).toMatchObject({ price: 12.5 });
  });

  it('reads typographic quotes (0x80–0x9F) as Windows-1252 even where 0xA4 stands beside a digit', async () => {
    const bytes = Buffer.concat([Buffer.from('SKU;Title;Note\nA-1;Phone;'), Buffer.from([0x93, 0x4f, 0x4b, 0x94]), Buffer.from(' 5'), Buffer.from([0xa4]), Buffer.from('\n')]);
    const preview = await previewCsv(kit.file('q.csv', bytes), {});
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.encodingChoice).toMatchObject({ reason: 'windows-bytes', line: 2 });
    expect(preview.sampleRows[0]).toEqual(['A-1', 'Phone', '“OK” 5¤']);
  });

  it('takes 0xA4 in a price column for the ISO-8859-15 euro even away from digits', async () => {
    const file = kit.file('p.csv', 'SKU;Preis;Anmerkung\nA-1;1.299,00 (€);Gebraucht\nA-2;99,00;Neu\n', 'iso-8859-15');
    const { preview, report } = await previewAndImport(file);
    expect(preview.encoding).toBe('iso-8859-15');
    expect(preview.encodingChoice).toMatchObject({ reason: 'euro-0xa4', line: 2 });
    expect(report.rejected).toEqual([{ row: 2, line: 2, field: 'Preis', reason: '"1.299,00 (€)" is not a number.', said: expect.objectContaining({ code: 'importRow.notANumber' }) }]);
  });

  it('reads a file with accents and no euro as Windows-1252, which reads ISO-8859-1 the same', async () => {
    const file = kit.file('l1.csv', 'SKU;Título;Precio\nES-1;Teléfono año 2021;129,90\n', 'iso-8859-1');
    const { preview, report } = await previewAndImport(file);
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.encodingChoice).toEqual({ reason: 'western' });
    expect(report).toMatchObject({ inserted: 1 });
    expect(stored()['ES-1']).toMatchObject({ title: 'Teléfono año 2021', price: 129.9 });
  });

  it('reads the encoding the merchant chose by name: ISO-8859-1 and ISO-8859-15 differ at 0xA4', async () => {
    const file = kit.file('c.csv', 'SKU;Title\nA-1;Price 5¤\n', 'iso-8859-1');
    expect((await previewCsv(file, { encoding: 'iso-8859-1' })).sampleRows[0]).toEqual(['A-1', 'Price 5¤']);
    const latin9 = await previewCsv(file, { encoding: 'iso-8859-15' });
    expect(latin9.sampleRows[0]).toEqual(['A-1', 'Price 5€']);
    expect(latin9.encodingChoice).toEqual({ reason: 'chosen' });
  });

  it('reads UTF-16 LE with a BOM: Spanish headers, grams and millimetres', async () => {
    const text = '\ufeffReferencia;Título;Precio;Peso (g);Ancho (mm)\nES-1;Teléfono España;1.049,00 €;174;71,5\n';
    const file = kit.file('u16.csv', text, 'utf-16le');
    const { preview, mapping, report } = await previewAndImport(file);
    expect(preview.encoding).toBe('utf-16');
    expect(preview.encodingChoice).toEqual({ reason: 'bom' });
    expect(preview.headers[0]).toBe('Referencia');
    expect(mapping.slice(3)).toEqual([{ kind: 'field', field: 'weightGrams' }, { kind: 'field', field: 'widthCm', unit: 'mm' }]);
    expect(report).toMatchObject({ inserted: 1, rejectedTotal: 0 });
    expect(stored()['ES-1']).toMatchObject({ title: 'Teléfono España', price: 1049, weightGrams: 174, widthCm: 7.15 });
  });

  it('reads UTF-16 without a BOM from its zero bytes, big-endian UTF-16 by its BOM, and UTF-8 as before', async () => {
    const u16 = await previewCsv(kit.file('nobom.csv', 'SKU;Title\nA-1;Écran\n', 'utf-16le'), {});
    expect(u16).toMatchObject({ encoding: 'utf-16', encodingChoice: { reason: 'utf16-zeros' }, sampleRows: [['A-1', 'Écran']] });
    const bigEndian = Buffer.from('\ufeffSKU;Title\nA-1;Écran\n', 'utf16le').swap16();
    expect(await previewCsv(kit.file('be.csv', bigEndian), {})).toMatchObject({ encoding: 'utf-16', encodingChoice: { reason: 'bom' }, sampleRows: [['A-1', 'Écran']] });
    expect((await previewCsv(kit.file('u8.csv', 'SKU;Title\nA-1;Écran 5 €\n'), {})).encodingChoice).toEqual({ reason: 'valid-utf8' });
    expect((await previewCsv(kit.file('ascii.csv', 'SKU;Title\nA-1;Phone\n'), {})).encodingChoice).toEqual({ reason: 'ascii' });
    expect((await previewCsv(kit.file('bom8.csv', '\ufeffSKU;Title\nA-1;Phone\n'), {})).encodingChoice).toEqual({ reason: 'bom' });
  });
});
