// The category tree: finding a branch by category_id, a leaf by marketplace_category_id, and a leaf for a merchant's category text.
import type { CategoryNode } from '../state/types';

export function* walk(nodes: CategoryNode[]): Generator<CategoryNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.childrens);
  }
}

export function findBranch(tree: CategoryNode[], categoryId: number): CategoryNode | undefined {
  for (const node of walk(tree)) if (node.category_id === categoryId) return node;
  return undefined;
}

export function findLeaf(tree: CategoryNode[], marketplaceCategoryId: number): CategoryNode | undefined {
  for (const node of walk(tree)) if (node.is_leaf && node.marketplace_category_id === marketplaceCategoryId) return node;
  return undefined;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Keywords (accent-free, any language the merchants use) that point at a leaf's marketplace_category_id. */
const KEYWORDS: [RegExp, number][] = [
  [/iphone/, 2],
  [/smartphone|telephone|phone|handy|movil|cellulare/, 3],
  [/macbook/, 10],
  [/laptop|portable|notebook|ordinateur|computer|pc/, 11],
  [/ipad/, 12],
  [/tablet|tablette|tableta/, 13],
  [/switch|portable console|handheld|console portable/, 21],
  [/console|playstation|xbox|gaming/, 20],
  [/micro|mikrowelle|microonde/, 30],
  [/kaffeevollautomat/, 34],
  [/cafe|coffee|kaffee|espresso|expresso/, 31],
  [/aspirateur|vacuum|staubsauger|aspirador|aspirapolvere/, 32],
  [/lave-linge|washing|waschmaschine|lavadora|lavatrice|laundry/, 33],
];

/** The leaf a merchant's category text most likely means; the first leaf when nothing matches. */
export function leafForText(tree: CategoryNode[], text: string | number | undefined): CategoryNode {
  const leaves = [...walk(tree)].filter((node) => node.is_leaf);
  const first = leaves[0];
  if (!first) throw new Error('The category tree has no leaf');
  if (typeof text === 'number') return leaves.find((leaf) => leaf.marketplace_category_id === text) ?? first;
  const folded = fold(text ?? '');
  const byName = leaves.find((leaf) => fold(leaf.category_name) === folded);
  if (byName) return byName;
  for (const [pattern, id] of KEYWORDS) {
    if (pattern.test(folded)) return leaves.find((leaf) => leaf.marketplace_category_id === id) ?? first;
  }
  return first;
}
