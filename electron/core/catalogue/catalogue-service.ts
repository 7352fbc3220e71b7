// The catalogue service: reads and edits the merchant's products, imports and exports CSV, and records every change in the outbox.
import type { ColumnTarget, CsvReadOptions, DuplicatePolicy, EditableField, ImportPreview, Product, ProductField, ProductInput, ProductPage, ProductQuery } from '../../../shared/catalogue';
import { PRODUCT_FIELDS, productInputSchema } from '../../../shared/catalogue';
import { inEnglish } from '../../../shared/messages/in-english';
import { said, type MerchantMessage } from '../../../shared/messages/merchant-message';
import { fieldProblemSaid } from '../../../shared/product-rules';
import type { Db } from '../db/connection';
import { markPending, marketsOfAttributes } from '../db/outbox-repo';
import { followCataloguePrice } from '../mapping/price-copies';
import type { FieldValues } from '../db/product-columns';
import { catalogueFacets, deleteProducts, findProductId, getProduct, linkVariations, listProducts, setField, updateSearchIndex, upsertProduct } from '../db/products-repo';
import { otherCaseProduct, skuKey } from '../db/sku-key';
import { AppError, notFound } from '../errors';
import type { EventBus } from '../events';
import type { FileStaging } from '../files/staging';
import { exportCsv } from './csv/export';
import { EXPORT_HEADERS } from './csv/export-headers';
import { importCsv } from './csv/import';
import { previewCsv } from './csv/preview';
import { suggestMapping } from './csv/suggest-mapping';
import { withSyncStates } from './sync-column';

export interface CatalogueDeps {
  db: Db;
  events: EventBus;
  files: FileStaging;
  now: () => Date;
  /** The grades the merchant's condition values map to (the mapping's condition value map), for the import preview. */
  conditionGrades?: () => Record<string, string>;
  /** The enabled markets' codes, for the grid's Sync column (left out: the column is not read). */
  countries?: () => readonly string[];
}

/** A field as the merchant knows it (the export's header), never its code name. */
const labelOf = (field: ProductField) => EXPORT_HEADERS[field];

/** A field's problem: English for the log, its code for the renderer (the form shows it beside the field). */
const issueOf = (path: string, problem: MerchantMessage) => ({ path, message: inEnglish(problem), said: problem });

function assertValid(values: FieldValues): void {
  const issues = PRODUCT_FIELDS.flatMap((field) => {
    const problem = fieldProblemSaid(field, values[field]);
    return problem ? [issueOf(field, problem)] : [];
  });
  const first = issues[0];
  if (first) throw new AppError('invalid-input', `${labelOf(first.path as ProductField)}: ${first.message}`, issues, first.said);
}

export function createCatalogueService({ db, events, files, now, conditionGrades = () => ({}), countries }: CatalogueDeps) {
  const stamp = () => now().toISOString();

  function changedFields(before: Product | undefined, values: FieldValues, attributes: Record<string, string>): string[] {
    if (!before) return [...PRODUCT_FIELDS, 'attributes'];
    const fields: string[] = PRODUCT_FIELDS.filter((field) => (before[field] ?? null) !== (values[field] ?? null));
    if (JSON.stringify(before.attributes) !== JSON.stringify(attributes)) fields.push('attributes');
    return fields;
  }

  /**
   * Back Market matches SKUs whatever their case: a product numbered as another one in another case would be a second
   * offer on the same listing, each sync sending the other's values. Refused, naming the product and what to do.
   */
  function assertOneSkuOnBackMarket(productNumber: string, before: Product | undefined): void {
    // A product kept under its own number edits as before, even one an older catalogue holds twice (the pre-flight
    // check holds those until one is deleted or renamed).
    if (before?.productNumber === productNumber) return;
    const other = otherCaseProduct(db, productNumber, before?.id);
    if (other) {
      const problem = said('product.numberOtherCase', { productNumber, existing: other.productNumber });
      throw new AppError('conflict', inEnglish(problem), [issueOf('productNumber', said('product.numberOtherCaseField', { existing: other.productNumber }))], problem);
    }
    if (before && before.productNumber !== productNumber && skuKey(before.productNumber) === skuKey(productNumber)) {
      const problem = said('product.numberCaseOnly', { productNumber, current: before.productNumber });
      throw new AppError('invalid-input', inEnglish(problem), [issueOf('productNumber', said('product.numberCaseOnlyField', { current: before.productNumber }))], problem);
    }
  }

  return {
    list(query: ProductQuery): ProductPage {
      const page = listProducts(db, query);
      return countries ? { ...page, rows: withSyncStates(db, page.rows, countries()) } : page;
    },

    facets: () => catalogueFacets(db),

    get(id: number): Product {
      const product = getProduct(db, id);
      if (!product) throw notFound({ thing: 'product' });
      return product;
    },

    save(input: ProductInput, id?: number): Product {
      const parsed = productInputSchema.parse(input);
      const { attributes = {}, ...fields } = parsed;
      const values = fields as FieldValues;
      assertValid(values);
      const saved = db.transaction(() => {
        const existingId = findProductId(db, parsed.productNumber);
        if (id !== undefined && existingId !== undefined && existingId !== id) {
          const taken = said('product.numberTaken', { productNumber: parsed.productNumber });
          throw new AppError('conflict', inEnglish(taken), [issueOf('productNumber', said('product.numberTakenField'))], taken);
        }
        if (id === undefined && existingId !== undefined) {
          const exists = said('product.numberExists', { productNumber: parsed.productNumber });
          throw new AppError('conflict', inEnglish(exists), [issueOf('productNumber', said('product.numberExistsField'))], exists);
        }
        const before = id === undefined ? undefined : getProduct(db, id);
        if (id !== undefined && !before) throw notFound({ thing: 'product' });
        assertOneSkuOnBackMarket(parsed.productNumber, before);
        if (before && before.productNumber !== parsed.productNumber) {
          db.prepare('UPDATE products SET product_number = ? WHERE id = ?').run(parsed.productNumber, id);
          markPending(db, before.productNumber, 'delete', [], stamp());
        }
        const fieldsChanged = changedFields(before, values, attributes);
        const productId = upsertProduct(db, values, attributes, stamp());
        linkVariations(db);
        // A market's own comment (comment_fr-be) changed alone concerns that market's offer alone.
        const markets = before && fieldsChanged.length === 1 && fieldsChanged[0] === 'attributes' ? marketsOfAttributes(before.attributes, attributes) : null;
        if (fieldsChanged.length > 0) markPending(db, parsed.productNumber, 'upsert', fieldsChanged, stamp(), markets);
        // A new price is the merchant's: the price-grid boxes Refurb Desk copied a price into take it.
        if (before && fieldsChanged.includes('price')) followCataloguePrice(db, [productId]);
        return getProduct(db, productId) as Product;
      })();
      events.emit('catalogue:changed', { reason: 'edit' });
      return saved;
    },

    updateField(ids: number[], field: string, value: string | number | null) {
      const editable = field as EditableField;
      const normalised = typeof value === 'string' ? value.trim() || null : value;
      const problem = fieldProblemSaid(editable, normalised);
      if (problem) {
        const issue = issueOf(field, problem);
        throw new AppError('invalid-input', `${labelOf(editable)}: ${issue.message}`, [issue], problem);
      }
      const updated = db.transaction(() => {
        const changed = setField(db, ids, editable, normalised, stamp());
        for (const productNumber of changed) markPending(db, productNumber, 'upsert', [field], stamp());
        if (editable === 'price' && changed.length > 0) followCataloguePrice(db, ids);
        return changed.length;
      })();
      if (updated > 0) events.emit('catalogue:changed', { reason: 'edit' });
      return { updated };
    },

    remove(ids: number[]) {
      const deleted = db.transaction(() => {
        const numbers = deleteProducts(db, ids);
        for (const productNumber of numbers) markPending(db, productNumber, 'delete', [], stamp());
        return numbers.length;
      })();
      if (deleted > 0) events.emit('catalogue:changed', { reason: 'delete' });
      return { deleted };
    },

    async importPreview(fileId: string, fileName: string, options: CsvReadOptions): Promise<ImportPreview> {
      const file = files.pathOf(fileId);
      const preview = await previewCsv(file, options);
      return { fileId, fileName, ...preview, suggestedMapping: suggestMapping(preview.headers, preview.sampleRows), conditionGrades: conditionGrades() };
    },

    async importRun(fileId: string, options: CsvReadOptions, mapping: ColumnTarget[], acceptMostlyRefused = false, duplicates: DuplicatePolicy = 'last-wins') {
      const file = files.pathOf(fileId);
      const report = await importCsv(db, file, {
        options,
        mapping,
        acceptMostlyRefused,
        duplicates,
        now: stamp(),
        onProgress: (progress) => events.emit('import:progress', { fileId, ...progress }),
      });
      if (report.inserted + report.updated > 0) {
        // The search index catches up now, while the import screen is still open, not at the merchant's first search.
        updateSearchIndex(db);
        events.emit('catalogue:changed', { reason: 'import' });
      }
      return report;
    },

    exportCsv: () => exportCsv(db, now()),
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
