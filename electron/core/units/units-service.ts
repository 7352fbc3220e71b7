// The Units service: the merchant's device ledger. Adds a unit typed or scanned (its IMEI Luhn-checked and never
// recorded twice), edits it, moves its status by hand with a history line, lists and finds units, and keeps the stock
// of a unit-tracked product equal to its units in stock, marked pending for the next sync.
import type { UnitDetail, UnitFields, UnitPage, UnitQuery, UnitStatus } from '../../../shared/device-units';
import { unitQuerySchema } from '../../../shared/device-units';
import type { Db } from '../db/connection';
import { notFound, saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { inEnglish } from '../../../shared/messages/in-english';
import type { EventBus } from '../events';
import type { FileStaging } from '../files/staging';
import type { CsvReadOptions } from '../../../shared/catalogue';
import { unitImportRunSchema, type UnitImportRun } from '../../../shared/units-import';
import { importUnitsCsv, previewUnitsCsv } from './import/unit-import';
import type { MarginSettingsInput } from '../../../shared/margin';
import { marginAtPrice, marginReport } from './margin-report';
import { readMarginSettings, writeMarginSettings } from './margin-settings';
import { recordSaleMargins } from './sale-margins';
import { exportSales, exportUnits } from './units-export';
import { listUnits, pickableUnits, unitsOfOrderline } from './units-queries';
import {
  changedFields,
  everShipped,
  findUnitByCode,
  recordEdit,
  getUnitRow,
  historyOf,
  insertUnit,
  moveUnit,
  orderlinesOf,
  refreshStock,
  takenImeis,
  trackProduct,
  unitOf,
  untrackProduct,
  updateUnitFields,
} from './units-repo';

export interface UnitsDeps {
  /** The database of the current mode, undefined until setup chose one. */
  database: () => Db | undefined;
  /** Staged import files; the service reads a file by its id, never by a path from the renderer. */
  files: Pick<FileStaging, 'pathOf'>;
  events: EventBus;
  now: () => Date;
}

const productExists = (db: Db, sku: string) => db.prepare('SELECT 1 FROM products WHERE product_number = ?').get(sku) !== undefined;

/** Checks what the database alone can tell: the product exists, the identifiers are no other unit's. */
function checkAgainstLedger(db: Db, fields: UnitFields, exceptId = 0): void {
  if (!productExists(db, fields.sku)) {
    throw saidError('invalid-input', said('units.noSuchSku', { sku: fields.sku }), [
      { path: 'sku', message: 'No product has this SKU.' },
    ]);
  }
  const imeis = [fields.imei, fields.imei2].filter((imei): imei is string => imei !== null);
  const taken = takenImeis(db, imeis, exceptId);
  const [first] = taken;
  if (first !== undefined) {
    const path = first === fields.imei ? 'imei' : 'imei2';
    throw saidError('conflict', said('units.imeiTaken', { imei: first }), [
      { path, message: 'Already recorded on another unit.' },
    ]);
  }
}

export function createUnitsService(deps: UnitsDeps) {
  const db = (): Db => {
    const found = deps.database();
    if (!found) throw saidError('unavailable', said('setup.notSetUp'));
    return found;
  };
  const stamp = () => deps.now().toISOString();
  const changed = (skus: readonly string[], stockChanged: boolean) => {
    deps.events.emit('units:changed', { skus: [...new Set(skus)] });
    if (stockChanged) deps.events.emit('catalogue:changed', { reason: 'edit' });
  };

  function detail(database: Db, id: number): UnitDetail {
    const row = getUnitRow(database, id);
    if (!row) throw notFound({ thing: 'unit', id });
    return { ...unitOf(row), history: historyOf(database, id), orderlineIds: orderlinesOf(database, id) };
  }

  return {
    marginSettings: () => readMarginSettings(db()),
    /** Saves the settings and prices again the sales of the markets whose VAT rate or parcel cost the input names. */
    saveMarginSettings: (input: MarginSettingsInput) => {
      const database = db();
      return database.transaction(() => {
        const settings = writeMarginSettings(database, input);
        recordSaleMargins(database, { countries: Object.keys(input.vatBasisPoints ?? {}), currencies: Object.keys(input.shippingCents ?? {}) }, settings);
        return settings;
      })();
    },
    marginReport: (days: number) => {
      const database = db();
      return marginReport(database, deps.now(), days);
    },
    marginAtPrice: (sku: string, country: string, priceCents: number) => {
      const database = db();
      return marginAtPrice(database, sku, country, priceCents, readMarginSettings(database));
    },
    importPreview: (fileId: string, fileName: string, options: CsvReadOptions) => previewUnitsCsv(deps.files.pathOf(fileId), fileId, fileName, options),

    async importRun(input: UnitImportRun) {
      const run = unitImportRunSchema.parse(input);
      const database = db();
      const report = await importUnitsCsv(database, deps.files.pathOf(run.fileId), { options: run.options, mapping: run.mapping, defaults: run.defaults, now: stamp() });
      if (report.added > 0) changed([], true);
      return report;
    },

    exportUnits: () => exportUnits(db(), deps.now()),
    exportSales: () => {
      const database = db();
      return exportSales(database, deps.now(), readMarginSettings(database));
    },

    marginAtPrices: (cells: readonly { sku: string; country: string; priceCents: number }[]) => {
      const database = db();
      const settings = readMarginSettings(database);
      return cells.map((cell) => marginAtPrice(database, cell.sku, cell.country, cell.priceCents, settings));
    },

    ofOrderline: (orderlineId: number) => unitsOfOrderline(db(), orderlineId),

    list: (query: UnitQuery): UnitPage => listUnits(db(), unitQuerySchema.parse(query)),
    get: (id: number): UnitDetail => detail(db(), id),

    /** The unit an IMEI or serial number names, or null: what a scan in the Units screen or the ship dialog looks up. */
    findByCode(code: string): UnitDetail | null {
      const database = db();
      const row = findUnitByCode(database, code.replace(/[\s\-']/g, '')) ?? findUnitByCode(database, code.trim());
      return row ? detail(database, row.id) : null;
    },

    /** The devices reserved for the line, then the SKU's units in stock, oldest purchase first: what the ship dialog offers. */
    pickable: (sku: string, orderlineId?: number) => pickableUnits(db(), sku, orderlineId),

    /** Records a new device in stock; its product starts counting its stock from its units. */
    add(fields: UnitFields): UnitDetail {
      const database = db();
      const now = stamp();
      let stockChanged = false;
      const id = database.transaction(() => {
        checkAgainstLedger(database, fields);
        const newId = insertUnit(database, fields, now);
        trackProduct(database, fields.sku, now);
        stockChanged = refreshStock(database, fields.sku, now);
        return newId;
      })();
      changed([fields.sku], stockChanged);
      return detail(database, id);
    },

    /**
     * Edits a device's details and records what changed in its history. The IMEI and serial of a device that has
     * shipped are refused: Back Market holds them for the order and never corrects them afterwards.
     */
    update(id: number, fields: UnitFields): UnitDetail {
      const database = db();
      const now = stamp();
      let stockChanged = false;
      const before = getUnitRow(database, id);
      if (!before) throw notFound({ thing: 'unit', id });
      const changes = changedFields(before, fields);
      if (changes.length === 0) return detail(database, id);
      const identifiers = changes.filter((field): field is 'imei' | 'imei2' | 'serialNumber' => field === 'imei' || field === 'imei2' || field === 'serialNumber');
      if (identifiers.length > 0 && everShipped(database, id)) {
        const message = said('unit.identifierShipped');
        throw saidError('conflict', message, identifiers.map((path) => ({ path, message: inEnglish(message) })));
      }
      database.transaction(() => {
        checkAgainstLedger(database, fields, id);
        updateUnitFields(database, id, fields, now);
        recordEdit(database, id, before.status as UnitStatus, changes, now);
        trackProduct(database, fields.sku, now);
        // A device's cost, currency, VAT regime, model or grade is part of every sale it was on.
        recordSaleMargins(database, { unitId: id });
        // Moving a device to another product changes both products' counts.
        stockChanged = [before.sku, fields.sku].map((sku) => refreshStock(database, sku, now)).some(Boolean);
      })();
      changed([before.sku, fields.sku], stockChanged);
      return detail(database, id);
    },

    /** The merchant's own move (back in stock after a check, in repair, written off); orders move the others. */
    setStatus(id: number, status: UnitStatus, note: string): UnitDetail {
      const database = db();
      const now = stamp();
      const row = getUnitRow(database, id);
      if (!row) throw notFound({ thing: 'unit', id });
      if (row.status === 'reserved' || row.status === 'shipped') {
        throw saidError('conflict', said(row.status === 'reserved' ? 'units.statusFollowsReserved' : 'units.statusFollowsShipped'));
      }
      if (row.status === status) return detail(database, id);
      let stockChanged = false;
      database.transaction(() => {
        moveUnit(database, id, status, 'manual', now, null, note);
        stockChanged = refreshStock(database, row.sku, now);
      })();
      changed([row.sku], stockChanged);
      return detail(database, id);
    },

    /** Turns a product's unit tracking on (its stock becomes its units in stock) or off (its stock stays as it is). */
    setTracking(sku: string, on: boolean): { tracked: boolean; stock: number | null } {
      const database = db();
      const now = stamp();
      if (!productExists(database, sku)) throw saidError('not-found', said('units.noSuchSkuRefresh', { sku }));
      let stockChanged = false;
      database.transaction(() => {
        if (on) {
          trackProduct(database, sku, now);
          stockChanged = refreshStock(database, sku, now);
        } else untrackProduct(database, sku);
      })();
      changed([sku], stockChanged);
      const stock = database.prepare('SELECT stock FROM products WHERE product_number = ?').pluck().get(sku) as number | null;
      return { tracked: on, stock };
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
