// The Units service as the merchant drives it: a device added by scanning its IMEI, refused when its check digit or
// product is wrong or it is already recorded, moved by hand with a history line, and its product's stock following.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidImei, unitInputSchema } from '../../../shared/device-units';
import { AppError } from '../errors';
import { editableFields, imeiFrom, imeiNumber, startUnitsKit, type UnitsKit } from './units-test-kit';

let kit: UnitsKit;
beforeEach(() => {
  kit = startUnitsKit();
  kit.addProduct('IP12-128-GOOD', 7);
});
afterEach(() => kit.close());

describe('IMEI check digit', () => {
  it('accepts real-world IMEIs and refuses one wrong digit', () => {
    // 490154203237518 is the IMEI of the Luhn algorithm's textbook example.
    expect(isValidImei('490154203237518')).toBe(true);
    expect(isValidImei('490154203237519')).toBe(false);
    expect(isValidImei(imeiFrom('35209900176148'))).toBe(true);
    expect(isValidImei('49015420323751')).toBe(false);
  });

  it('reads a scan with spaces and dashes as its digits, and names the fix for a bad one', () => {
    expect(unitInputSchema.parse({ imei: '49-015420-323751-8', sku: 'X' }).imei).toBe('490154203237518');
    const bad = unitInputSchema.safeParse({ imei: '490154203237519', sku: 'X' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/check digit.*Scan it again/);
    const none = unitInputSchema.safeParse({ sku: 'X' });
    expect(none.error?.issues[0]?.message).toBe('Give the device its IMEI or its serial number.');
    const same = unitInputSchema.safeParse({ sku: 'X', imei: '490154203237518', imei2: '490154203237518' });
    expect(same.error?.issues[0]?.path).toEqual(['imei2']);
  });
});

describe('adding units', () => {
  it('records a scanned device in stock, and its product counts its stock from its units from then on', () => {
    const unit = kit.add({ imei: imeiNumber(1), sku: 'IP12-128-GOOD', merchantGrade: 'A', grade: 'EXCELLENT', batteryHealth: 91, purchaseCostCents: 21_000, supplier: 'Recommerce' });
    expect(unit).toMatchObject({ status: 'in-stock', batteryHealth: 91, vatRegime: 'margin', returns: 0 });
    expect(unit.history).toEqual([expect.objectContaining({ status: 'in-stock', cause: 'manual' })]);
    // 7 typed by hand before; one device recorded: the stock Back Market gets is 1, sent by the next sync.
    expect(kit.stockOf('IP12-128-GOOD')).toBe(1);
    expect(kit.pending('IP12-128-GOOD')).toEqual(['stock']);
    kit.add({ imei: imeiNumber(2), imei2: imeiNumber(3), sku: 'IP12-128-GOOD' });
    expect(kit.stockOf('IP12-128-GOOD')).toBe(2);
    expect(kit.events.some((event) => event.name === 'units:changed')).toBe(true);
  });

  it('refuses an IMEI already recorded, as first or second IMEI of another device', () => {
    kit.add({ imei: imeiNumber(1), imei2: imeiNumber(2), sku: 'IP12-128-GOOD' });
    expect(() => kit.add({ imei: imeiNumber(2), sku: 'IP12-128-GOOD' })).toThrow(/already recorded on another unit/);
    expect(() => kit.add({ imei: imeiNumber(5), imei2: imeiNumber(1), sku: 'IP12-128-GOOD' })).toThrow(AppError);
    expect(kit.stockOf('IP12-128-GOOD')).toBe(1);
  });

  it('refuses a SKU the catalogue does not have, naming it', () => {
    expect(() => kit.add({ serialNumber: 'F2LXK0QJKXKN', sku: 'NOPE' })).toThrow('No product has the SKU "NOPE". Choose a product of your catalogue, or add it first.');
  });

  it('finds a unit by either IMEI or its serial number, as a scan does', () => {
    const dual = kit.add({ imei: imeiNumber(1), imei2: imeiNumber(2), sku: 'IP12-128-GOOD' });
    const serial = kit.add({ serialNumber: 'C02XK0QJJG5H', sku: 'IP12-128-GOOD' });
    expect(kit.units.findByCode(imeiNumber(2))?.id).toBe(dual.id);
    expect(kit.units.findByCode('C02XK0QJJG5H')?.id).toBe(serial.id);
    expect(kit.units.findByCode(imeiNumber(9))).toBeNull();
  });
});

describe('status by hand', () => {
  it('writing off or repairing a unit lowers the stock; back in stock raises it; each move is in the history', () => {
    const first = kit.add({ imei: imeiNumber(1), sku: 'IP12-128-GOOD' });
    kit.add({ imei: imeiNumber(2), sku: 'IP12-128-GOOD' });
    kit.db.prepare('DELETE FROM outbox').run();
    kit.units.setStatus(first.id, 'written-off', 'screen cracked in testing');
    expect(kit.stockOf('IP12-128-GOOD')).toBe(1);
    expect(kit.pending('IP12-128-GOOD')).toEqual(['stock']);
    kit.units.setStatus(first.id, 'in-repair', '');
    kit.units.setStatus(first.id, 'in-stock', 'repaired');
    expect(kit.stockOf('IP12-128-GOOD')).toBe(2);
    expect(kit.units.get(first.id).history.map((change) => [change.status, change.cause, change.note])).toEqual([
      ['in-stock', 'manual', 'added'],
      ['written-off', 'manual', 'screen cracked in testing'],
      ['in-repair', 'manual', ''],
      ['in-stock', 'manual', 'repaired'],
    ]);
  });

  it('lists units by status and by a scanned prefix, newest first', () => {
    for (let n = 1; n <= 5; n += 1) kit.add({ imei: imeiNumber(n), sku: 'IP12-128-GOOD', supplier: n % 2 ? 'Recommerce' : 'Foxway' });
    const page = kit.units.list({ status: 'in-stock', search: 'foxway' });
    expect(page.total).toBe(2);
    expect(page.byStatus['in-stock']).toBe(5);
    expect(kit.units.list({ search: imeiNumber(3) }).units.map((unit) => unit.imei)).toEqual([imeiNumber(3)]);
  });

  it('a product without units keeps the stock typed for it; tracking off leaves the stock as it is', () => {
    kit.addProduct('CASE-1', 40);
    expect(kit.stockOf('CASE-1')).toBe(40);
    kit.add({ imei: imeiNumber(1), sku: 'IP12-128-GOOD' });
    expect(kit.units.setTracking('IP12-128-GOOD', false)).toEqual({ tracked: false, stock: 1 });
    kit.add({ imei: imeiNumber(2), sku: 'CASE-1' });
    expect(kit.stockOf('CASE-1')).toBe(1);
  });
});

describe('units export', () => {
  it('writes every device with its costs in decimals and guards a note a spreadsheet would run', () => {
    kit.add({ imei: imeiNumber(1), sku: 'IP12-128-GOOD', purchaseCostCents: 21_250, repairCostCents: 1999, notes: '=HYPERLINK("x")' });
    const exported = kit.units.exportUnits();
    expect(exported.rowCount).toBe(1);
    const [header, row] = exported.content.replace('\ufeff', '').split('\r\n');
    expect(header?.split(';').slice(0, 4)).toEqual(['IMEI', 'IMEI 2', 'Serial', 'SKU']);
    expect(row).toContain(`${imeiNumber(1)};;;IP12-128-GOOD;`);
    expect(row).toContain(';212.50;19.99;EUR;margin;in-stock;0;');
    expect(row?.endsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});

describe('editing a unit', () => {
  const fieldsOf = (id: number) => editableFields(kit.units.get(id));

  it('saves the new details and records what changed in the history; saving unchanged records nothing', () => {
    const unit = kit.add({ imei: imeiNumber(1), sku: 'IP12-128-GOOD', batteryHealth: 88, purchaseCostCents: 20_000 });
    const edited = kit.units.update(unit.id, { ...fieldsOf(unit.id), imei: imeiNumber(2), batteryHealth: 91, colour: 'Blue', purchaseCostCents: 21_500 });
    expect(edited).toMatchObject({ imei: imeiNumber(2), batteryHealth: 91, colour: 'Blue', purchaseCostCents: 21_500, status: 'in-stock' });
    expect(edited.history.at(-1)).toMatchObject({ status: 'in-stock', cause: 'manual', note: 'edited:imei,batteryHealth,colour,purchaseCostCents' });
    expect(kit.units.findByCode(imeiNumber(2))?.id).toBe(unit.id);
    expect(kit.units.findByCode(imeiNumber(1))).toBeNull();

    kit.units.update(unit.id, fieldsOf(unit.id));
    expect(kit.units.get(unit.id).history).toHaveLength(2);
  });

  it('refuses an IMEI another unit has, and keeps the unit as it was', () => {
    const first = kit.add({ imei: imeiNumber(1), sku: 'IP12-128-GOOD' });
    kit.add({ imei: imeiNumber(2), sku: 'IP12-128-GOOD' });
    expect(() => kit.units.update(first.id, { ...fieldsOf(first.id), imei: imeiNumber(2) })).toThrow(/already recorded on another unit/);
    expect(kit.units.get(first.id)).toMatchObject({ imei: imeiNumber(1), history: [expect.objectContaining({ note: 'added' })] });
  });
});
