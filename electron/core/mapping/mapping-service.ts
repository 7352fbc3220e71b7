// The mapping service: categorisation against the stored Back Market tree, field and value mappings, carrier mapping,
// readiness per country (cached, recomputed on every change), per-country prices, and mapping export/import.
// Every change marks the products whose content or offer it changes as pending, with the Back Market field names.
import { isGrade } from '../../../shared/grades';
import type { CountrySetting } from '../../../shared/connection';
import { treeLanguages } from '../../../shared/market-language';
import {
  BM_FIELDS,
  findBmField,
  parseCategoryAttributeKey,
  type CategoryHit,
  type FieldSource,
  type MappingSection,
  type MerchantCategories,
  type MerchantCategory,
  type ValueMapName,
} from '../../../shared/mapping';
import { compileContext, problemsByCountry, mappingCompleteness, type ValidationContext } from '../../../shared/validation';
import { catalogueCurrencyClash, catalogueCurrencyMessage } from '../../../shared/validation/price-currency';
import type { CategoryTree } from '../backmarket';
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { notFound, saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import type { EventBus } from '../events';
import { suggestLeafForCategory } from './category-path-suggestion';
import { categoryTreeInfo, findCategory, searchCategoryTree, storeCategoryTree, storeTreeLanguage } from './category-tree-repo';
import { categoryAttributesView, fieldMappingView } from './field-view';
import { exportMappings, parseMappingFile, writeMappings } from './mapping-file';
import { SUGGESTED_OFFER_COMMENTS } from '../../../shared/offer-comment';
import { createLeafRuleCalls } from './leaf-rule-calls';
import { categoryBranchSummary, IN_LEAF_WHERE, productsFollowingCategory, ruleLeafIds } from './leaf-rules-repo';
import { fieldMappings, setCategoryMapping, setFieldMapping, setValueMapping, categoryMappings } from './mapping-repo';
import { createPriceFillCalls, memoryRatesSettings, type CurrencyRatesSettings } from './price-fill';
import { createPricingCalls } from './pricing-calls';
import { createReadinessCache } from './readiness-cache';
import { readinessCounts } from './readiness-repo';
import { loadSnapshot, marketCountries } from './snapshot';
import { allProductNumbers, distinctValues, productNumbersWithValue } from './source-sql';
import { suggestAttributeSource, suggestFieldSource } from './suggestions';
import { attributeNames } from './source-sql';
import { validationProduct } from './validation-products';
import { valueMapScope, valueMapView } from './value-map-view';
import { uncategorised } from './uncategorised';

export interface MappingDeps {
  /** The catalogue database of the current mode, undefined before setup. */
  database: () => Db | undefined;
  /** The countries the merchant sells in, as set up. */
  countries: () => readonly CountrySetting[];
  /** The tree as Back Market serves it to one market (Accept-Language): names and values in that market's language. */
  fetchCategoryTree: (market: string) => Promise<CategoryTree[]>;
  events: EventBus;
  now: () => Date;
  /** Where the currency rates of price fills are kept: the settings file in the app; memory when not given. */
  rateSettings?: CurrencyRatesSettings;
}

/** Removes the per-country comments that are still exactly one of Refurb Desk's suggested texts. */
function dropSuggestedComments(db: Db, at: string): void {
  const suggested = new Set(Object.values(SUGGESTED_OFFER_COMMENTS));
  for (const entry of fieldMappings(db)) {
    if (entry.backMarketField === 'comment' && entry.country !== '' && entry.source.kind === 'fixed' && suggested.has(entry.source.value)) setFieldMapping(db, 'comment', entry.country, null, at);
  }
}

/** The markets where Back Market holds this product's listing (as the planner reads it: accepted or adopted, no task in flight). */
function listingHeldMarkets(db: Db, productNumber: string): string[] {
  return db
    .prepare(
      `SELECT country FROM listing_states WHERE product_number = ? AND task IS NULL
         AND (content_hash <> '' OR listing_id IS NOT NULL OR listing_uuid IS NOT NULL) ORDER BY country`,
    )
    .pluck()
    .all(productNumber) as string[];
}

export function createMappingService({ database, countries, fetchCategoryTree, events, now, rateSettings = memoryRatesSettings() }: MappingDeps) {
  const stamp = () => now().toISOString();
  const readiness = createReadinessCache(now);

  const requireDb = (): Db => {
    const db = database();
    if (!db) throw saidError('unavailable', said('setup.notSetUp'));
    return db;
  };
  const markets = () => marketCountries(countries());
  const snapshotOf = (db: Db) => loadSnapshot(db, markets());
  const contextOf = (db: Db): ValidationContext => compileContext(snapshotOf(db));

  /** Marks products pending in the caller's transaction (in these markets only, when given); returns how many. */
  const markAll = (db: Db, productNumbers: readonly string[], fields: readonly string[], markets?: readonly string[]) => {
    const at = stamp();
    for (const productNumber of productNumbers) markPending(db, productNumber, 'upsert', fields, at, markets);
    return productNumbers.length;
  };

  /** After a mapping change: readiness recomputed for the new rules, the screens told. */
  const changed = (db: Db, section: MappingSection | 'tree' | 'prices' | 'import', affected: number, ids?: readonly number[]) => {
    const context = contextOf(db);
    if (ids) readiness.recompute(db, context, ids);
    else readiness.recomputeAll(db, context);
    events.emit('mapping:changed', { section });
    if (affected > 0) events.emit('catalogue:changed', { reason: 'edit' });
  };

  /** A stored tree lacking an enabled market's language (an upgrade, a market just enabled): fetched in the background. */
  const fetchMissingLanguages = (db: Db) => {
    const info = categoryTreeInfo(db, treeLanguages(markets()).map((entry) => entry.language));
    if (info.nodeCount === 0 || info.missingLanguages.length === 0) return;
    // Best effort: offline, the markets concerned keep waiting and the categories screen offers the refresh.
    service.categoryTree().catch(() => undefined);
  };

  // Product edits, imports and deletions recheck only what changed; a new database or new countries recheck all.
  events.subscribe((name) => {
    if (name !== 'catalogue:changed' && name !== 'connection:changed') return;
    const db = database();
    if (!db?.open) return;
    if (name === 'connection:changed') fetchMissingLanguages(db);
    try {
      readiness.refresh(db, () => contextOf(db));
    } catch (error) {
      // The edit itself succeeded; a stale readiness cache is rebuilt on the next change or readiness call.
      console.error('Refurb Desk: the readiness check after a catalogue change failed', error);
    }
  });

  const productIdsInCategory = (db: Db, merchantCategory: string) => db.prepare('SELECT id FROM products WHERE category = ?').pluck().all(merchantCategory) as number[];
  const numbersInCategory = (db: Db, merchantCategory: string) => db.prepare('SELECT product_number FROM products WHERE category = ?').pluck().all(merchantCategory) as string[];
  const leafWhere = IN_LEAF_WHERE;

  function merchantCategory(db: Db, name: string, productCount: number, marketplaceCategoryId: number | null): MerchantCategory {
    const node = marketplaceCategoryId === null ? undefined : findCategory(db, marketplaceCategoryId);
    const leaf: CategoryHit | null = node && node.isLeaf ? (({ attributes: _attributes, ...hit }) => hit)(node) : null;
    return {
      merchantCategory: name,
      productCount,
      marketplaceCategoryId,
      leaf,
      stale: marketplaceCategoryId !== null && leaf === null,
      suggestion: marketplaceCategoryId === null ? suggestLeafForCategory(db, name) : null,
      branches: categoryBranchSummary(db, name),
    };
  }

  function validateSource(field: string, source: FieldSource | null): void {
    if (source?.kind === 'price-matrix' && field !== 'price') throw saidError('invalid-input', said('mapping.priceMatrixOnlyPrice'));
    if (field === 'grade' && source?.kind === 'fixed' && !isGrade(source.value)) {
      throw saidError('invalid-input', said('mapping.notAGrade', { value: source.value }));
    }
  }

  const service = {
    /**
     * The stored tree; fetched when asked, when none is stored, or when an enabled market's language has none yet. One
     * fetch per market language (Accept-Language of its first market); the first market's tree is the one categories
     * are searched in. A language that fails keeps its previous tree.
     */
    async categoryTree(refresh?: boolean) {
      const db = requireDb();
      const languages = treeLanguages(markets());
      const wanted = languages.map((entry) => entry.language);
      const stored = categoryTreeInfo(db, wanted);
      const fetchAll = refresh === true || (refresh === undefined && stored.nodeCount === 0);
      const toFetch = fetchAll ? languages : refresh === undefined ? languages.filter((entry) => stored.missingLanguages.includes(entry.language)) : [];
      if (toFetch.length === 0) return stored;
      const fetched: { language: string; market: string; roots: CategoryTree[] }[] = [];
      const failed: { language: string; reason: string }[] = [];
      for (const entry of toFetch) {
        try {
          fetched.push({ ...entry, roots: await fetchCategoryTree(entry.market) });
        } catch (error) {
          failed.push({ language: entry.language, reason: error instanceof Error ? error.message : String(error) });
        }
      }
      const unavailable = () => {
        const reason = failed[0]?.reason ?? '';
        const date = stored.fetchedAt?.slice(0, 10);
        if (failed.length < toFetch.length) {
          const failedLanguages = failed.map((entry) => entry.language).join(', ');
          return saidError('unavailable', date ? said('mapping.treeUnavailableInKept', { languages: failedLanguages, reason, date }) : said('mapping.treeUnavailableIn', { languages: failedLanguages, reason }));
        }
        return saidError('unavailable', date ? said('mapping.treeUnavailableKept', { reason, date }) : said('mapping.treeUnavailable', { reason }));
      };
      if (fetched.length === 0) {
        if (refresh !== true) return stored;
        throw unavailable();
      }
      const current = requireDb();
      const at = stamp();
      // The home market's tree is the one searched and shown; without it and without any stored, another stands in.
      const home = fetched.find((entry) => entry.market === languages[0]?.market) ?? (stored.nodeCount === 0 ? fetched[0] : undefined);
      current.transaction(() => {
        for (const entry of fetched) {
          if (entry === home && (fetchAll || stored.nodeCount === 0)) storeCategoryTree(current, entry.roots, at, entry.language, entry.market);
          else storeTreeLanguage(current, entry.language, entry.market, entry.roots, at);
        }
      })();
      changed(current, 'tree', 0);
      // The languages fetched are kept; one that failed stays missing (its markets wait) and a refresh says so.
      if (failed.length > 0 && refresh === true) throw unavailable();
      return categoryTreeInfo(current, wanted);
    },

    searchCategories: (query: string, limit: number, leavesOnly: boolean) => searchCategoryTree(requireDb(), query, limit, leavesOnly),

    merchantCategories(): MerchantCategories {
      const db = requireDb();
      const mapped = new Map(categoryMappings(db).map((row) => [row.merchantCategory, row.marketplaceCategoryId]));
      const counts = db.prepare("SELECT category, count(*) AS n FROM products WHERE category IS NOT NULL AND category != '' GROUP BY category ORDER BY category").all() as { category: string; n: number }[];
      const categories = counts.map((row) => merchantCategory(db, row.category, row.n, mapped.get(row.category) ?? null));
      const unmapped = categories.filter((entry) => entry.leaf === null);
      return {
        categories,
        // A product a brand rule or its own leaf sends somewhere is not held back by its category being unmapped.
        unmapped: { categories: unmapped.length, products: unmapped.reduce((sum, entry) => sum + (entry.branches && entry.branches.leafIds.length > 0 ? productsFollowingCategory(db, entry.merchantCategory) : entry.productCount), 0) },
        ...uncategorised(db),
        tree: categoryTreeInfo(db, treeLanguages(markets()).map((entry) => entry.language)),
      };
    },

    setCategory(name: string, marketplaceCategoryId: number | null) {
      const db = requireDb();
      if (marketplaceCategoryId !== null) {
        const node = findCategory(db, marketplaceCategoryId);
        if (!node) throw saidError('invalid-input', said('mapping.categoryNotInTree', { id: marketplaceCategoryId }));
        if (!node.isLeaf) throw saidError('invalid-input', said('mapping.notLeaf', { path: node.path }));
      }
      const affectedProducts = db.transaction(() => {
        setCategoryMapping(db, name, marketplaceCategoryId, stamp());
        return markAll(db, numbersInCategory(db, name), ['category_id']);
      })();
      changed(db, 'categories', affectedProducts, productIdsInCategory(db, name));
      return { ...merchantCategory(db, name, affectedProducts, marketplaceCategoryId), affectedProducts };
    },

    categoryAttributes: (marketplaceCategoryId: number) => categoryAttributesView(requireDb(), marketplaceCategoryId),

    fields: () => fieldMappingView(requireDb(), markets()),

    setField(backMarketField: string, country: string | undefined, source: FieldSource | null) {
      const db = requireDb();
      const spec = findBmField(backMarketField);
      const attributeKey = parseCategoryAttributeKey(backMarketField);
      if (!spec && !attributeKey) throw saidError('invalid-input', said('mapping.notAField', { name: backMarketField }));
      if (country && !spec?.perCountry) throw saidError('invalid-input', said('mapping.oneValueEveryCountry', { label: spec?.label ?? backMarketField }));
      validateSource(backMarketField, source);
      const market = country ? markets().find((entry) => entry.code === country) : undefined;
      if (market && catalogueCurrencyClash(backMarketField, source, market.currency)) {
        throw saidError('invalid-input', catalogueCurrencyMessage(backMarketField, market.code, market.currency));
      }
      const affectedProducts = db.transaction(() => {
        setFieldMapping(db, backMarketField, country ?? '', source, stamp());
        // The merchant's own comment for every country replaces the suggested ones applied per country (they would win).
        if (backMarketField === 'comment' && !country && source) dropSuggestedComments(db, stamp());
        if (attributeKey) return markAll(db, allProductNumbers(db, leafWhere, { leaf: attributeKey.marketplaceCategoryId }), [attributeKey.field]);
        // A source mapped for one market changes that market's offers alone.
        return spec?.group === 'internal' || spec?.notApplied ? 0 : markAll(db, allProductNumbers(db), [backMarketField], country ? [country] : undefined);
      })();
      changed(db, attributeKey ? 'category-attributes' : 'attributes', affectedProducts);
      return { affectedProducts };
    },

    applySuggestions() {
      const db = requireDb();
      const names = attributeNames(db);
      const existing = new Set(fieldMappings(db).map((entry) => `${entry.backMarketField}|${entry.country}`));
      const at = stamp();
      let applied = 0;
      const fields = new Set<string>();
      const apply = (field: string, country: string, source: FieldSource | null, markAs: string = field) => {
        if (!source || existing.has(`${field}|${country}`)) return;
        setFieldMapping(db, field, country, source, at);
        fields.add(markAs);
        applied += 1;
      };
      const affectedProducts = db.transaction(() => {
        for (const spec of BM_FIELDS) {
          apply(spec.field, '', suggestFieldSource(spec.field, names));
          if (spec.field === 'currency') for (const market of markets()) apply(spec.field, market.code, suggestFieldSource(spec.field, names, market));
          // No comment attribute: each market gets the suggested comment in its language, unless one is mapped for all.
          if (spec.field === 'comment' && !suggestFieldSource(spec.field, names) && !existing.has('comment|')) {
            for (const market of markets()) apply(spec.field, market.code, suggestFieldSource(spec.field, names, market));
          }
          if (spec.field === 'price') {
            for (const market of markets()) {
              const suggestion = suggestFieldSource(spec.field, names, market);
              if (suggestion?.kind === 'attribute') apply(spec.field, market.code, suggestion);
            }
          }
        }
        for (const leafId of new Set([...categoryMappings(db).map((row) => row.marketplaceCategoryId), ...ruleLeafIds(db)])) {
          const view = findCategory(db, leafId);
          for (const attribute of view?.isLeaf ? view.attributes : []) {
            apply(`category:${leafId}:${attribute.field}`, '', suggestAttributeSource(attribute, names), attribute.field);
          }
        }
        return fields.size > 0 ? markAll(db, allProductNumbers(db), [...fields]) : 0;
      })();
      if (applied > 0) changed(db, 'attributes', affectedProducts);
      return { applied, affectedProducts };
    },

    valueMap(map: string) {
      const db = requireDb();
      return valueMapView(db, contextOf(db), map as ValueMapName);
    },

    setValue(map: string, merchantValue: string, target: string | null) {
      const db = requireDb();
      const scope = valueMapScope(db, contextOf(db), map as ValueMapName);
      if (target !== null && !scope.isTarget(target)) {
        const code = map === 'condition' ? 'mapping.notAGradeTarget' : map === 'carrier' ? 'mapping.notAShipperTarget' : 'mapping.notAnAttributeValue';
        throw saidError('invalid-input', said(code, { target }));
      }
      const affectedProducts = db.transaction(() => {
        setValueMapping(db, map, merchantValue, target, stamp());
        const numbers = new Set(scope.sources.flatMap((source) => productNumbersWithValue(db, source, merchantValue, scope.where, scope.params)));
        return markAll(db, [...numbers], scope.fields);
      })();
      changed(db, map === 'condition' ? 'conditions' : map === 'carrier' ? 'carriers' : map === 'content-language' ? 'attributes' : 'category-attributes', affectedProducts);
      return { affectedProducts };
    },

    merchantValues: (source: FieldSource, limit: number) => distinctValues(requireDb(), source, limit),

    completeness() {
      const db = requireDb();
      return mappingCompleteness(contextOf(db));
    },

    problems(productId: number) {
      const db = requireDb();
      const product = validationProduct(db, productId);
      if (!product) throw notFound({ thing: 'product' });
      const listingHeldIn = listingHeldMarkets(db, product.productNumber);
      return { productId, productNumber: product.productNumber, countries: problemsByCountry(product, contextOf(db), 'offer', new Set(listingHeldIn)), listingHeldIn };
    },

    /** The engine's input as main builds it, so the renderer gives the same answer instantly. */
    snapshot: () => snapshotOf(requireDb()),

    readiness() {
      const db = requireDb();
      readiness.refresh(db, () => contextOf(db));
      return readinessCounts(
        db,
        markets().map((market) => market.code),
      );
    },

    exportMappings: () => exportMappings(requireDb(), now()),

    importMappings(content: string) {
      const db = requireDb();
      const file = parseMappingFile(content);
      const fieldsTouched = new Set<string>(['category_id', ...file.fields.map((entry) => parseCategoryAttributeKey(entry.backMarketField)?.field ?? entry.backMarketField)]);
      const affectedProducts = db.transaction(() => {
        writeMappings(db, file, stamp());
        return markAll(db, allProductNumbers(db), [...fieldsTouched]);
      })();
      changed(db, 'import', affectedProducts);
      return { categories: file.categories.length, fields: file.fields.length, values: file.values.length, affectedProducts };
    },

    ...createPricingCalls({ requireDb, markets, contextOf, markAll, changed }),
    ...createLeafRuleCalls({ requireDb, stamp, markAll, changed }),
    ...createPriceFillCalls({ requireDb, markets, contextOf, markAll, changed, settings: rateSettings }),
  };
  return service;
}

export type MappingService = ReturnType<typeof createMappingService>;
