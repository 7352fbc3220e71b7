// The Back Market category tree in SQLite: stored whole when fetched, so categorisation and validation work offline;
// searched by the folded full path, its English gloss, its names in the other stored languages and the glossary's synonyms.
import type { CategoryAttribute, CategoryTree } from '../backmarket';
import { CATEGORY_ATTRIBUTE_KINDS, type CategoryHit, type CategoryTreeInfo, type LeafAttribute } from '../../../shared/mapping';
import { foldText } from '../../../shared/text-fold';
import type { StoredLeaf } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { glossPath } from './category-gloss';
import { categorySearchText, ensureCategorySearchText, refreshCategorySearchText } from './category-search-text';

interface CategoryRecord {
  category_id: number;
  marketplace_category_id: number;
  name: string;
  path: string;
  gloss: string;
  is_leaf: number;
  attributes: string;
}

const PATH_SEPARATOR = ' > ';

export function toLeafAttribute(attribute: CategoryAttribute): LeafAttribute {
  const kind = CATEGORY_ATTRIBUTE_KINDS[attribute.type] ?? 'string';
  return {
    field: attribute.field,
    label: attribute.field_name || attribute.field,
    kind,
    required: attribute.required,
    allowedValues:
      kind === 'multiple-choice'
        ? attribute.allowed_values
            .split(',')
            .map((value) => value.trim())
            .filter((value) => value !== '')
        : [],
  };
}

/** The leaves of a tree with their paths, in tree order. */
function* leavesOf(nodes: readonly CategoryTree[], names: string[] = []): Generator<{ node: CategoryTree; path: string }> {
  for (const node of nodes) {
    const path = [...names, node.category_name];
    if (node.is_leaf) yield { node, path: path.join(PATH_SEPARATOR) };
    yield* leavesOf(node.childrens ?? [], path);
  }
}

/** Replaces the stored leaves of one market language (the tree fetched with that Accept-Language), in the caller's transaction or its own. */
export function storeTreeLanguage(db: Db, language: string, market: string, roots: readonly CategoryTree[], fetchedAt: string): void {
  const insert = db.prepare('INSERT OR REPLACE INTO bm_leaf_languages (language, marketplace_category_id, path, attributes) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    db.prepare('DELETE FROM bm_leaf_languages WHERE language = ?').run(language);
    let count = 0;
    for (const { node, path } of leavesOf(roots)) {
      insert.run(language, node.marketplace_category_id, path, JSON.stringify((node.attributes ?? []).map(toLeafAttribute)));
      count += 1;
    }
    db.prepare('INSERT OR REPLACE INTO bm_tree_languages (language, market, fetched_at, leaf_count) VALUES (?, ?, ?, ?)').run(language, market, fetchedAt, count);
    // The other languages' names find the leaves of the searched tree too.
    refreshCategorySearchText(db);
  })();
}

/**
 * Replaces the stored tree with this one, in one transaction; the mappings to it are kept. The tree is also stored as
 * the leaves of its market language (categorisation and search use this tree's names).
 */
export function storeCategoryTree(db: Db, roots: readonly CategoryTree[], fetchedAt: string, language: string, market: string): CategoryTreeInfo {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO bm_categories (category_id, parent_id, marketplace_category_id, name, path, gloss, search_text, is_leaf, attributes, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let position = 0;
  const walk = (node: CategoryTree, parentId: number | null, names: string[]) => {
    const path = [...names, node.category_name];
    const gloss = glossPath(path);
    const leafAttributes = node.is_leaf ? (node.attributes ?? []).map(toLeafAttribute) : [];
    insert.run(
      node.category_id,
      parentId,
      node.marketplace_category_id,
      node.category_name,
      path.join(PATH_SEPARATOR),
      gloss,
      categorySearchText(path, gloss, []),
      node.is_leaf ? 1 : 0,
      JSON.stringify(leafAttributes),
      (position += 1),
    );
    for (const child of node.childrens ?? []) walk(child, node.category_id, path);
  };
  db.transaction(() => {
    db.exec('DELETE FROM bm_categories');
    for (const root of roots) walk(root, null, []);
    db.prepare('INSERT OR REPLACE INTO bm_category_tree_meta (id, fetched_at, node_count) VALUES (1, ?, ?)').run(fetchedAt, position);
    storeTreeLanguage(db, language, market, roots, fetchedAt);
  })();
  return categoryTreeInfo(db);
}

/** The stored tree, with the market languages stored and those of `wanted` (the enabled markets' languages) missing. */
export function categoryTreeInfo(db: Db, wanted: readonly string[] = []): CategoryTreeInfo {
  const meta = db.prepare('SELECT fetched_at FROM bm_category_tree_meta WHERE id = 1').get() as { fetched_at: string } | undefined;
  const counts = db.prepare('SELECT count(*) AS nodes, coalesce(sum(is_leaf), 0) AS leaves FROM bm_categories').get() as { nodes: number; leaves: number };
  const languages = (
    db.prepare('SELECT language, market, fetched_at, leaf_count FROM bm_tree_languages ORDER BY language').all() as { language: string; market: string; fetched_at: string; leaf_count: number }[]
  ).map((row) => ({ language: row.language, market: row.market, fetchedAt: row.fetched_at, leafCount: row.leaf_count }));
  const stored = new Set(languages.map((entry) => entry.language));
  return { fetchedAt: meta?.fetched_at ?? null, nodeCount: counts.nodes, leafCount: counts.leaves, languages, missingLanguages: [...new Set(wanted)].filter((language) => !stored.has(language)) };
}

/** Whether any tree was stored per market language (false for a tree kept by a version before that). */
export function treeLanguagesStored(db: Db): boolean {
  return db.prepare('SELECT 1 FROM bm_tree_languages LIMIT 1').get() !== undefined;
}

/** The stored leaves of these ids in each of these languages (a language without a stored tree is left out). */
export function storedLeafLanguages(db: Db, marketplaceCategoryIds: readonly number[], languages: readonly string[]): Record<string, Record<number, StoredLeaf>> {
  const select = db.prepare('SELECT path, attributes FROM bm_leaf_languages WHERE language = ? AND marketplace_category_id = ?');
  const stored = new Set(db.prepare('SELECT language FROM bm_tree_languages').pluck().all() as string[]);
  const byLanguage: Record<string, Record<number, StoredLeaf>> = {};
  for (const language of new Set(languages)) {
    if (!stored.has(language)) continue;
    const leaves: Record<number, StoredLeaf> = {};
    for (const id of new Set(marketplaceCategoryIds)) {
      const record = select.get(language, id) as { path: string; attributes: string } | undefined;
      if (record) leaves[id] = { marketplaceCategoryId: id, path: record.path, isLeaf: true, attributes: JSON.parse(record.attributes) as LeafAttribute[] };
    }
    byLanguage[language] = leaves;
  }
  return byLanguage;
}

/** One leaf's attributes as a market language's tree names them; undefined when that tree or leaf is not stored. */
export function leafInLanguage(db: Db, marketplaceCategoryId: number, language: string): StoredLeaf | undefined {
  return storedLeafLanguages(db, [marketplaceCategoryId], [language])[language]?.[marketplaceCategoryId];
}

function toHit(record: CategoryRecord): CategoryHit {
  const attributes = JSON.parse(record.attributes) as LeafAttribute[];
  const required = attributes.filter((attribute) => attribute.required).length;
  return {
    categoryId: record.category_id,
    marketplaceCategoryId: record.marketplace_category_id,
    name: record.name,
    path: record.path,
    gloss: record.gloss,
    isLeaf: record.is_leaf === 1,
    requiredAttributes: required,
    optionalAttributes: attributes.length - required,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Categories whose folded path or gloss holds every word of the query. Leaves whose own name matches come first, then
 * shorter paths; the tree has a few thousand nodes at most, so a scan of the narrow search column is instant.
 */
export function searchCategoryTree(db: Db, query: string, limit: number, leavesOnly: boolean): CategoryHit[] {
  ensureCategorySearchText(db);
  // A trailing plural s is dropped, so "washing machines" finds the gloss "washing machine" and "tablette" finds "Tablettes".
  const words = foldText(query)
    .split(/[\s>|,]+/)
    .filter((word) => word !== '')
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
  const params: Record<string, string | number> = { limit };
  const conditions = words.map((word, index) => {
    params[`w${index}`] = `%${escapeLike(word)}%`;
    return `search_text LIKE @w${index} ESCAPE '\\'`;
  });
  if (leavesOnly) conditions.push('is_leaf = 1');
  params.first = words[0] ?? '';
  const records = db
    .prepare(
      `SELECT * FROM bm_categories ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY (instr(lower(name), @first) = 0), is_leaf DESC, length(path), position LIMIT @limit`,
    )
    .all(params) as CategoryRecord[];
  return records.map(toHit);
}

export function findCategory(db: Db, marketplaceCategoryId: number): (CategoryHit & { attributes: LeafAttribute[] }) | undefined {
  const record = db.prepare('SELECT * FROM bm_categories WHERE marketplace_category_id = ? ORDER BY is_leaf DESC LIMIT 1').get(marketplaceCategoryId) as CategoryRecord | undefined;
  return record && { ...toHit(record), attributes: JSON.parse(record.attributes) as LeafAttribute[] };
}

/** The stored nodes for these ids, as the validation engine reads them. */
export function storedLeaves(db: Db, marketplaceCategoryIds: readonly number[]): Record<number, StoredLeaf> {
  const leaves: Record<number, StoredLeaf> = {};
  const select = db.prepare('SELECT * FROM bm_categories WHERE marketplace_category_id = ? ORDER BY is_leaf DESC LIMIT 1');
  for (const id of new Set(marketplaceCategoryIds)) {
    const record = select.get(id) as CategoryRecord | undefined;
    if (record) {
      leaves[id] = { marketplaceCategoryId: id, path: record.path, isLeaf: record.is_leaf === 1, attributes: JSON.parse(record.attributes) as LeafAttribute[] };
    }
  }
  return leaves;
}
