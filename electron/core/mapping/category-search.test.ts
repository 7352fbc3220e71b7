// Category search in the merchant's own language: the words of the six market languages find the same leaves,
// accents and case ignored, whichever market language the searched tree is in.
import { afterEach, describe, expect, it } from 'vitest';
import categoryTree from '../../../resources/sandbox/category-tree.json' with { type: 'json' };
import type { CountrySetting } from '../../../shared/connection';
import { treeForMarket } from '../../sandbox/domain/category-languages';
import type { CategoryNode } from '../../sandbox/state/types';
import type { CategoryTree } from '../backmarket';
import type { Db } from '../db/connection';
import { EventBus } from '../events';
import { tempDatabase } from '../test/temp-db';
import { createMappingService, type MappingService } from './mapping-service';

const SMARTPHONE_LEAVES = [2, 3]; // iPhone, Android smartphones
const WORDS_FOR_A_PHONE = ['Handy', 'HANDYS', 'móvil', 'movil', 'telefono', 'cellulare', 'mobiel', 'téléphone', 'telephone', 'portable', 'mobile phone', 'Mobile Phones'];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function serviceWithMarkets(markets: CountrySetting[]): Promise<{ mapping: MappingService; db: Db }> {
  const temp = tempDatabase();
  cleanup = temp.cleanup;
  let clock = Date.parse('2026-12-06T10:00:00Z');
  const mapping = createMappingService({
    database: () => temp.db,
    countries: () => markets,
    fetchCategoryTree: async (market) => treeForMarket(categoryTree as unknown as CategoryNode[], market) as CategoryTree[],
    events: new EventBus(),
    now: () => new Date((clock += 1000)),
  });
  await mapping.categoryTree();
  return { mapping, db: temp.db };
}

const leafIds = (mapping: MappingService, query: string) => mapping.searchCategories(query, 20, true).map((hit) => hit.marketplaceCategoryId);

describe('category search in six languages', () => {
  it.each<[string, CountrySetting[]]>([
    ['French', [{ code: 'fr-fr', language: 'fr' }]],
    ['German', [{ code: 'de-de', language: 'de' }]],
    ['Spanish', [{ code: 'es-es', language: 'es' }]],
    ['Italian', [{ code: 'it-it', language: 'it' }]],
    ['Dutch', [{ code: 'nl-nl', language: 'nl' }]],
    ['English', [{ code: 'en-gb', language: 'en' }]],
  ])('finds the smartphone leaves by the words of every language when the tree is in %s', async (_language, markets) => {
    const { mapping } = await serviceWithMarkets(markets);
    for (const word of WORDS_FOR_A_PHONE) {
      expect({ word, leaves: leafIds(mapping, word) }).toEqual({ word, leaves: expect.arrayContaining(SMARTPHONE_LEAVES) });
    }
  });

  it('does not send a phone word to unrelated leaves, nor a laptop word to phones', async () => {
    const { mapping } = await serviceWithMarkets([{ code: 'fr-fr', language: 'fr' }]);
    expect(leafIds(mapping, 'Handy')).not.toContain(10); // MacBook
    expect(leafIds(mapping, 'móvil')).not.toContain(30); // Micro-ondes
    expect(leafIds(mapping, 'Notebook')).toEqual(expect.arrayContaining([10, 11]));
    expect(leafIds(mapping, 'Notebook')).not.toContain(2);
    expect(leafIds(mapping, 'lavatrice')).toEqual([33]);
    expect(leafIds(mapping, 'Staubsauger')).toEqual([32]);
  });

  it('finds a leaf by its name in another stored market language', async () => {
    const { mapping } = await serviceWithMarkets([
      { code: 'fr-fr', language: 'fr' },
      { code: 'nl-nl', language: 'nl' },
    ]);
    // "Draagbare consoles" is only the Dutch tree's name of "Consoles portables".
    expect(mapping.searchCategories('draagbare', 5, true).map((hit) => hit.path)).toEqual(['Consoles & jeux vidéo > Consoles de jeux > Consoles portables']);
  });

  it('searches a tree stored by an earlier version (without the synonyms) with today’s words', async () => {
    const { db } = await serviceWithMarkets([{ code: 'fr-fr', language: 'fr' }]);
    db.exec(`UPDATE bm_categories SET search_text = lower(path)`);
    // A new service over the same file, as after an upgrade.
    const reopened = createMappingService({ database: () => db, countries: () => [{ code: 'fr-fr', language: 'fr' }], fetchCategoryTree: async () => [], events: new EventBus(), now: () => new Date() });
    expect(reopened.searchCategories('Handy', 20, true).map((hit) => hit.marketplaceCategoryId)).toEqual(expect.arrayContaining(SMARTPHONE_LEAVES));
  });
});
