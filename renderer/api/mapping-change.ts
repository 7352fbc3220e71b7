// Which reads one mapping change makes stale. A value map edit touches that value map (and its other languages); an
// attribute's source touches its leaf and its value maps; every change touches the counts (completeness, readiness,
// problems, the snapshot, prices, the catalogue's badges). The Attributes screen holds a read per mapped leaf and per
// value map: refetching only the ones changed keeps an edit quick however many categories the catalogue has.
import type { CallInput, CallName, EventMap } from '../../shared/contract';
import { parseCategoryAttributeKey, parseValueMapName } from '../../shared/mapping';

export type ChangeSection = EventMap['mapping:changed']['section'];

/** What a change touched, as precisely as the renderer knows it: its own writes exactly, main's events by section. */
export type MappingChange = { kind: 'value-map'; map: string } | { kind: 'field'; field: string } | { kind: 'section'; section: ChangeSection };

/** Reads that show one part of the mapping. Every other mapping, pricing or catalogue read follows every change. */
const PART_READS = new Set<unknown>([
  'mapping:valueMap',
  'mapping:categoryAttributes',
  'mapping:fields',
  'mapping:merchantCategories',
  'mapping:categoryBranches',
  'mapping:searchCategories',
  'mapping:productLeaf',
  'mapping:merchantValues',
]);
const CATALOGUE_READS = new Set<unknown>(['catalogue:list', 'catalogue:facets', 'catalogue:get']);
const SHIPPER_FIELDS = new Set(['shipper_1', 'shipper_2', 'shipper_3']);

const isMappingRead = (name: unknown) => typeof name === 'string' && (name.startsWith('mapping:') || name.startsWith('pricing:') || CATALOGUE_READS.has(name));

const inputOf = (key: readonly unknown[]) => (typeof key[1] === 'object' && key[1] !== null ? (key[1] as Record<string, unknown>) : {});

/** The same attribute's value map, shared or in one market language: each one's targets follow the other's. */
function sameAttributeMap(map: string, other: unknown): boolean {
  if (typeof other !== 'string') return false;
  if (map === other) return true;
  const a = parseValueMapName(map);
  const b = parseValueMapName(other);
  return Boolean(a && b && a.marketplaceCategoryId === b.marketplaceCategoryId && a.field === b.field);
}

function partAffected(change: MappingChange, name: unknown, input: Record<string, unknown>): boolean {
  if (change.kind === 'value-map') return name === 'mapping:valueMap' && sameAttributeMap(change.map, input.map);
  if (change.kind === 'field') {
    const attribute = parseCategoryAttributeKey(change.field);
    if (attribute) {
      if (name === 'mapping:categoryAttributes') return input.marketplaceCategoryId === attribute.marketplaceCategoryId;
      const map = name === 'mapping:valueMap' && typeof input.map === 'string' ? parseValueMapName(input.map) : undefined;
      return Boolean(map && map.marketplaceCategoryId === attribute.marketplaceCategoryId && map.field === attribute.field);
    }
    if (name === 'mapping:fields') return true;
    if (name !== 'mapping:valueMap') return false;
    // The condition map reads the grade's source, the carrier map the shippers'.
    return (change.field === 'grade' && input.map === 'condition') || (SHIPPER_FIELDS.has(change.field) && input.map === 'carrier');
  }
  switch (change.section) {
    case 'conditions':
      return name === 'mapping:valueMap' && input.map === 'condition';
    case 'carriers':
      return name === 'mapping:valueMap' && input.map === 'carrier';
    case 'category-attributes':
      return name === 'mapping:categoryAttributes' || (name === 'mapping:valueMap' && typeof input.map === 'string' && input.map.startsWith('attribute:'));
    case 'attributes':
      // A field's source, the suggestions applied to every field and leaf, the content language.
      return name === 'mapping:fields' || name === 'mapping:categoryAttributes' || name === 'mapping:valueMap';
    default:
      // Categories, the tree, an imported file, prices: any part may have moved.
      return true;
  }
}

/** Whether a change makes the read with this query key stale. */
export function isAffectedBy(change: MappingChange, key: readonly unknown[]): boolean {
  const name = key[0];
  if (!isMappingRead(name)) return false;
  if (!PART_READS.has(name)) return true;
  return partAffected(change, name, inputOf(key));
}

/** What the merchant's own write changed, from the call and its input. */
export function changeOfCall<N extends CallName>(name: N, input: CallInput<N>): MappingChange {
  if (name === 'mapping:setValue') return { kind: 'value-map', map: (input as CallInput<'mapping:setValue'>).map };
  if (name === 'mapping:setField') return { kind: 'field', field: (input as CallInput<'mapping:setField'>).backMarketField };
  return { kind: 'section', section: sectionOfCall(name) };
}

/** The section of main's mapping:changed event a write of ours is echoed with. */
export function echoSection(change: MappingChange): ChangeSection {
  if (change.kind === 'section') return change.section;
  if (change.kind === 'field') return parseCategoryAttributeKey(change.field) ? 'category-attributes' : 'attributes';
  if (change.map === 'condition') return 'conditions';
  if (change.map === 'carrier') return 'carriers';
  return change.map === 'content-language' ? 'attributes' : 'category-attributes';
}

function sectionOfCall(name: CallName): ChangeSection {
  if (name.startsWith('pricing:')) return 'prices';
  switch (name) {
    case 'mapping:setCategory':
    case 'mapping:setBrandRule':
    case 'mapping:setProductLeaf':
      return 'categories';
    case 'mapping:categoryTree':
      return 'tree';
    case 'mapping:applySuggestions':
      return 'attributes';
    default:
      return 'import';
  }
}
