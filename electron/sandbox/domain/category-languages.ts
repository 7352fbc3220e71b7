// The category tree in the language of a market: Back Market serves names and attribute values in the language of
// Accept-Language, with the same ids. The French seed tree is the source; resources/sandbox/category-languages.json
// holds the German, English, Spanish, Italian and Dutch names, field names and values.
import languages from '../../../resources/sandbox/category-languages.json' with { type: 'json' };
import type { CategoryNode } from '../state/types';

interface LanguageTable {
  categories: Record<string, string>;
  fields: Record<string, string>;
  values: Record<string, string>;
  /** A field whose whole list differs in that language (each market has its own mobile networks). */
  lists: Record<string, string>;
}

const TABLES = languages as Record<string, LanguageTable>;

/** The language a market's tree comes in: its code's language where the sandbox has one, English for the others (pt, el, sk, sv). */
export function treeLanguageOf(marketCode: string): string {
  const language = marketCode.slice(0, 2).toLowerCase();
  return language === 'fr' || TABLES[language] ? language : 'en';
}

function translateNode(node: CategoryNode, table: LanguageTable): CategoryNode {
  return {
    ...node,
    category_name: table.categories[String(node.category_id)] ?? node.category_name,
    attributes: node.attributes.map((attribute) => ({
      ...attribute,
      field_name: table.fields[attribute.field] ?? attribute.field_name,
      allowed_values:
        attribute.type !== 3
          ? attribute.allowed_values
          : (table.lists[attribute.field] ??
            attribute.allowed_values
              .split(',')
              .map((value) => table.values[value.trim()] ?? value.trim())
              .join(',')),
    })),
    childrens: node.childrens.map((child) => translateNode(child, table)),
  };
}

// The state's tree is replaced on reset, so translations are cached per tree object.
const cache = new WeakMap<CategoryNode[], Map<string, CategoryNode[]>>();

/** The tree as a market sees it (the French tree itself for fr-fr and fr-be). */
export function treeForMarket(tree: CategoryNode[], marketCode: string): CategoryNode[] {
  const language = treeLanguageOf(marketCode);
  const table = TABLES[language];
  if (!table) return tree;
  let byLanguage = cache.get(tree);
  if (!byLanguage) cache.set(tree, (byLanguage = new Map()));
  let translated = byLanguage.get(language);
  if (!translated) byLanguage.set(language, (translated = tree.map((node) => translateNode(node, table))));
  return translated;
}
