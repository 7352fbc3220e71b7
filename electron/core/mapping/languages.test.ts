// The category tree per market language and value maps per language: each language's tree fetched with its market's
// Accept-Language and kept; a value chosen for fr-fr is not sent to de-de; the German value suggested from the German
// tree at the French value's position where both lists match, and asked for where they do not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import categoryTree from '../../../resources/sandbox/category-tree.json' with { type: 'json' };
import type { ConnectionStatus, CountrySetting } from '../../../shared/connection';
import { treeForMarket } from '../../sandbox/domain/category-languages';
import type { CategoryNode } from '../../sandbox/state/types';
import type { CategoryTree } from '../backmarket';
import type { Db } from '../db/connection';
import { upsertProduct } from '../db/products-repo';
import { EventBus } from '../events';
import { tempDatabase } from '../test/temp-db';
import { createMappingService, type MappingService } from './mapping-service';
import { mapPhoneLeaf } from './mapping-test-kit';

let db: Db;
let cleanup: () => void;
let mapping: MappingService;
let countries: CountrySetting[];
let fetched: string[];
let events: EventBus;
let failing: string | null;
let clock = Date.parse('2026-11-27T10:00:00Z');
const now = () => new Date((clock += 1000));

beforeEach(async () => {
  ({ db, cleanup } = tempDatabase());
  countries = [
    { code: 'de-de', language: 'de' },
    { code: 'fr-fr', language: 'fr' },
    { code: 'de-at', language: 'de' },
  ];
  fetched = [];
  failing = null;
  events = new EventBus();
  mapping = createMappingService({
    database: () => db,
    countries: () => countries,
    // As Back Market serves it: the tree in the language of the market asked for.
    fetchCategoryTree: async (market) => {
      if (market === failing) throw new Error('getaddrinfo ENOTFOUND');
      fetched.push(market);
      return treeForMarket(categoryTree as unknown as CategoryNode[], market) as CategoryTree[];
    },
    events,
    now,
  });
  upsertProduct(db, { productNumber: 'IP13', title: 'iPhone 13', brand: 'Apple', category: 'Handys', condition: 'A', stock: 2, price: 500, weightGrams: 174, ean: '4006381333931', colour: 'Midnight', image1: 'https://x/1.jpg', description: 'd' }, { Model: 'A2633', Screen: '6.1', MSRP: '909' }, now().toISOString());
});
afterEach(() => cleanup());

function mapPhone() {
  mapping.setCategory('Handys', 2);
  mapping.applySuggestions();
  mapPhoneLeaf(mapping);
  mapping.setValue('attribute:2:color', 'Midnight', 'Noir');
  for (const country of countries) mapping.setPrice(1, country.code, 459.9);
}
const codesFor = (country: string) => mapping.problems(1).countries.find((entry) => entry.country === country)?.problems.map((problem) => [problem.code, problem.field]);

describe('the category tree per market language', () => {
  it('is fetched once per language through its first market, France first, and kept for each', async () => {
    const info = await mapping.categoryTree();
    expect(fetched).toEqual(['fr-fr', 'de-de']);
    expect(info.languages.map((entry) => [entry.language, entry.market, entry.leafCount])).toEqual([
      ['de', 'de-de', 14],
      ['fr', 'fr-fr', 14],
    ]);
    expect(info.missingLanguages).toEqual([]);
    // Categories are searched and shown in the home market's tree (France's).
    expect(mapping.searchCategories('micro ondes', 5, true)[0]?.path).toBe('Électroménager > Cuisine > Micro-ondes');

    // A market of a new language: its tree is fetched on the next look, the others are kept.
    countries = [...countries, { code: 'it-it', language: 'it' }];
    expect((await mapping.categoryTree(false)).missingLanguages).toEqual(['it']);
    const later = await mapping.categoryTree();
    expect(fetched).toEqual(['fr-fr', 'de-de', 'it-it']);
    expect(later.languages.map((entry) => entry.language)).toEqual(['de', 'fr', 'it']);
  });

  it('holds back the markets whose language has no stored tree, saying to refresh it', async () => {
    failing = 'de-de';
    await mapping.categoryTree();
    mapPhone();
    expect(codesFor('fr-fr')).toEqual([]);
    expect(codesFor('de-de')).toEqual([['tree-language-missing', 'category_id']]);
    expect(mapping.problems(1).countries[0]?.problems[0]?.message).toMatch(/category tree in the language of Germany \(German\) is not stored.*Refresh the category tree/);
  });
});

describe('a tree kept by an older version, before trees were kept per language', () => {
  it('is read by every market as before, until the next connection fetches each language in the background', async () => {
    await mapping.categoryTree();
    db.exec('DELETE FROM bm_leaf_languages; DELETE FROM bm_tree_languages');
    mapPhone();
    // Nothing newly held back by the upgrade alone.
    expect(codesFor('de-de')).toEqual([]);
    fetched = [];
    events.emit('connection:changed', {} as ConnectionStatus);
    await vi.waitFor(() => expect(fetched).toEqual(['fr-fr', 'de-de']));
    await vi.waitFor(() => expect(codesFor('de-de')).toEqual([
      ['value-not-allowed', 'color'],
      ['value-not-allowed', 'storage'],
      ['value-not-allowed', 'network'],
    ]));
    expect(codesFor('fr-fr')).toEqual([]);
  });
});

describe('value maps per market language', () => {
  beforeEach(async () => {
    await mapping.categoryTree();
    mapPhone();
  });

  it('does not send a French value to the German markets: each German market is held back until its value is chosen', () => {
    expect(codesFor('fr-fr')).toEqual([]);
    expect(codesFor('de-de')).toEqual([
      ['value-not-allowed', 'color'],
      ['value-not-allowed', 'storage'],
      ['value-not-allowed', 'network'],
    ]);
    expect(codesFor('de-at')).toEqual(codesFor('de-de'));
    const colour = mapping.problems(1).countries[0]?.problems[0];
    expect(colour?.fix).toEqual({ kind: 'mapping', section: 'category-attributes', key: 'attribute:2:color:de' });
  });

  it('suggests the German value at the French value’s position where the lists match, and asks where they do not', () => {
    const colours = mapping.valueMap('attribute:2:color:de');
    expect(colours).toMatchObject({ language: 'de', languages: ['de', 'fr'] });
    expect(colours.targets.slice(0, 3)).toEqual(['Schwarz', 'Weiß', 'Silber']);
    // Midnight was mapped to Noir for France: Noir is the first French colour, Schwarz the first German one.
    expect(colours.entries).toEqual([{ merchantValue: 'Midnight', count: 1, target: null, suggestion: 'Schwarz' }]);
    // A fixed French value is suggested the same way; the networks are each market's own, so nothing is guessed.
    expect(mapping.valueMap('attribute:2:storage:de').entries).toEqual([{ merchantValue: '128 Go', count: 1, target: null, suggestion: '128 GB' }]);
    const networks = mapping.valueMap('attribute:2:network:de');
    expect(networks.targets).toEqual(['Entsperrt', 'Telekom', 'Vodafone', 'O2']);
    expect(networks.entries).toEqual([{ merchantValue: 'Débloqué', count: 1, target: null, suggestion: null }]);
    expect(() => mapping.setValue('attribute:2:color:de', 'Midnight', 'Noir')).toThrow(/"Noir" is not one of the values Back Market accepts/);

    mapping.setValue('attribute:2:color:de', 'Midnight', 'Schwarz');
    mapping.setField('category:2:storage', undefined, { kind: 'fixed', value: '128 GB' });
    mapping.setValue('attribute:2:storage', '128 GB', '128 Go');
    mapping.setField('category:2:network', undefined, { kind: 'fixed', value: 'Débloqué' });
    mapping.setValue('attribute:2:network:de', 'Débloqué', 'Entsperrt');
    expect(codesFor('de-de')).toEqual([]);
    expect(codesFor('de-at')).toEqual([]);
    expect(codesFor('fr-fr')).toEqual([]);
    // The French map still answers for France; the German one shows its own choice.
    expect(mapping.valueMap('attribute:2:color').entries[0]?.target).toBe('Noir');
    expect(mapping.valueMap('attribute:2:color:de').entries[0]?.target).toBe('Schwarz');
  });
});
