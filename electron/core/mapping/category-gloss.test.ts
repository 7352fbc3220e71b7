// The English gloss beside a category's name, in every market language whose tree is not English: the category
// picker shows "Lavadoras" with "washing machines" beside it as it shows "Lave-linge" with "washing machine".
import { afterEach, describe, expect, it } from 'vitest';
import categoryLanguages from '../../../resources/sandbox/category-languages.json' with { type: 'json' };
import categoryTree from '../../../resources/sandbox/category-tree.json' with { type: 'json' };
import type { CountrySetting } from '../../../shared/connection';
import { foldText } from '../../../shared/text-fold';
import { treeForMarket } from '../../sandbox/domain/category-languages';
import type { CategoryNode } from '../../sandbox/state/types';
import type { CategoryTree } from '../backmarket';
import { EventBus } from '../events';
import { tempDatabase } from '../test/temp-db';
import { glossName, glossPath } from './category-gloss';
import { refreshCategorySearchText } from './category-search-text';
import { createMappingService } from './mapping-service';

type Names = Record<string, string>;
const ENGLISH: Names = categoryLanguages.en.categories;

function frenchNames(): Names {
  const names: Names = {};
  const walk = (node: { category_id: number; category_name: string; childrens?: unknown[] }) => {
    names[String(node.category_id)] = node.category_name;
    for (const child of (node.childrens ?? []) as (typeof node)[]) walk(child);
  };
  for (const root of categoryTree) walk(root);
  return names;
}

const TREES: [string, Names][] = [
  ['fr', frenchNames()],
  ['de', categoryLanguages.de.categories],
  ['es', categoryLanguages.es.categories],
  ['it', categoryLanguages.it.categories],
  ['nl', categoryLanguages.nl.categories],
];

/** The same word as the English tree's, give or take a plural s: nothing to gloss (Smartphone, Tablet, Laptops). */
const sameAsEnglish = (name: string, english: string) => foldText(name).replace(/s$/, '') === foldText(english).replace(/s$/, '');

describe('the English gloss of a category name', () => {
  it.each(TREES)('is filled for every name of the %s tree that is not already English', (_language, names) => {
    const unglossed = Object.entries(names)
      .filter(([id, name]) => !sameAsEnglish(name, ENGLISH[id] ?? '') && name !== 'Computers')
      .filter(([, name]) => {
        const english = glossName(name);
        return english === null || foldText(english) === foldText(name);
      })
      .map(([id, name]) => `${name} (${ENGLISH[id]})`);
    expect(unglossed).toEqual([]);
  });

  it('says what the English tree says, in Spanish, Italian and Dutch alike', () => {
    expect(glossPath(['Electrodomésticos', 'Cuidado del hogar', 'Lavadoras'])).toBe('household appliances > home care > washing machines');
    expect(glossPath(['Elettrodomestici', 'Cucina', 'Macchine da caffè automatiche'])).toBe('household appliances > kitchen > bean-to-cup coffee machines');
    expect(glossPath(['Consoles & videogames', 'Spelconsoles', 'Draagbare consoles'])).toBe('consoles & video games > game consoles > handheld consoles');
    // A name that is English already gets none, so nothing is said twice.
    expect(glossPath(['Smartphones', 'iPhone'])).toBe('');
  });

  it('covers the other market languages too: Portuguese, Swedish, Greek and Slovak', () => {
    expect(glossName('Máquinas de lavar roupa')).toBe('washing machines');
    expect(glossName('Tvättmaskiner')).toBe('washing machines');
    expect(glossName('Πλυντήρια ρούχων')).toBe('washing machines');
    expect(glossName('Práčky')).toBe('washing machines');
    expect(glossName('Telemóveis')).toBe('mobile phones');
    expect(glossName('Mobilné telefóny')).toBe('mobile phones');
  });
});

describe('a tree in the home market language', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  function serviceFor(countries: CountrySetting[]) {
    const temp = tempDatabase();
    cleanup = temp.cleanup;
    const mapping = createMappingService({
      database: () => temp.db,
      countries: () => countries,
      fetchCategoryTree: async (market) => treeForMarket(categoryTree as unknown as CategoryNode[], market) as CategoryTree[],
      events: new EventBus(),
      now: () => new Date('2026-11-27T10:00:00Z'),
    });
    return { mapping, db: temp.db };
  }

  it.each<[string, CountrySetting['language'], string, string]>([
    ['es-es', 'es', 'Lavadoras', 'household appliances > home care > washing machines'],
    ['it-it', 'it', 'Lavatrici', 'household appliances > home care > washing machines'],
    ['nl-nl', 'nl', 'Wasmachines', 'household appliances > home care > washing machines'],
  ])('%s: the picker shows the leaf with its English gloss, and finds it by the English', async (code, language, leaf, gloss) => {
    const { mapping } = serviceFor([{ code, language }]);
    await mapping.categoryTree();
    expect(mapping.searchCategories(leaf, 5, true)[0]).toMatchObject({ name: leaf, gloss });
    expect(mapping.searchCategories('washing machine', 5, true)[0]).toMatchObject({ name: leaf, gloss });
  });

  it('fills the gloss of a tree stored before the glossary knew its language, once the database is opened again', async () => {
    const { mapping, db } = serviceFor([{ code: 'es-es', language: 'es' }]);
    await mapping.categoryTree();
    db.exec("UPDATE bm_categories SET gloss = ''");
    refreshCategorySearchText(db);
    expect(mapping.searchCategories('Microondas', 5, true)[0]).toMatchObject({ gloss: 'household appliances > kitchen > microwaves' });
  });
});
