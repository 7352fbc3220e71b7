// The review's rows as the merchant decides them: quantity and grade belong to the listing, shared by all its markets,
// so one click decides them everywhere — they are one row naming the markets, not one per market. Every other value is
// a market's own. The rows keep the order main gave (by SKU, then market).
import type { ReviewNeed, ReviewRow } from '../../../../shared/account';

/** Quantity and grade: one decision for every market of a listing (as main decides them). */
const SHARED: ReadonlySet<ReviewRow['field']> = new Set(['quantity', 'grade']);

export interface ReviewGroup {
  key: string;
  productNumber: string;
  productId: number;
  field: ReviewRow['field'];
  /** The row a decision is sent for: main decides every market of a shared field with it. */
  first: ReviewRow;
  /** Each market of the choice with its values there (one for a market's own value). */
  markets: { country: string; backmarket: string; mine: string }[];
  /** What "Keep mine" / "Publish" still needs, every market's together (each need once). */
  needs: ReviewNeed[];
}

export function reviewGroups(rows: readonly ReviewRow[]): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup & { seen: Set<string> }>();
  for (const row of rows) {
    const key = SHARED.has(row.field) ? `${row.productNumber}|${row.field}` : `${row.productNumber}|${row.country}|${row.field}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, productNumber: row.productNumber, productId: row.productId ?? 0, field: row.field, first: row, markets: [], needs: [], seen: new Set() };
      groups.set(key, group);
    }
    group.markets.push({ country: row.country, backmarket: row.backmarket, mine: row.mine });
    for (const need of row.needs ?? []) {
      const said = JSON.stringify(need);
      if (group.seen.has(said)) continue;
      group.seen.add(said);
      group.needs.push(need);
    }
  }
  return [...groups.values()].map(({ seen: _seen, ...group }) => group);
}

/** Whether every market of a choice holds the same values (then they are shown once). */
export const sameEverywhere = (group: ReviewGroup): boolean => group.markets.every((market) => market.backmarket === group.first.backmarket && market.mine === group.first.mine);

/** A need said the same whatever the product: a field to map (the mapping is the whole catalogue's). */
const sameForEveryProduct = (need: ReviewNeed): boolean => need.kind === 'not-mapped' || (need.kind === 'problem' && need.fix.kind === 'mapping');

/** A choice as the review lists it (a row of the review, or a choice the report says is held): whose, of what, and its needs. */
type ListedChoice = Pick<ReviewGroup, 'productNumber' | 'field' | 'needs'>;

export interface CommonNeeds<Choice extends ListedChoice> {
  /** What "Keep mine" (or "Publish", when every choice is that) needs for every choice listed: said once, above them. */
  common: ReviewNeed[];
  /** What a choice needs besides those. */
  own(choice: Choice): ReviewNeed[];
}

/**
 * The needs every choice listed shares (two choices or more), said once rather than under each. Only a need meant the
 * same for every choice: a field to map, or anything when every choice is of one product; and the choices are all
 * "Keep mine" or all "Publish", whose wording the needs follow.
 */
export function commonNeeds<Choice extends ListedChoice>(choices: readonly Choice[]): CommonNeeds<Choice> {
  const none: CommonNeeds<Choice> = { common: [], own: (choice) => choice.needs };
  const [first, ...rest] = choices;
  if (!first || rest.length === 0) return none;
  const publishing = first.field === 'market';
  if (rest.some((choice) => (choice.field === 'market') !== publishing)) return none;
  const oneProduct = rest.every((choice) => choice.productNumber === first.productNumber);
  const others = rest.map((choice) => new Set(choice.needs.map((need) => JSON.stringify(need))));
  const common = first.needs.filter((need) => (oneProduct || sameForEveryProduct(need)) && others.every((said) => said.has(JSON.stringify(need))));
  if (common.length === 0) return none;
  const said = new Set(common.map((need) => JSON.stringify(need)));
  return { common, own: (choice) => choice.needs.filter((need) => !said.has(JSON.stringify(need))) };
}

/** What several choices of a product in one market need, said once for the product there (« La garantie (France)… »). */
export interface MarketNeeds {
  country: string;
  needs: ReviewNeed[];
  /** How many of the product's choices listed need them. */
  count: number;
}

export interface ProductNeeds<Choice extends ListedChoice> {
  /** At a product's first choice listed: what all its choices need, said once for the product, and how many they are. */
  sharedAt(choice: Choice): { needs: ReviewNeed[]; count: number } | undefined;
  /** At a product's first choice listed: what several of its choices in one market need, said once per market. */
  marketsAt(choice: Choice): MarketNeeds[];
  /** What a choice needs besides those. */
  own(choice: Choice): ReviewNeed[];
}

/** The markets of a choice: every market a shared one (quantity, grade) names, else its own. */
type MarketChoice = ListedChoice & { first?: { country: string }; markets?: readonly { country: string }[] };
const marketsOf = (choice: MarketChoice): string[] => (choice.markets?.length ? choice.markets.map((market) => market.country) : choice.first ? [choice.first.country] : []);

/**
 * The one market needs carried by these choices (their markets each) concern: the one every choice of a single market
 * names, which every choice of several markets (a shared quantity row) names too; undefined when there is none.
 */
function oneMarket(choices: readonly string[][]): string | undefined {
  const own = new Set(choices.filter((markets) => markets.length === 1).map((markets) => markets[0] as string));
  const [country] = own;
  return own.size === 1 && country !== undefined && choices.every((markets) => markets.includes(country)) ? country : undefined;
}

/**
 * The needs every choice of one product shares (its markets' choices, two or more), said once for the product rather
 * than under each of its rows: a condition with no grade, a title to fix… Then a need several of its choices share that
 * concerns one market only (the warranty too short in France, on its price, comment and quantity rows): said once for
 * the product in that market. `needsOf` gives each choice's needs still to say (those said once above every row left out).
 */
export function productNeeds<Choice extends ListedChoice>(choices: readonly Choice[], needsOf: (choice: Choice) => ReviewNeed[]): ProductNeeds<Choice> {
  const byProduct = new Map<string, Choice[]>();
  for (const choice of choices) {
    const list = byProduct.get(choice.productNumber);
    if (list) list.push(choice);
    else byProduct.set(choice.productNumber, [choice]);
  }
  const shared = new Map<Choice, { needs: ReviewNeed[]; count: number }>();
  const markets = new Map<Choice, MarketNeeds[]>();
  const owns = new Map<Choice, ReviewNeed[]>();
  for (const list of byProduct.values()) {
    const listed = list.map((choice) => ({ productNumber: choice.productNumber, field: choice.field, needs: needsOf(choice) }));
    const found = commonNeeds(listed);
    const first = list[0];
    if (!first) continue;
    if (found.common.length > 0) shared.set(first, { needs: found.common, count: list.length });
    const left = listed.map((choice) => found.own(choice));
    // Each need still to say, with the choices that need it and the one market they all concern (if any).
    const carriers = new Map<string, { need: ReviewNeed; at: number[] }>();
    left.forEach((needs, index) =>
      needs.forEach((need) => {
        const said = JSON.stringify(need);
        const entry = carriers.get(said) ?? { need, at: [] };
        entry.at.push(index);
        carriers.set(said, entry);
      }),
    );
    const once = new Set<string>();
    const blocks = new Map<string, MarketNeeds>();
    for (const [said, { need, at }] of carriers) {
      if (at.length < 2) continue;
      const country = oneMarket(at.map((index) => marketsOf(list[index] as MarketChoice)));
      if (!country) continue;
      const key = `${country}|${at.join(',')}`;
      const block = blocks.get(key) ?? { country, needs: [], count: at.length };
      block.needs.push(need);
      blocks.set(key, block);
      once.add(said);
    }
    if (blocks.size > 0) markets.set(first, [...blocks.values()]);
    list.forEach((choice, index) => owns.set(choice, (left[index] ?? []).filter((need) => !once.has(JSON.stringify(need)))));
  }
  return { sharedAt: (choice) => shared.get(choice), marketsAt: (choice) => markets.get(choice) ?? [], own: (choice) => owns.get(choice) ?? needsOf(choice) };
}
