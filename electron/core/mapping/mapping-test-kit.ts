// Test support: the Mapping service over a test's database with what most tests leave as it is (the French market, no
// category tree to fetch, an event bus nobody listens to) and the clock the test names; a test overrides the rest.
import categoryTree from '../../../resources/sandbox/category-tree.json' with { type: 'json' };
import type { CategoryTree } from '../backmarket';
import type { Db } from '../db/connection';
import { EventBus } from '../events';
import { createMappingService, type MappingDeps, type MappingService } from './mapping-service';

/** The sandbox's category tree, in French, as Back Market serves it to fr-fr. */
export const sandboxCategoryTree = async (): Promise<CategoryTree[]> => categoryTree as CategoryTree[];

export function mappingServiceOver(db: Db, at: string, deps: Partial<Omit<MappingDeps, 'database'>> = {}): MappingService {
  return createMappingService({
    database: () => db,
    countries: () => [{ code: 'fr-fr', language: 'fr' }],
    fetchCategoryTree: async () => [],
    events: new EventBus(),
    now: () => new Date(at),
    ...deps,
  });
}

/** What the phone leaf (category 2) asks beyond the suggestions, mapped from a catalogue with MSRP, Model and Screen
 * columns, every phone unlocked with 128 Go, and grade A sold as Excellent. */
export function mapPhoneLeaf(mapping: MappingService): void {
  mapping.setField('price_new', undefined, { kind: 'attribute', name: 'MSRP' });
  mapping.setField('category:2:model', undefined, { kind: 'attribute', name: 'Model' });
  mapping.setField('category:2:screen_size', undefined, { kind: 'attribute', name: 'Screen' });
  mapping.setField('category:2:network', undefined, { kind: 'fixed', value: 'Débloqué' });
  mapping.setField('category:2:storage', undefined, { kind: 'fixed', value: '128 Go' });
  mapping.setValue('condition', 'A', 'EXCELLENT');
}
