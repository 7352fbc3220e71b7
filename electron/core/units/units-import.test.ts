// Importing devices from a diagnostic tool's CSV: columns suggested from headers in six languages, good rows written
// in one go with their products' stock following, and every bad row named by line: a duplicate IMEI (in the file or
// already recorded), a wrong check digit, an IMEI a spreadsheet rounded, an unknown SKU.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestUnitMapping } from './import/unit-header-aliases';
import { imeiNumber, startUnitsKit, type UnitsKit } from './units-test-kit';

let kit: UnitsKit;
beforeEach(() => {
  kit = startUnitsKit();
  kit.addProduct('IP12-128-BLK-A', 5);
  kit.addProduct('S21-128-GRY-B', null);
  kit.db.prepare("UPDATE products SET title = 'Galaxy S21 128GB Grey' WHERE product_number = 'S21-128-GRY-B'").run();
});
afterEach(() => kit.close());

const BAD_LUHN = `${imeiNumber(9).slice(0, 14)}${(Number(imeiNumber(9)[14]) + 1) % 10}`;

async function importFile(lines: string[], vatRegime: 'margin' | 'regular' = 'margin') {
  const fileId = kit.stage(lines.join('\n'));
  const preview = await kit.units.importPreview(fileId, 'phonecheck-export.csv', {});
  return { preview, report: await kit.units.importRun({ fileId, mapping: preview.suggestedMapping, defaults: { vatRegime, currency: 'EUR' } }) };
}

describe('units CSV import', () => {
  it('imports a diagnostic export: IMEIs, grade, battery, cost with a decimal comma, supplier; the stock follows', async () => {
    const { preview, report } = await importFile([
      'IMEI;Serial;SKU;Grade;Battery Health;Cost;Supplier;Purchase date',
      `${imeiNumber(1)};F2LXK0QJ;IP12-128-BLK-A;A;91%;"212,50";Recommerce;03/02/2026`,
      `${imeiNumber(2)};F2LXK0QK;IP12-128-BLK-A;B;84 %;198.00;Foxway;2026-02-04`,
    ]);
    expect(preview.suggestedMapping).toEqual(['imei', 'serialNumber', 'sku', 'merchantGrade', 'batteryHealth', 'purchaseCost', 'supplier', 'purchaseDate']);
    expect(report).toMatchObject({ added: 2, rejected: [], rejectedTotal: 0 });
    const first = kit.units.findByCode(imeiNumber(1));
    expect(first).toMatchObject({ sku: 'IP12-128-BLK-A', merchantGrade: 'A', grade: 'EXCELLENT', batteryHealth: 91, purchaseCostCents: 21_250, supplier: 'Recommerce', purchaseDate: '2026-02-03', vatRegime: 'margin', status: 'in-stock' });
    expect(first?.history).toEqual([expect.objectContaining({ status: 'in-stock', cause: 'manual', note: 'imported' })]);
    expect(kit.stockOf('IP12-128-BLK-A')).toBe(2);
    expect(kit.pending('IP12-128-BLK-A')).toEqual(['stock']);
  });

  it('reports by line a duplicate IMEI, a bad check digit, a rounded IMEI and an unknown SKU, and writes the good rows', async () => {
    kit.add({ imei: imeiNumber(7), sku: 'IP12-128-BLK-A' });
    const { report } = await importFile([
      'IMEI,Model,Cost',
      `${imeiNumber(1)},IP12-128-BLK-A,200`,
      `${imeiNumber(1)},IP12-128-BLK-A,200`,
      `${BAD_LUHN},IP12-128-BLK-A,200`,
      '3.52E+14,IP12-128-BLK-A,200',
      `${imeiNumber(3)},IPHONE-99,200`,
      `${imeiNumber(7)},IP12-128-BLK-A,200`,
      `${imeiNumber(4)},galaxy s21 128gb grey,180`,
    ]);
    expect(report.added).toBe(2);
    expect(report.rejected.map((row) => [row.line, row.field])).toEqual([
      [3, 'IMEI'],
      [4, 'IMEI'],
      [5, 'IMEI'],
      [6, 'Model'],
      [7, 'IMEI'],
    ]);
    const reasons = report.rejected.map((row) => row.reason);
    expect(reasons[0]).toBe(`IMEI ${imeiNumber(1)} is already on line 2 of this file. Each device appears once.`);
    expect(reasons[1]).toMatch(/fails its check digit \(Luhn\)/);
    expect(reasons[2]).toMatch(/spreadsheet turned into a rounded number. Format the column as text/);
    expect(reasons[3]).toBe('No product of your catalogue has the model "IPHONE-99". Add the product first, or correct the model in the file.');
    expect(reasons[4]).toMatch(/already recorded in Units/);
    // The model named the Galaxy by its title.
    expect(kit.units.findByCode(imeiNumber(4))?.sku).toBe('S21-128-GRY-B');
    expect(kit.stockOf('IP12-128-BLK-A')).toBe(2);
    expect(kit.stockOf('S21-128-GRY-B')).toBe(1);
  });

  it('refuses a supplier name too long and a cost above a million, by line and column', async () => {
    const { report } = await importFile(['IMEI;SKU;Supplier;Cost', `${imeiNumber(1)};IP12-128-BLK-A;${'x'.repeat(201)};100`, `${imeiNumber(2)};IP12-128-BLK-A;Foxway;2000000`]);
    expect(report.added).toBe(0);
    expect(report.rejected).toEqual([
      { row: 2, line: 2, field: 'Supplier', reason: 'This text is too long: at most 200 characters.' },
      { row: 3, line: 3, field: 'Cost', reason: 'This cost is above 1,000,000: check the amount.' },
    ]);
  });

  it('refuses a file without an identifier column or without a product column, writing nothing', async () => {
    const fileId = kit.stage('Supplier;Cost\nFoxway;100');
    await expect(kit.units.importRun({ fileId, mapping: ['supplier', 'purchaseCost'] })).rejects.toThrow('Map the column holding the IMEI or the serial number');
    const second = kit.stage(`IMEI;Cost\n${imeiNumber(1)};100`);
    await expect(kit.units.importRun({ fileId: second, mapping: ['imei', 'purchaseCost'] })).rejects.toThrow(/SKU \(or the model\)/);
    expect(kit.db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(0);
  });

  it('suggests the columns from headers in French, German, Spanish, Italian and Dutch', () => {
    expect(suggestUnitMapping(['Numéro IMEI', 'Numéro de série', 'Modèle', 'Santé batterie', "Coût d'achat", 'Fournisseur'])).toEqual(['imei', 'serialNumber', 'model', 'batteryHealth', 'purchaseCost', 'supplier']);
    expect(suggestUnitMapping(['IMEI', 'Seriennummer', 'Modell', 'Akkuzustand', 'Einkaufspreis', 'Lieferant', 'Zustand'])).toEqual(['imei', 'serialNumber', 'model', 'batteryHealth', 'purchaseCost', 'supplier', 'merchantGrade']);
    expect(suggestUnitMapping(['Número de serie', 'Modelo', 'Batería', 'Coste', 'Proveedor'])).toEqual(['serialNumber', 'model', 'batteryHealth', 'purchaseCost', 'supplier']);
    expect(suggestUnitMapping(['Numero di serie', 'Modello', 'Batteria', 'Costo', 'Fornitore', 'Grado'])).toEqual(['serialNumber', 'model', 'batteryHealth', 'purchaseCost', 'supplier', 'merchantGrade']);
    expect(suggestUnitMapping(['Serienummer', 'Model', 'Batterij', 'Inkoopprijs', 'Leverancier', 'IMEI 2'])).toEqual(['serialNumber', 'model', 'batteryHealth', 'purchaseCost', 'supplier', 'imei2']);
  });
});
