// The mapping benchmark: the validation engine over 100,000 products x 8 countries in memory, and the cached recompute
// the app runs after a mapping change (read every product, validate, write the readiness cache), on the import's database.
import categoryTree from '../resources/sandbox/category-tree.json' with { type: 'json' };
import { DEFAULT_COUNTRIES } from '../shared/connection';
import { compileContext, validateProduct, type ValidationProduct } from '../shared/validation';
import type { CategoryTree } from '../electron/core/backmarket';
import type { Db } from '../electron/core/db/connection';
import { walk as walkTree } from '../electron/sandbox/domain/categories';
import { treeForMarket } from '../electron/sandbox/domain/category-languages';
import type { CategoryNode } from '../electron/sandbox/state/types';
import { treeLanguages } from '../shared/market-language';
import { storeCategoryTree, storeTreeLanguage } from '../electron/core/mapping/category-tree-repo';
import { setCategoryMapping, setFieldMapping, setValueMapping } from '../electron/core/mapping/mapping-repo';
import { createReadinessCache } from '../electron/core/mapping/readiness-cache';
import { loadSnapshot, marketCountries } from '../electron/core/mapping/snapshot';
import { validationProducts } from '../electron/core/mapping/validation-products';
import { PHONE_FIELD_MAPPING } from '../electron/core/sync/plan/plan-test-kit';

const NOW = '2026-11-27T10:00:00.000Z';

export interface MappingFigures {
  products: number;
  countries: number;
  engineMs: number;
  recomputeMs: number;
  ready: number;
}

/** Maps the benchmark catalogue as a merchant would (most fields, half the categories), then times both figures. */
export function benchMapping(db: Db): MappingFigures {
  storeCategoryTree(db, categoryTree as CategoryTree[], NOW, 'fr', 'fr-fr');
  // Each enabled market language's tree, as Back Market serves it (the sandbox's translations), with the merchant's
  // values in that language: the same values at the same positions, the network chosen by hand.
  const languageTrees = new Map<string, CategoryNode[]>();
  for (const { language, market } of treeLanguages(DEFAULT_COUNTRIES).filter((entry) => entry.language !== 'fr')) {
    const tree = treeForMarket(categoryTree as unknown as CategoryNode[], market);
    languageTrees.set(language, tree);
    storeTreeLanguage(db, language, market, tree as CategoryTree[], NOW);
  }
  const allowedIn = (tree: CategoryNode[], field: string): string[] => {
    const leaf = [...walkTree(tree)].find((node) => node.marketplace_category_id === 2);
    return leaf?.attributes.find((attribute) => attribute.field === field)?.allowed_values.split(',') ?? [];
  };
  db.transaction(() => {
    setCategoryMapping(db, 'Phones > Smartphones', 2, NOW);
    setCategoryMapping(db, 'Computers > Laptops', 11, NOW);
    for (const [field, country, source] of PHONE_FIELD_MAPPING) setFieldMapping(db, field, country, source, NOW);
    for (const [value, grade] of [['A+', 'PREMIUM'], ['A', 'EXCELLENT'], ['B', 'VERY_GOOD'], ['C', 'GOOD']] as const) setValueMapping(db, 'condition', value, grade, NOW);
    for (const [colour, allowed] of [['Midnight', 'Noir'], ['Starlight', 'Blanc'], ['Blue', 'Bleu'], ['Graphite', 'Gris sidéral']] as const) setValueMapping(db, 'attribute:2:color', colour, allowed, NOW);
    for (const [storage, allowed] of [['128 GB', '128 Go'], ['256 GB', '256 Go'], ['512 GB', '512 Go']] as const) setValueMapping(db, 'attribute:2:storage', storage, allowed, NOW);
    const french = categoryTree as unknown as CategoryNode[];
    for (const [language, tree] of languageTrees) {
      for (const [colour, allowed] of [['Midnight', 'Noir'], ['Starlight', 'Blanc'], ['Blue', 'Bleu'], ['Graphite', 'Gris sidéral']] as const) {
        setValueMapping(db, `attribute:2:color:${language}`, colour, allowedIn(tree, 'color')[allowedIn(french, 'color').indexOf(allowed)] as string, NOW);
      }
      setValueMapping(db, `attribute:2:network:${language}`, 'Débloqué', allowedIn(tree, 'network')[0] as string, NOW);
    }
  })();
  const countries = marketCountries(DEFAULT_COUNTRIES);
  const context = compileContext(loadSnapshot(db, countries));
  const products: ValidationProduct[] = [...validationProducts(db, { attributes: true, countryPrices: true })];

  const engineStarted = performance.now();
  let ready = 0;
  for (const product of products) if (validateProduct(product, context) === 0) ready += 1;
  const engineMs = performance.now() - engineStarted;

  const recomputeStarted = performance.now();
  createReadinessCache(() => new Date(NOW)).recomputeAll(db, context);
  const recomputeMs = performance.now() - recomputeStarted;
  return { products: products.length, countries: countries.length, engineMs, recomputeMs, ready };
}
