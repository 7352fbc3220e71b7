import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRODUCT_FIELDS } from '../../../../shared/catalogue';
import { allProducts, linkVariations, upsertProduct } from '../../db/products-repo';
import type { CsvKit } from './csv-test-kit';
import { csvKit, NOW } from './csv-test-kit';
import { exportCsv } from './export';
import { importCsv } from './import';
import { previewCsv } from './preview';
import { suggestMapping } from './suggest-mapping';

let kit: CsvKit;
let target: CsvKit;
beforeEach(() => {
  kit = csvKit();
  target = csvKit();
});
afterEach(() => {
  kit.cleanup();
  target.cleanup();
});

const EXPORTED_AT = new Date(2026, 10, 27, 12, 0, 0);

function seedCatalogue() {
  const add = (values: Parameters<typeof upsertProduct>[1], attributes: Record<string, string> = {}) => upsertProduct(kit.db, values, attributes, NOW);
  add({ productNumber: 'IP13', title: 'Apple iPhone 13', brand: 'Apple', category: 'Phones > Smartphones', description: 'Tested; "like new".\r\nSecond line' }, { Model: 'A2633' });
  add(
    {
      productNumber: 'IP13-128-MID', parentNumber: 'IP13', title: 'Apple iPhone 13 128 GB Midnight', ean: '4006381333931', brand: 'Apple',
      category: 'Phones > Smartphones', condition: 'A+', stock: 3, price: 429.9, weightGrams: 174, colour: 'Midnight', storage: '128 GB',
      widthCm: 7.15, heightCm: 14.67, depthCm: 0.77, image1: 'https://images.example.com/ip13/front.jpg', backmarketId: '9f1c2a4e-3b1d-4c8e-9a0b-1c2d3e4f5a6b',
    },
    { Model: 'A2633', 'Battery health': '92%', Warranty: '+12 months' },
  );
  add({ productNumber: '-LOT-7', title: '=SUM(A1:A9)', brand: '@risk', condition: 'Bronze', stock: 0, price: 0.5, size: 'XL' }, { Note: '-' });
  linkVariations(kit.db);
}

const catalogueOf = (db: CsvKit['db']) => [...allProducts(db)].map(({ id: _id, updatedAt: _updatedAt, pending: _pending, ...product }) => product);

describe('exportCsv', () => {
  it('writes UTF-8 with BOM, semicolons, CRLF, readable headers and every attribute, named after the day', () => {
    seedCatalogue();
    const exported = exportCsv(kit.db, EXPORTED_AT);
    expect(exported.fileName).toBe('refurb-desk-catalogue-2026-11-27.csv');
    expect(exported.rowCount).toBe(3);
    expect(exported.content.startsWith('\ufeffMerchant product number;Parent product number;Title;')).toBe(true);
    const [header, ...rest] = exported.content.slice(1).split('\r\n');
    expect(header?.split(';').slice(-4)).toEqual(['Note', 'Model', 'Battery health', 'Warranty']);
    expect(rest.at(-1)).toBe('');
    expect(exported.content).toContain(';429.9;174;Midnight;128 GB;;7.15;14.67;0.77;');
    expect(suggestMapping(header?.split(';') ?? []).slice(0, PRODUCT_FIELDS.length)).toEqual(PRODUCT_FIELDS.map((field) => ({ kind: 'field', field })));
  });

  it('neutralises formulas: text starting with = + - @ gets a leading apostrophe', () => {
    seedCatalogue();
    const { content } = exportCsv(kit.db, EXPORTED_AT);
    const line = content.split('\r\n').find((row) => row.startsWith("'-LOT-7"));
    expect(line).toBeDefined();
    expect(line).toContain(";'=SUM(A1:A9);");
    expect(line).toContain(";'@risk;");
    expect(line).toContain(";0.5;");
    expect(line).toContain(";'-;");
    expect(content).toContain(";'+12 months\r\n");
  });

  it('writes the per-language texts right after the core fields, and reads them back into the same columns', async () => {
    upsertProduct(kit.db, { productNumber: 'IP13', title: 'iPhone 13 Noir' }, { Model: 'A2633', comment_de: 'Wie neu', title_it: 'iPhone 13 Nero', title_de: 'iPhone 13 Schwarz', description_de: 'Geprüft' }, NOW);
    const { content } = exportCsv(kit.db, EXPORTED_AT);
    const header = content.slice(1).split('\r\n')[0]?.split(';') ?? [];
    expect(header.slice(PRODUCT_FIELDS.length)).toEqual(['title_de', 'description_de', 'comment_de', 'title_it', 'Model']);
    const file = target.file('export.csv', content);
    const preview = await previewCsv(file, {});
    await importCsv(target.db, file, { options: {}, mapping: suggestMapping(preview.headers), now: NOW });
    expect(catalogueOf(target.db)).toEqual(catalogueOf(kit.db));
  });

  it('round-trips: export then import gives back the same catalogue', async () => {
    seedCatalogue();
    const { content } = exportCsv(kit.db, EXPORTED_AT);
    const file = target.file('export.csv', content);
    const preview = await previewCsv(file, {});
    expect(preview).toMatchObject({ delimiter: ';', encoding: 'utf-8' });
    const report = await importCsv(target.db, file, { options: {}, mapping: suggestMapping(preview.headers), now: NOW });
    expect(report).toMatchObject({ inserted: 3, rejectedTotal: 0 });
    expect(catalogueOf(target.db)).toEqual(catalogueOf(kit.db));
    // And a second import of the same export changes nothing.
    expect(await importCsv(target.db, file, { options: {}, mapping: suggestMapping(preview.headers), now: NOW })).toMatchObject({ unchanged: 3, updated: 0 });
  });
});
