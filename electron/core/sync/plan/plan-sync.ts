// The planner: compares each candidate offer's intent (catalogue + mapping) with what Back Market last accepted per
// country and decides what a sync sends. Candidates (plan-reads.ts): every product in the outbox (edits, imports,
// mapping changes, retries and take-offline all mark it) and every offer with an enabled country not settled (never
// synced, a country just enabled, a hash cleared because Back Market's copy changed elsewhere). The hashes decide: an
// offer marked without a real change sends nothing. Deleted products in the outbox are taken offline.
import { type ChangeKind, type FieldChange, type PlanSummary } from '../../../../shared/sync';
import { compileContext, isProductSheetColumn, validateProduct, type MappingSnapshot, type ValidationContext, type ValidationProduct } from '../../../../shared/validation';
import type { OfferKey } from '../run/listing-state-repo';
import { findBmField } from '../../../../shared/mapping';
import type { SkuLineBudget } from '../../backmarket';
import type { Db } from '../../db/connection';
import type { LanguageWarning } from '../../../../shared/market-language';
import type { BlockedOffer, HeldListing, OfferHashes, OutboxMarkets, Plan, PlannedLine, PlannedMinPrice, PlannedStockUpdate, PlannedTask } from '../plan-types';
import { BlockedProblems } from './blocked-problems';
import { applyBudget } from './budget';
import { lineHash, stockHashOf } from './hashes';
import { planMinPrices } from './min-prices';
import { compileOfferRules, type CellGroup, type CountryRules, type OfferRules } from './offer-cells';
import { countryCells, offerValues, productCells, skuReader, type CountryCells, type ProductCells } from './offer-intent';
import { acceptedValuesReader, backMarketListingReader, backMarketSpelling, candidateOffers, heldOutside, takenOverReader, type HeldCount, listingStates, offByChoice, offerProducts, offerRows, outboxChanges, settledUnchanged, stateKey, type ListingStateRow, type OutboxMark } from './plan-reads';
import { changedCells, sameCell } from './held-values';
import { cachedBits, notReadyOfStored } from './readiness';
import { buildTasks, type LineDraft } from './tasks';
import { rememberProductIds } from './view';
import { heldEverywhere, heldOffers, keptOffMarkets, skuKey, unreadMarkets } from '../../account/account-repo';
import { heldForReview, heldOffMarket, heldUnread } from '../../account/hold';
import { sharedSkus } from '../../db/sku-key';
import { heldSharedSku, withSharedSkuOffers } from './shared-sku';

export interface PlanOptions {
  db: Db;
  snapshot: MappingSnapshot;
  now: Date;
  budget: SkuLineBudget;
  /**
   * Holds new offers (no listing known) in the enabled markets whose listings were never read (no account read): Back
   * Market may already hold them there. On for a Back Market account; the built-in sandbox and the tests leave it out.
   */
  holdUnreadMarkets?: boolean;
}

/**
 * A unit of budgeted work: task lines (a new offer in all its countries is one unit, split by the budget if need be),
 * or a real-time stock update (one per SKU). Lines are built only once the budget lets them go now: a first sync of
 * 100,000 offers sends 2,000 and counts the rest.
 */
type Work = { kind: ChangeKind; productNumber: string; countries: readonly string[]; offers: number; lines: number; split?: (lines: number) => [Work, Work]; productId?: number } & (
  | { via: 'task'; drafts: () => LineDraft[] }
  | { via: 'realtime'; update: PlannedStockUpdate }
  | { via: 'min-price'; update: PlannedMinPrice }
);

/**
 * A stored group hash that differs from the intent's is checked cell by cell against what Back Market holds (the accepted
 * values, which follow every read of its listings: account/back-office.ts, run/reconcile.ts): an empty one (cleared because
 * Back Market's copy changed elsewhere) or the review's "keep mine" sends the cells that differ, and nothing when every
 * cell holds what Back Market holds — a line never shows « 12 → 12 ».
 */

/** Back Market holds this offer's listing: accepted from Refurb Desk or adopted from the account (its id known, or a state taken over). */
const holdsListing = (state: ListingStateRow): boolean => state.task === null && (state.content_hash !== '' || state.listing_id !== null || state.listing_uuid !== null);

/**
 * The cells of an offer Refurb Desk took over from the account without the product sheet (title, brand, images,
 * description, category and its attributes…): Back Market's product is the merchant's there, and updating the listing
 * sends only the listing's own fields, as the pre-flight check's 'listing' scope asks only for them.
 */
function listingCells(cells: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [column, value] of Object.entries(cells)) if (!isProductSheetColumn(column)) kept[column] = value;
  return kept;
}

/**
 * An offer taken over from the account is updated as Back Market holds it: its listing gives no EAN, so the catalogue's
 * is not sent (it was never asked about, and is no change of the offer) when Back Market's product id names the product
 * — unless the merchant changed the EAN the catalogue had when the offer was taken over.
 */
function identifyAsHeld(cells: Record<string, string>, held: Readonly<Record<string, string>>): void {
  if (cells.ean === undefined) return;
  const recorded = held.ean ?? '';
  if (recorded !== '' && !sameCell('ean', cells.ean, recorded)) return;
  const productId = cells.product_id ?? cells.backmarket_id ?? held.product_id ?? held.backmarket_id;
  if (!productId) return;
  delete cells.ean;
  if (cells.product_id === undefined && cells.backmarket_id === undefined) {
    if (held.product_id) cells.product_id = held.product_id;
    else if (held.backmarket_id) cells.backmarket_id = held.backmarket_id;
  }
}

/** Field by field, what changes against the values Back Market accepted ('' before for a new offer). */
function fieldChanges(after: Record<string, string>, before: Record<string, string>, only?: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of only ?? Object.keys(after)) {
    const next = after[field] ?? '';
    const previous = before[field] ?? '';
    if (next !== previous) changes.push({ field, before: previous, after: next });
  }
  return changes;
}

/**
 * A line's language, and the texts it sends in the catalogue's language while the merchant has not chosen for its market
 * (of the `sent` cells only, when the line leaves some texts out).
 */
function languageOf(rules: CountryRules, cells: ProductCells, sent?: Readonly<Record<string, string>>): Pick<PlannedLine, 'language' | 'catalogueTexts'> {
  const all = rules.catalogueTexts(cells.product);
  const texts = sent ? all.filter((field) => sent[field] !== undefined) : all;
  return texts.length > 0 ? { language: rules.language, catalogueTexts: texts } : { language: rules.language };
}

/** Per market, the lines of this sync that send catalogue-language texts and which texts. */
function languageWarnings(tasks: readonly PlannedTask[], context: ValidationContext): LanguageWarning[] {
  const warnings = new Map<string, LanguageWarning>();
  for (const task of tasks) {
    for (const line of task.lines) {
      if (!line.catalogueTexts || line.catalogueTexts.length === 0) continue;
      let warning = warnings.get(line.country);
      if (!warning) {
        warning = { country: line.country, language: line.language ?? '', catalogueLanguage: context.catalogueLanguage, fields: [], lines: 0, choice: null };
        warnings.set(line.country, warning);
      }
      warning.lines += 1;
      for (const field of line.catalogueTexts) if (!warning.fields.includes(field)) warning.fields.push(field);
    }
  }
  return [...warnings.values()];
}

class Planner {
  readonly context: ValidationContext;
  private readonly rules: OfferRules;
  private readonly states: Map<string, ListingStateRow>;
  readonly candidates: number[] | 'all';
  readonly outbox: Map<string, OutboxMark>;
  private readonly accepted: (productNumber: string, country: string) => Record<string, string>;
  readonly work: Work[] = [];
  readonly blocked: BlockedOffer[] = [];
  /**
   * Per market, the blocked offers whose listing Back Market holds (it keeps what it has for them) and those in a market
   * never read (whether it holds them is not known): the others are on no Back Market listing, and nothing is sent for them.
   */
  readonly heldWhere = new Map<string, HeldCount>();
  /** Product number -> id of every offer planned, for the dry run's links. */
  readonly seen = new Map<string, number>();
  unchanged = 0;
  /** Offers recorded as held back that Back Market holds and that are ready to update now: their status is restored. */
  readonly restored: OfferKey[] = [];
  /** Offers recorded as held back in a market the merchant keeps the product off: the record goes (off by choice). */
  readonly cleared: OfferKey[] = [];
  /** Offers recorded as None · held back, without a listing on Back Market, that the check no longer holds: the record goes. */
  readonly released: OfferKey[] = [];
  /** Per market, the offers kept off by the merchant's choice (neither sent, pending nor held back). */
  readonly keptOffByChoice = new Map<string, number>();
  private readonly offByChoice: Set<string>;
  /** Offers Back Market already holds that Refurb Desk has not taken over (the existing account's review): never sent. */
  private readonly held: Map<string, HeldListing>;
  private readonly heldProducts: Set<string>;
  /** Of those, the products held in every market (a shared field undecided, or not compared yet): heldEverywhere. */
  private readonly heldAll: Set<string>;
  /** Imported products' offers in markets where Back Market held no listing of them, not chosen to publish: never created. */
  private readonly keptOff: Set<string>;
  private readonly keptOffProducts: Set<string>;
  /** The enabled markets never read, where new offers wait for the read (empty unless holdUnreadMarkets). */
  private readonly unread: Set<string>;
  /** Products whose SKU another product has in another case (one listing on Back Market): held, with every spelling. */
  private readonly sharedSku: Map<string, string[]>;

  constructor(private readonly options: PlanOptions) {
    this.context = compileContext(options.snapshot);
    this.rules = compileOfferRules(this.context);
    const countries = options.snapshot.countries.map((country) => country.code);
    this.outbox = outboxChanges(options.db);
    const looked = candidateOffers(options.db, countries);
    this.sharedSku = sharedSkus(options.db, looked === 'all' ? undefined : looked.map((candidate) => candidate.productNumber));
    const candidates = withSharedSkuOffers(options.db, looked, this.sharedSku);
    this.candidates = candidates === 'all' ? 'all' : candidates.map((candidate) => candidate.id);
    // The outbox's products that are no offer (deleted, or now a parent of variations) may have listings to take offline.
    const productNumbers = candidates === 'all' ? 'all' : [...new Set([...candidates.map((candidate) => candidate.productNumber), ...this.outbox.keys()])];
    this.states = listingStates(options.db, productNumbers, countries);
    this.accepted = acceptedValuesReader(options.db);
    this.spelled = backMarketSpelling(options.db);
    this.listingAsRead = backMarketListingReader(options.db);
    this.takenOver = takenOverReader(options.db);
    const catalogueSku = skuReader(this.rules);
    this.skuOf = (product) => {
      const sku = catalogueSku(product);
      return sku === '' ? sku : this.spelled(sku);
    };
    this.problems = new BlockedProblems(options.db, this.context, this.seen);
    this.held = heldOffers(options.db);
    this.heldProducts = new Set([...this.held.keys()].map((key) => key.slice(0, key.indexOf('\u0000'))));
    this.heldAll = heldEverywhere(options.db, this.held, countries);
    this.keptOff = keptOffMarkets(options.db);
    this.keptOffProducts = new Set([...this.keptOff].map((key) => key.slice(0, key.indexOf('\u0000'))));
    this.offByChoice = this.keptOff.size > 0 ? offByChoice(options.db) : new Set();
    this.unread = new Set(options.holdUnreadMarkets ? unreadMarkets(options.db, countries) : []);
  }

  /** The blocked offers' messages, built when the runner records them (or an offer's when it is read). */
  readonly problems: BlockedProblems;

  /** The SKU as sent ('' when unmapped), read alone for an offer held back: Back Market's spelling where it holds it. */
  private readonly skuOf: (product: ValidationProduct) => string;
  private readonly spelled: (sku: string) => string;
  private readonly listingAsRead: (sku: string, country: string) => { product_id: string; title: string } | undefined;
  /** Whether Refurb Desk took this offer over from the account (Back Market held it before), rather than created it. */
  private readonly takenOver: (state: ListingStateRow) => boolean;

  /**
   * What Back Market holds for an offer: the values it last accepted, and where they never said them (an offer taken
   * over from the account), the SKU as Back Market spells it and the product id and title its listing shows.
   */
  private holding(state: ListingStateRow): Record<string, string> {
    const held = { ...this.accepted(state.product_number, state.country) };
    held.sku = this.spelled(held.sku ?? state.sku);
    if (held.product_id === undefined || held.title === undefined) {
      const listing = this.listingAsRead(held.sku, state.country);
      if (listing?.product_id && held.product_id === undefined && held.backmarket_id === undefined) held.product_id = listing.product_id;
      if (listing?.title && held.title === undefined) held.title = listing.title;
    }
    return held;
  }

  /**
   * Plans every candidate offer in id order. With the readiness cache, an offer it calls ready in every country and that
   * has no listing state yet (the bulk of a first sync) is planned from its id alone: its cells are resolved only if the
   * budget lets its lines go now. The others are read in full, validated and compared.
   */
  planOffers(): void {
    const db = this.options.db;
    const count = this.candidates === 'all' ? Number.MAX_SAFE_INTEGER : this.candidates.length;
    const storedBits = cachedBits(db, this.context, count);
    const rows = offerRows(db, this.candidates, storedBits !== null);
    // Per row: the cached mask, or undefined when the engine must answer; -1 marks an offer planned from its id alone.
    const notReadyOf = rows.map(([, productNumber, ready]) => {
      const notReady = ready === null || storedBits === null ? undefined : notReadyOfStored(ready, storedBits);
      return notReady === 0 && this.unread.size === 0 && !this.hasStates(productNumber) && !this.heldProducts.has(productNumber) && !this.keptOffProducts.has(productNumber) && !this.sharedSku.has(productNumber) ? -1 : notReady;
    });
    const products = offerProducts(db, this.context, rows.flatMap(([id], index) => (notReadyOf[index] === -1 ? [] : [id])))[Symbol.iterator]();
    let next = products.next();
    for (const [index, [id, productNumber]] of rows.entries()) {
      const notReady = notReadyOf[index];
      if (notReady === -1) {
        this.seen.set(productNumber, id);
        this.work.push(this.newOffers(productNumber, id, this.rules.countries));
        continue;
      }
      while (!next.done && next.value.id < id) next = products.next();
      // A product deleted meanwhile (by another process) is left to the next sync.
      if (next.done || next.value.id !== id) continue;
      this.planProduct(next.value, notReady ?? validateProduct(next.value, this.context));
      next = products.next();
    }
  }

  /** Holds an offer back, counting it by where it stands: on a Back Market listing, in a market never read, or on neither. */
  private hold(offer: BlockedOffer, where: 'onBackMarket' | 'notRead' | 'elsewhere'): void {
    this.blocked.push(offer);
    const count = this.heldWhere.get(offer.country) ?? { offers: 0, onBackMarket: 0, notRead: 0 };
    count.offers += 1;
    if (where !== 'elsewhere') count[where] += 1;
    this.heldWhere.set(offer.country, count);
  }

  /** Whether Back Market's side of this offer is known in any enabled country (none on a first sync). */
  private hasStates(productNumber: string): boolean {
    if (this.states.size === 0) return false;
    return this.rules.countries.some((country) => this.states.has(stateKey(productNumber, country.code)));
  }

  private planProduct(product: ValidationProduct, notReady: number): void {
    this.seen.set(product.productNumber, product.id);
    // Cells and hashes only for an offer compared with what Back Market holds: a new offer's are resolved when it goes.
    let cells: ProductCells | undefined;
    const cellsOf = () => (cells ??= productCells(product, this.rules));
    const realtime: { state: ListingStateRow; country: string }[] = [];
    const fresh: CountryRules[] = [];
    let listingNotReady: number | undefined;
    const stated = this.states.size > 0;
    for (const countryRules of this.rules.countries) {
      const code = countryRules.code;
      const state = stated ? this.states.get(stateKey(product.productNumber, code)) : undefined;
      // A task that may still carry this offer is settled first (read back from the listings): never sent twice.
      if (state && state.task !== null) continue;
      const spellings = this.sharedSku.size > 0 ? this.sharedSku.get(product.productNumber) : undefined;
      if (spellings) {
        this.blocked.push(heldSharedSku(product.productNumber, this.skuOf(product) || product.productNumber, code, spellings));
        continue;
      }
      // Quantity and grade are shared by every market of a listing (Back Market updates it by SKU): while one of them waits
      // for the review in any market, none of the product's markets is sent; a market's own field holds that market alone.
      if (this.heldAll.has(product.productNumber) || this.held.has(stateKey(product.productNumber, code))) {
        const managed = state !== undefined && (state.content_hash !== '' || state.stock_hash !== '' || state.price_hash !== '');
        this.hold(heldForReview(product.productNumber, this.skuOf(product) || product.productNumber, code, managed ? 'managed' : this.held.get(stateKey(product.productNumber, code))), 'onBackMarket');
        continue;
      }
      if (this.unread.has(code) && (!state || (state.content_hash === '' && state.listing_id === null && state.listing_uuid === null))) {
        this.hold(heldUnread(product.productNumber, this.skuOf(product) || product.productNumber, code), 'notRead');
        continue;
      }
      // An imported product where Back Market does not sell it: created there only once the merchant chose "Publish"
      // (what it would lack to be created there is said then).
      if (this.keptOff.has(stateKey(product.productNumber, code)) && (!state || state.content_hash === '')) {
        if (this.offByChoice.has(stateKey(product.productNumber, code))) {
          this.keptOffByChoice.set(code, (this.keptOffByChoice.get(code) ?? 0) + 1);
          if (state && state.status === 'none' && state.none_source === 'preflight') this.cleared.push({ productNumber: product.productNumber, country: code, sku: state.sku });
        } else this.hold(heldOffMarket(product.productNumber, this.skuOf(product) || product.productNumber, code), 'elsewhere');
        continue;
      }
      // A listing Back Market holds is updated, never created: only what the update needs is checked.
      const holds = state !== undefined && holdsListing(state);
      const bit = 1 << countryRules.country.index;
      if ((notReady & bit) !== 0 && (!holds || (listingNotReady ??= validateProduct(product, this.context, null, 'listing')) & bit)) {
        this.hold(this.problems.offer(product.productNumber, this.skuOf(product) || (state?.sku ?? product.productNumber), code, holds ? 'listing' : 'offer'), holds ? 'onBackMarket' : 'elsewhere');
        continue;
      }
      // Held back before and ready now: published as Back Market holds it, or (never on Back Market) sent as a new offer.
      if (state && ((state.status === 'none' && state.none_source === 'preflight') || state.change_held === 1)) {
        (holds ? this.restored : this.released).push({ productNumber: product.productNumber, country: code, sku: state.sku });
      }
      if (!state || state.content_hash === '') {
        if (this.isRefusedAsIs(cellsOf, countryRules, state)) this.unchanged += 1;
        else fresh.push(countryRules);
      } else if (this.planChange(cellsOf(), countryCells(cellsOf(), countryRules), state)) realtime.push({ state, country: code });
    }
    if (fresh.length > 0) this.work.push(this.newOffers(product.productNumber, product.id, fresh));
    if (realtime.length > 0) this.planRealtime(product.productNumber, cellsOf().quantity, realtime);
  }

  /** A new offer Back Market refused with these very values: not sent again until it changes or is retried. */
  private isRefusedAsIs(cellsOf: () => ProductCells, rules: CountryRules, state: ListingStateRow | undefined): boolean {
    return state !== undefined && state.rejected_hash !== '' && state.rejected_hash === lineHash(countryCells(cellsOf(), rules).hashes);
  }

  /**
   * New offers of one product. Their cells and hashes are resolved when the lines are built, from the product read again
   * then: a first sync of 100,000 offers sends 2,000 now, and the plan holds no product for the others meanwhile.
   */
  private newOffers(productNumber: string, productId: number, countries: readonly CountryRules[]): Work {
    const drafts = (): LineDraft[] => {
      const cells = this.reread.get(productId) as ProductCells;
      return countries.map((rules) => {
        const country = countryCells(cells, rules);
        const values = offerValues(this.rules.base, cells, country);
        // Back Market's listing is one per SKU for all markets: a market added to one it holds goes with its spelling.
        if (values.sku !== undefined) values.sku = this.spelled(values.sku);
        const line: PlannedLine = {
          productNumber,
          sku: values.sku ?? productNumber,
          country: rules.code,
          values,
          hashes: country.hashes,
          kind: 'new',
          changes: fieldChanges(values, {}),
          ...languageOf(rules, cells),
        };
        return { line, cells: values };
      });
    };
    const split = (lines: number): [Work, Work] => [this.newOffers(productNumber, productId, countries.slice(0, lines)), this.newOffers(productNumber, productId, countries.slice(lines))];
    return { kind: 'new', productNumber, countries: countries === this.rules.countries ? this.allCodes : countries.map((rules) => rules.code), offers: countries.length, lines: countries.length, via: 'task', productId, drafts, split };
  }

  /** Every enabled market's code, one array shared by the new offers of a first sync. */
  private get allCodes(): readonly string[] {
    return (this.codes ??= this.rules.countries.map((rules) => rules.code));
  }
  private codes: readonly string[] | undefined;

  /** The products of the new offers that go now, read again for their lines. */
  private readonly reread = new Map<number, ProductCells>();
  rereadProducts(ids: readonly number[]): void {
    for (const product of offerProducts(this.options.db, this.context, ids)) this.reread.set(product.id, productCells(product, this.rules));
  }

  /** Plans a price or content line; true when the stock changed and goes by a real-time update. */
  private planChange(product: ProductCells, country: CountryCells, state: ListingStateRow): boolean {
    const intent = country.hashes;
    let stock = intent.stock !== state.stock_hash;
    let price = intent.price !== state.price_hash;
    let content = intent.content !== state.content_hash;
    if (!stock && !price && !content) {
      this.unchanged += 1;
      return false;
    }
    // An offer Back Market held before Refurb Desk took it over: its content is the listing's own fields, never the
    // product sheet (neither sent nor a difference).
    let takenOver: boolean | undefined;
    const cellsOf = (groups: ReadonlySet<CellGroup>): Record<string, string> => {
      const cells = offerValues(this.rules.base, product, country, groups);
      return groups.has('content') && (takenOver ??= this.takenOver(state)) ? listingCells(cells) : cells;
    };
    // A hash that differs while every cell of its group holds what Back Market holds is no change (see held-values.ts).
    let held: Record<string, string> | undefined;
    const differs = (group: CellGroup): boolean => {
      held ??= this.holding(state);
      return changedCells(cellsOf(new Set([group])), held, new Set([group])).length > 0;
    };
    stock &&= differs('stock');
    price &&= differs('price');
    content &&= differs('content');
    if (!stock && !price && !content) {
      this.unchanged += 1;
      return false;
    }
    const realtime = stock && (state.listing_id !== null || state.listing_uuid !== null);
    // Without a known listing id the stock rides in the CSV line instead.
    const groups = new Set<CellGroup>();
    if (price) groups.add('price');
    if (content) groups.add('content');
    if (stock && !realtime) groups.add('stock');
    if (groups.size === 0) return realtime;
    // A group whose hash differed while its cells hold what Back Market holds takes the intent's hash with this line,
    // so the next plan need not compare its cells again; the stock a real-time update carries keeps its own until then.
    const hashes: OfferHashes = {
      stock: realtime ? state.stock_hash : intent.stock,
      price: intent.price,
      content: intent.content,
    };
    if (state.rejected_hash === lineHash(hashes)) {
      this.unchanged += 1;
      return realtime;
    }
    const kind: ChangeKind = price ? 'price' : content ? 'content' : 'stock';
    const drafts = (): LineDraft[] => {
      const cells = cellsOf(groups);
      const before = held ?? this.holding(state);
      // An update goes with Back Market's own spelling of the SKU (the contract is silent on case: never a second offer).
      const sku = before.sku ?? state.sku;
      if (cells.sku !== undefined && cells.sku !== sku && skuKey(cells.sku) === skuKey(sku)) cells.sku = sku;
      if (takenOver ?? (takenOver = this.takenOver(state))) identifyAsHeld(cells, before);
      const changes = changedCells(cells, before, groups);
      const line: PlannedLine = {
        productNumber: state.product_number,
        sku: cells.sku ?? state.sku,
        country: state.country,
        // What Back Market holds once it accepts the line: the accepted values with the sent cells over them.
        // The real-time update goes first in the run: once this line is accepted, Back Market holds its quantity too (the
        // line must not record the quantity held before it, nor its hash).
        values: realtime ? { ...before, ...cells, quantity: product.quantity } : { ...before, ...cells },
        hashes: realtime ? { ...hashes, stock: intent.stock } : hashes,
        kind,
        changes,
        ...(groups.has('content') ? languageOf(country.rules, product, takenOver ? cells : undefined) : { language: country.rules.language }),
      };
      return [{ line, cells }];
    };
    this.work.push({ kind, productNumber: state.product_number, countries: [state.country], offers: 1, lines: 1, via: 'task', drafts });
    return realtime;
  }

  private planRealtime(productNumber: string, quantity: string, rows: { state: ListingStateRow; country: string }[]): void {
    const stockHash = stockHashOf(quantity);
    const pending = rows.filter(({ state }) => state.rejected_hash !== lineHash({ stock: stockHash, price: state.price_hash, content: state.content_hash }));
    if (pending.length === 0) {
      this.unchanged += rows.length;
      return;
    }
    const first = (pending[0] as { state: ListingStateRow }).state;
    const before = this.accepted(first.product_number, first.country).quantity ?? '';
    const amount = Number(quantity);
    const update: PlannedStockUpdate = {
      productNumber,
      sku: this.spelled(first.sku),
      listingId: first.listing_id ?? (first.listing_uuid as string),
      quantity: amount,
      countries: pending.map((row) => row.country),
      stockHash,
      reason: amount === 0 ? 'offline' : 'stock',
      changes: [{ field: 'quantity', before, after: quantity }],
    };
    this.work.push({ kind: 'stock', productNumber, countries: update.countries, offers: pending.length, lines: 1, via: 'realtime', update });
  }

  /** Each listed offer's min_price where it changed (a price-kind update of one SKU line each). */
  planMinPrices(): void {
    for (const update of planMinPrices(this.options.db, this.context, (productNumber) => this.heldProducts.has(productNumber) || this.sharedSku.has(productNumber))) {
      this.work.push({ kind: 'price', productNumber: update.productNumber, countries: [update.country], offers: 1, lines: 1, via: 'min-price', update });
    }
  }

  /** Offers Back Market holds whose product is gone (deleted, or now a parent of variations), from the outbox: quantity 0. */
  planOffline(): void {
    const db = this.options.db;
    const offline = stockHashOf('0');
    const byProduct = new Map<string, ListingStateRow[]>();
    for (const state of this.states.values()) {
      if (!this.outbox.has(state.product_number) || this.seen.has(state.product_number) || state.task !== null) continue;
      if (state.content_hash === '' || state.stock_hash === offline) continue;
      const rows = byProduct.get(state.product_number);
      if (rows) rows.push(state);
      else byProduct.set(state.product_number, [state]);
    }
    const position = new Map(this.rules.countries.map((country, index) => [country.code, index]));
    // A product deleted while another one has its SKU in another case: the listing is that product's now (Back Market
    // ignores case), so it stays on sale; the read-back restores that product's values should it hold the deleted one's.
    const sameSkuKept = db.prepare('SELECT EXISTS (SELECT 1 FROM products WHERE product_number = ? COLLATE NOCASE AND product_number <> ?)').pluck();
    for (const [productNumber, unordered] of byProduct) {
      if (sameSkuKept.get(productNumber, productNumber) === 1) continue;
      const rows = unordered.sort((a, b) => (position.get(a.country) ?? 0) - (position.get(b.country) ?? 0));
      const known = rows.filter((row) => row.listing_id !== null || row.listing_uuid !== null);
      if (known.length > 0) this.planRealtime(productNumber, '0', known.map((state) => ({ state, country: state.country })));
      for (const state of rows.filter((row) => row.listing_id === null && row.listing_uuid === null)) {
        const hashes = { stock: offline, price: state.price_hash, content: state.content_hash };
        if (state.rejected_hash === lineHash(hashes)) continue;
        const drafts = (): LineDraft[] => {
          const sku = this.spelled(state.sku);
          const cells = { sku, quantity: '0' };
          const before = this.accepted(state.product_number, state.country);
          const line: PlannedLine = { productNumber, sku, country: state.country, values: { ...before, ...cells }, hashes, kind: 'stock', changes: fieldChanges(cells, before, ['quantity']) };
          return [{ line, cells }];
        };
        this.work.push({ kind: 'stock', productNumber, countries: [state.country], offers: 1, lines: 1, via: 'task', drafts });
      }
    }
  }
}

function addMarkets(byProduct: Map<string, Set<string>>, productNumber: string, markets: Iterable<string>): void {
  let set = byProduct.get(productNumber);
  if (!set) byProduct.set(productNumber, (set = new Set()));
  for (const market of markets) set.add(market);
}

/**
 * What the outbox should say once this plan is known, from the markets each product sends or records something in:
 * `quiet`, the entries of products that send nothing anywhere (the change waits for nothing); `narrow`, the entries that
 * concern markets where nothing is sent, cut down to those that send (a title edit in a product whose fr-fr offer
 * already holds that title). Narrowing never adds a market, and an entry cut down to none is kept, empty: the product
 * still sends in other markets, and the planner still reads it.
 */
function settleByMarket(outbox: ReadonlyMap<string, OutboxMark>, busy: ReadonlyMap<string, ReadonlySet<string>>, markets: readonly string[]): { quiet: string[]; narrow: OutboxMarkets[] } {
  const quiet: string[] = [];
  const narrow: OutboxMarkets[] = [];
  for (const [productNumber, mark] of outbox) {
    const sending = busy.get(productNumber);
    if (!sending || sending.size === 0) {
      quiet.push(productNumber);
      continue;
    }
    const concerned = mark.countries ?? markets;
    const kept = concerned.filter((market) => sending.has(market));
    if (kept.length < concerned.length) narrow.push({ productNumber, countries: kept });
  }
  return { quiet, narrow };
}

/** The category attributes among these fields, named as the catalogue's own tree names them. */
function attributeLabelsOf(context: ValidationContext, fields: readonly string[]): Record<string, string> {
  const wanted = new Set(fields.filter((field) => !findBmField(field)));
  const labels: Record<string, string> = {};
  if (wanted.size === 0) return labels;
  for (const leaf of context.leaves.values()) {
    for (const { attribute } of leaf.compiled) if (wanted.has(attribute.field) && !(attribute.field in labels)) labels[attribute.field] = attribute.label;
  }
  return labels;
}

export function planSync(options: PlanOptions): Plan {
  const planner = new Planner(options);
  planner.planOffers();
  planner.planOffline();
  planner.planMinPrices();
  const split = applyBudget(planner.work, options.budget, options.now);

  planner.rereadProducts([...new Set(split.now.flatMap((work) => (work.productId !== undefined ? [work.productId] : [])))]);
  const realtime: PlannedStockUpdate[] = [];
  const minPrices: PlannedMinPrice[] = [];
  const draftsByCountry = new Map<string, LineDraft[]>();
  const send: Record<ChangeKind, number> = { stock: 0, price: 0, new: 0, content: 0 };
  for (const work of split.now) {
    send[work.kind] += work.offers;
    if (work.via === 'realtime') realtime.push(work.update);
    else if (work.via === 'min-price') minPrices.push(work.update);
    else {
      for (const draft of work.drafts()) {
        const drafts = draftsByCountry.get(draft.line.country);
        if (drafts) drafts.push(draft);
        else draftsByCountry.set(draft.line.country, [draft]);
      }
    }
  }
  const countryOrder = options.snapshot.countries.map((country) => country.code);
  const tasks = [...draftsByCountry.entries()]
    .sort(([a], [b]) => countryOrder.indexOf(a) - countryOrder.indexOf(b))
    .flatMap(([country, drafts]) => buildTasks(country, drafts));

  const deferredProducts = new Set(split.deferred.map((work) => work.productNumber));
  const settles = [...planner.outbox.keys()].filter((productNumber) => !deferredProducts.has(productNumber));
  // Held back once this plan is recorded: its blocked offers, and those recorded before for products it did not look at.
  const blockedByCountry = planner.candidates === 'all' ? new Map<string, HeldCount>() : heldOutside(options.db, countryOrder, [...planner.seen.keys()]);
  for (const [country, count] of planner.heldWhere) {
    const outside = blockedByCountry.get(country) ?? { offers: 0, onBackMarket: 0, notRead: 0 };
    blockedByCountry.set(country, { offers: outside.offers + count.offers, onBackMarket: outside.onBackMarket + count.onBackMarket, notRead: outside.notRead + count.notRead });
  }

  // Back Market keeps an offer without a comment offline: the dry run says so before anything is sent.
  const withoutComment = tasks
    .map((task) => ({ country: task.country, offers: task.lines.filter((line) => line.kind === 'new' && !(line.values.comment ?? '').trim()).length }))
    .filter((entry) => entry.offers > 0);

  const attributeLabels = attributeLabelsOf(planner.context, [...tasks.flatMap((task) => task.lines.flatMap((line) => line.changes.map((change) => change.field)))]);
  const summary: PlanSummary = {
    ...(Object.keys(attributeLabels).length > 0 ? { attributeLabels } : {}),
    send,
    linesNow: split.linesNow,
    budgetLeft: split.budgetLeft,
    tasks: tasks.map((task) => ({ country: task.country, lines: task.lines.length })),
    realtime: realtime.length,
    minPrices: minPrices.length,
    blocked: countryOrder.flatMap((country) => {
      const count = blockedByCountry.get(country);
      return count ? [{ country, ...count }] : [];
    }),
    withoutComment,
    // The offers the plan did not look at (nothing of theirs changed) are unchanged too, as the dry run says.
    unchanged: planner.unchanged + (planner.candidates === 'all' ? 0 : settledUnchanged(options.db, countryOrder, planner.candidates)),
    keptOff: countryOrder.filter((country) => planner.keptOffByChoice.has(country)).map((country) => ({ country, offers: planner.keptOffByChoice.get(country) ?? 0 })),
    deferred: split.deferredInfo,
    languageWarnings: languageWarnings(tasks, planner.context),
    languageChoices: planner.context.countries.flatMap((country) => {
      const content = country.fields.find((mapped) => mapped.content?.choice)?.content;
      return content?.choice ? [{ country: country.country.code, language: content.language, catalogueLanguage: content.catalogueLanguage, choice: content.choice }] : [];
    }),
  };
  // Per product, the markets its next syncs send or record something in (now or once the budget lets them go).
  const busy = new Map<string, Set<string>>();
  // Held back, restored or cleared offers are recorded wherever the plan goes (the dry run records them too): no change
  // waits for them. Work for a product without an entry is noted in the outbox (not on a first sync: every offer goes).
  const raised = new Map<string, Set<string>>();
  for (const work of [...split.now, ...split.deferred]) addMarkets(planner.outbox.has(work.productNumber) ? busy : raised, work.productNumber, work.countries);
  for (const offer of minPrices) addMarkets(planner.outbox.has(offer.productNumber) ? busy : raised, offer.productNumber, [offer.country]);
  const { quiet, narrow } = settleByMarket(planner.outbox, busy, countryOrder);
  const raise = planner.candidates === 'all' ? [] : [...raised].map(([productNumber, markets]) => ({ productNumber, countries: countryOrder.filter((market) => markets.has(market)) }));
  // After the run, a product with work left for later keeps its change in the markets of that work alone.
  const later = new Map<string, Set<string>>();
  for (const work of split.deferred) addMarkets(later, work.productNumber, work.countries);
  const narrowAfterRun = settleByMarket(new Map([...planner.outbox].filter(([productNumber]) => later.has(productNumber))), later, countryOrder).narrow;
  const problems = planner.problems;
  const plan: Plan = {
    plannedAt: options.now.toISOString(),
    realtime,
    minPrices,
    tasks,
    blocked: planner.blocked,
    restored: planner.restored,
    cleared: planner.cleared,
    released: planner.released,
    raise,
    quiet,
    narrow,
    settles,
    narrowAfterRun,
    summary,
    resolveProblems: (offers) => problems.resolve(offers),
  };
  rememberProductIds(plan, planner.seen);
  return plan;
}
