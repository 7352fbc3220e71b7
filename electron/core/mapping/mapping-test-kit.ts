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
