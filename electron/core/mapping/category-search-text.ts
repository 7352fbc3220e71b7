// What a category is found by: its path in the tree's language, its English gloss, its path in every other market
// language whose tree is stored, and the words a merchant types for it in the six languages (the glossary's synonyms),
// so "Handy", "móvil", "telefono" or "mobiel" find the smartphone leaves whatever language the searched tree is in.
import glossaryFile from '../../../resources/category-glossary.json' with { type: 'json' };
import { foldText } from '../../../shared/text-fold';
import type { Db } from '../db/connection';
import { glossName, glossPath } from './category-gloss';

export interface SynonymGroup {
  /** The category names (in any language, or their English gloss) the group applies to. */
  names: readonly string[];
  /** The words that also find a category so named (its names find it too). */
  words: readonly string[];
}

/** Folded name (a trailing plural s dropped) -> the folded words that find it. */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

const singular = (folded: string) => (folded.length > 3 && folded.endsWith('s') ? folded.slice(0, -1) : folded);

export function loadSynonyms(groups: readonly SynonymGroup[] = glossaryFile.synonyms): SynonymIndex {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    const words = [...group.names, ...group.words].map((word) => foldText(word).trim());
    for (const name of group.names) {
      const key = singular(foldText(name).trim());
      index.set(key, [...new Set([...(index.get(key) ?? []), ...words])]);
    }
  }
  return index;
}

const DEFAULT_SYNONYMS = loadSynonyms();

/** The words that find one category name: those of its own name, else of its English gloss. */
export function synonymsOf(name: string, synonyms: SynonymIndex = DEFAULT_SYNONYMS): readonly string[] {
  const own = synonyms.get(singular(foldText(name).trim()));
  if (own) return own;
  const english = glossName(name);
  return english ? (synonyms.get(singular(foldText(english).trim())) ?? []) : [];
}

/** The folded text a node is searched in. */
export function categorySearchText(path: readonly string[], gloss: string, otherLanguagePaths: readonly string[], synonyms: SynonymIndex = DEFAULT_SYNONYMS): string {
  const words = new Set(path.flatMap((name) => synonymsOf(name, synonyms)));
  return foldText([path.join(' > '), gloss, ...otherLanguagePaths, [...words].join(' ; ')].join(' | '));
}

/**
 * Recomputes every node's search text from the stored trees (after a tree of any language is stored). A leaf gets its
 * paths in the other stored languages; an inner node the first segments of those of a leaf under it.
 */
export function refreshCategorySearchText(db: Db, synonyms: SynonymIndex = DEFAULT_SYNONYMS): void {
  const nodes = db.prepare('SELECT category_id AS id, parent_id AS parentId, marketplace_category_id AS leafId, path, is_leaf AS isLeaf FROM bm_categories').all() as {
    id: number;
    parentId: number | null;
    leafId: number;
    path: string;
    isLeaf: number;
  }[];
  const otherPaths = new Map<number, string[]>();
  for (const row of db.prepare('SELECT marketplace_category_id AS leafId, path FROM bm_leaf_languages').all() as { leafId: number; path: string }[]) {
    const paths = otherPaths.get(row.leafId) ?? [];
    paths.push(row.path);
    otherPaths.set(row.leafId, paths);
  }
  // An inner node reads its other-language names from its leaves' paths, cut at its own depth.
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const innerPaths = new Map<number, Set<string>>();
  for (const node of nodes) {
    if (node.isLeaf !== 1) continue;
    const leafPaths = (otherPaths.get(node.leafId) ?? []).map((path) => path.split(' > '));
    let ancestor = node.parentId === null ? undefined : byId.get(node.parentId);
    while (ancestor) {
      const depth = ancestor.path.split(' > ').length;
      const set = innerPaths.get(ancestor.id) ?? new Set<string>();
      for (const segments of leafPaths) if (segments.length > depth) set.add(segments.slice(0, depth).join(' > '));
      innerPaths.set(ancestor.id, set);
      ancestor = ancestor.parentId === null ? undefined : byId.get(ancestor.parentId);
    }
  }
  // The gloss too is worded again from today's glossary, so a tree stored before it knew the tree's language has one.
  const update = db.prepare('UPDATE bm_categories SET gloss = ?, search_text = ? WHERE category_id = ?');
  db.transaction(() => {
    for (const node of nodes) {
      const path = node.path.split(' > ');
      const gloss = glossPath(path);
      const others = node.isLeaf === 1 ? (otherPaths.get(node.leafId) ?? []) : [...(innerPaths.get(node.id) ?? [])];
      update.run(gloss, categorySearchText(path, gloss, others, synonyms), node.id);
    }
  })();
}

const refreshed = new WeakSet<Db>();

/** Once per open database: a tree stored by an earlier version is searched with today's glossary and languages. */
export function ensureCategorySearchText(db: Db): void {
  if (refreshed.has(db)) return;
  refreshCategorySearchText(db);
  refreshed.add(db);
}
