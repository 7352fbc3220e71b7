// An edit on the Attributes screen refetches only what it changed: the leaf whose attribute got a source, or the one value
// map edited, whatever the number of mapped categories on screen. Main echoes every write with a mapping:changed event;
// the echo is not fetched a second time. A change made elsewhere (another window, an imported file) still refreshes
// every read of its section.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../shared/contract';
import { categoryAttributeKey, findBmField, type CategoryAttributes, type FieldSource, type MerchantCategory, type ValueMapName, type ValueMapView } from '../../../shared/mapping';
import { useMappingChangedRefresh } from '../../api/mapping-queries';
import { createFakeApi } from '../../test/fake-api';
import { categoryHit, COUNTRIES } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { AttributesScreen } from './AttributesScreen';

const COLOURS = ['Noir', 'Blanc'];

/** A catalogue of `leafCount` categories, each mapped to its own leaf with a colour (mapped) and a storage (not yet). */
function catalogue(leafCount: number, { echoLate = false } = {}) {
  const leafIds = Array.from({ length: leafCount }, (_, index) => 100 + index);
  const sources = new Map<string, FieldSource>(leafIds.map((id) => [categoryAttributeKey(id, 'colour'), { kind: 'attribute', name: 'Couleur' }]));
  const targets = new Map<string, Map<string, string>>();
  const grade = findBmField('grade');
  if (!grade) throw new Error('no grade field');
  const fake = createFakeApi({
    'mapping:fields': () => ({
      fields: [{ ...grade, source: { kind: 'field', field: 'condition' }, countrySources: {}, suggestion: null }],
      countries: COUNTRIES,
      attributeNames: ['Couleur', 'Stockage'],
      warrantyMinimumMonths: 12,
    }),
    'mapping:merchantCategories': () => ({
      categories: leafIds.map(
        (id): MerchantCategory => ({ merchantCategory: `Category ${id}`, productCount: 4, marketplaceCategoryId: id, leaf: categoryHit(id, `Leaf ${id}`, ''), stale: false, suggestion: null }),
      ),
      unmapped: { categories: 0, products: 0 },
      uncategorisedProducts: 0,
      tree: { fetchedAt: '2026-12-01T00:00:00Z', nodeCount: 500, leafCount: 400, languages: [], missingLanguages: [] },
    }),
    'mapping:categoryAttributes': ({ marketplaceCategoryId: id }): CategoryAttributes => ({
      marketplaceCategoryId: id,
      path: `Leaf ${id}`,
      gloss: '',
      merchantCategories: [`Category ${id}`],
      productCount: 4,
      attributes: [
        { field: 'colour', label: 'Colour', kind: 'multiple-choice', required: true, allowedValues: ['Black', 'White'], key: categoryAttributeKey(id, 'colour'), source: sources.get(categoryAttributeKey(id, 'colour')) ?? null, suggestion: null, valueMap: `attribute:${id}:colour` },
        { field: 'storage', label: 'Storage', kind: 'string', required: true, allowedValues: [], key: categoryAttributeKey(id, 'storage'), source: sources.get(categoryAttributeKey(id, 'storage')) ?? null, suggestion: null, valueMap: null },
      ],
    }),
    'mapping:valueMap': ({ map }): ValueMapView => {
      const own = targets.get(map) ?? new Map<string, string>();
      const values = map === 'condition' ? ['A', 'B'] : COLOURS;
      return { map: map as ValueMapName, entries: values.map((merchantValue) => ({ merchantValue, count: 2, target: own.get(merchantValue) ?? null, suggestion: null })), targets: map === 'condition' ? ['EXCELLENT', 'GOOD'] : ['Black', 'White'] };
    },
    'mapping:completeness': () => ({ countries: [] }),
    // Main answers a write after telling every window, the way mapping-service's changed() does; the preview's events
    // come on their own connection and may arrive after the answer.
    'mapping:setField': async ({ backMarketField, source }) => {
      if (source) sources.set(backMarketField, source);
      else sources.delete(backMarketField);
      await echo('category-attributes');
      return { affectedProducts: 4 };
    },
    'mapping:setValue': async ({ map, merchantValue, target }) => {
      const own = targets.get(map) ?? new Map<string, string>();
      if (target) own.set(merchantValue, target);
      targets.set(map, own);
      await echo(map === 'condition' ? 'conditions' : 'category-attributes');
      return { affectedProducts: 2 };
    },
  });
  async function echo(section: 'category-attributes' | 'conditions') {
    if (!echoLate) return fake.emit('mapping:changed', { section });
    setTimeout(() => fake.emit('mapping:changed', { section }), 20);
  }
  function Screen() {
    useMappingChangedRefresh();
    return <AttributesScreen />;
  }
  renderWithApi(<Screen />, fake.api);
  return { ...fake, leafIds };
}

const countOf = (calls: { name: CallName }[], name: CallName) => calls.filter((call) => call.name === name).length;

/** The reads an action causes, counted once every fetch it started has answered (and a late echo has come and gone). */
async function readsCausedBy(fake: ReturnType<typeof catalogue>, action: () => Promise<void>) {
  const before = fake.calls.length;
  await action();
  await new Promise((resolve) => setTimeout(resolve, 150));
  await waitFor(() => expect(screen.queryAllByRole('status')).toEqual([]));
  const after = fake.calls.slice(before);
  return { valueMap: countOf(after, 'mapping:valueMap'), categoryAttributes: countOf(after, 'mapping:categoryAttributes'), fields: countOf(after, 'mapping:fields'), completeness: countOf(after, 'mapping:completeness') };
}

async function shown(leafCount: number, options?: { echoLate?: boolean }) {
  const fake = catalogue(leafCount, options);
  await waitFor(() => expect(screen.getAllByTestId('leaf-attributes')).toHaveLength(leafCount));
  await waitFor(() => expect(screen.getAllByRole('region', { name: /^Values of Colour/ })).toHaveLength(leafCount));
  return fake;
}

const blockOf = (index: number) => screen.getAllByTestId('leaf-attributes')[index] as HTMLElement;
const storageSelect = (index: number) => within(blockOf(index)).getByTestId('attribute-row-storage').querySelector('select') as HTMLSelectElement;

async function mapStorage(index: number) {
  await userEvent.setup().selectOptions(storageSelect(index), 'attribute:Stockage');
  await waitFor(() => expect(within(blockOf(index)).getByTestId('attribute-row-storage').className).not.toContain('field-row-missing'));
}

async function mapColour(index: number, value: string, target: string) {
  const select = within(blockOf(index)).getByRole('combobox', { name: `Back Market value for ${value}` }) as HTMLSelectElement;
  await userEvent.setup().selectOptions(select, target);
  await waitFor(() => expect((within(blockOf(index)).getByRole('combobox', { name: `Back Market value for ${value}` }) as HTMLSelectElement).value).toBe(target));
}

describe('an edit on the Attributes screen', () => {
  it.each([3, 12])("refetches only the edited leaf's attributes and no value map, with %i mapped categories", async (leafCount) => {
    const fake = await shown(leafCount);
    const reads = await readsCausedBy(fake, () => mapStorage(1));
    expect(reads).toEqual({ valueMap: 0, categoryAttributes: 1, fields: 0, completeness: 1 });
    expect(fake.callsOf('mapping:categoryAttributes').at(-1)).toEqual({ marketplaceCategoryId: fake.leafIds[1] });
  });

  it.each([3, 12])('refetches only the value map edited, with %i mapped categories', async (leafCount) => {
    const fake = await shown(leafCount);
    const reads = await readsCausedBy(fake, () => mapColour(2, 'Blanc', 'White'));
    expect(reads).toEqual({ valueMap: 1, categoryAttributes: 0, fields: 0, completeness: 1 });
    expect(fake.callsOf('mapping:valueMap').at(-1)).toEqual({ map: `attribute:${fake.leafIds[2]}:colour` });
  });

  it('does not fetch again when main echoes the write after answering it', async () => {
    const fake = await shown(6, { echoLate: true });
    const reads = await readsCausedBy(fake, () => mapColour(0, 'Noir', 'Black'));
    expect(reads).toEqual({ valueMap: 1, categoryAttributes: 0, fields: 0, completeness: 1 });
  });

  it('refreshes every leaf and attribute value map on a change made elsewhere, and the condition map on a condition change', async () => {
    const fake = await shown(4);
    const attributes = await readsCausedBy(fake, async () => fake.emit('mapping:changed', { section: 'category-attributes' }));
    expect(attributes).toEqual({ valueMap: 4, categoryAttributes: 4, fields: 0, completeness: 1 });
    const conditions = await readsCausedBy(fake, async () => fake.emit('mapping:changed', { section: 'conditions' }));
    expect(conditions).toEqual({ valueMap: 1, categoryAttributes: 0, fields: 0, completeness: 1 });
    expect(fake.callsOf('mapping:valueMap').at(-1)).toEqual({ map: 'condition' });
    const imported = await readsCausedBy(fake, async () => fake.emit('mapping:changed', { section: 'import' }));
    expect(imported).toEqual({ valueMap: 5, categoryAttributes: 4, fields: 1, completeness: 1 });
  });
});
