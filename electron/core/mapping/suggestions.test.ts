// Suggestions start from the merchant's data: a column whose header means the field, in any of the six languages, comes
// before a fixed default; and the file's own warranty then decides readiness.
import { afterEach, describe, expect, it } from 'vitest';
import type { LeafAttribute } from '../../../shared/mapping';
import { upsertProduct } from '../db/products-repo';
import { tempDatabase } from '../test/temp-db';
import { headerWords, meaningOf } from './column-meanings';
import { mappingServiceOver } from './mapping-test-kit';
import { suggestAttributeSource, suggestFieldSource } from './suggestions';

const leafAttribute = (field: string, label: string, kind: LeafAttribute['kind'] = 'multiple-choice'): LeafAttribute => ({ field, label, kind, required: true, allowedValues: [] });

describe('what a header means, in six languages', () => {
  it.each([
    ['Garantie (mois)', 'warranty'],
    ['Gewährleistung', 'warranty'],
    ['Garantía', 'warranty'],
    ['Garanzia (mesi)', 'warranty'],
    ['Garantie in maanden', 'warranty'],
    ['Warranty (months)', 'warranty'],
    ['Commentaire', 'comment'],
    ['Bemerkungen', 'comment'],
    ['Opmerking', 'comment'],
    ['Modèle', 'model'],
    ['Modell', 'model'],
    ['Speicher (GB)', 'storage'],
    ['Capacité de stockage', 'storage'],
    ['Almacenamiento', 'storage'],
    ['Farbe', 'colour'],
    ['Kleur', 'colour'],
    ["Prix d'achat", 'cost_price'],
  ])('%s means %s', (header, meaning) => {
    expect(meaningOf(header)).toBe(meaning);
  });

  it('says nothing of a header it does not know, nor of a longer phrase holding a known word', () => {
    expect(meaningOf('Battery health')).toBeUndefined();
    expect(meaningOf('Storage type')).toBeUndefined();
    // A microwave's capacity is litres, not storage.
    expect(meaningOf('capacity')).toBeUndefined();
    expect(headerWords('  Garantie  (mois) ')).toBe('garantie');
  });
});

describe('field suggestions', () => {
  it('suggests the file\'s warranty and comment columns before the fixed 12 months', () => {
    expect(suggestFieldSource('warranty_delay', ['Couleur', 'Garantie (mois)'])).toEqual({ kind: 'attribute', name: 'Garantie (mois)' });
    expect(suggestFieldSource('warranty_delay', ['Gewährleistung'])).toEqual({ kind: 'attribute', name: 'Gewährleistung' });
    expect(suggestFieldSource('comment', ['Opmerkingen'])).toEqual({ kind: 'attribute', name: 'Opmerkingen' });
    // Only without such a column: the fixed default.
    expect(suggestFieldSource('warranty_delay', ['Couleur'])).toEqual({ kind: 'fixed', value: '12' });
  });

  it('suggests a category attribute from a free column of the same meaning before the core field', () => {
    expect(suggestAttributeSource(leafAttribute('model', 'Model'), ['Modèle'])).toEqual({ kind: 'attribute', name: 'Modèle' });
    expect(suggestAttributeSource(leafAttribute('storage_capacity', 'Storage capacity'), ['Speicher (GB)'])).toEqual({ kind: 'attribute', name: 'Speicher (GB)' });
    expect(suggestAttributeSource(leafAttribute('storage', 'Stockage'), [])).toEqual({ kind: 'field', field: 'storage' });
    expect(suggestAttributeSource(leafAttribute('color', 'Couleur'), ['Farbe'])).toEqual({ kind: 'attribute', name: 'Farbe' });
    expect(suggestAttributeSource(leafAttribute('color', 'Color'), [])).toEqual({ kind: 'field', field: 'colour' });
    expect(suggestAttributeSource(leafAttribute('storage_type', 'Storage type'), ['Speicher'])).toBeNull();
    expect(suggestAttributeSource(leafAttribute('capacity', 'Capacity'), ['Speicher'])).toBeNull();
    // A laptop's storage_capacity is a number: the merchant's own column, but never the core storage text ("256 GB").
    expect(suggestAttributeSource(leafAttribute('storage_capacity', 'Storage capacity', 'integer'), [])).toBeNull();
    expect(suggestAttributeSource(leafAttribute('storage_capacity', 'Storage capacity', 'integer'), ['Speicherkapazität (GB)'])).toEqual({ kind: 'attribute', name: 'Speicherkapazität (GB)' });
  });
});

describe('the file\'s own warranty', () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it('is applied as suggested, and a product with 6 months shows the warranty problem in every country', () => {
    const temp = tempDatabase();
    cleanup = temp.cleanup;
    const at = '2026-12-01T10:00:00Z';
    const mapping = mappingServiceOver(temp.db, at, {
      countries: () => [
        { code: 'fr-fr', language: 'fr' },
        { code: 'de-de', language: 'de' },
      ],
    });
    const six = upsertProduct(temp.db, { productNumber: 'SIX', title: 'Six months' } as never, { 'Garantie (mois)': '6' }, at);
    const twelve = upsertProduct(temp.db, { productNumber: 'TWELVE', title: 'Twelve months' } as never, { 'Garantie (mois)': '12' }, at);
    mapping.applySuggestions();
    expect(mapping.fields().fields.find((row) => row.field === 'warranty_delay')?.source).toEqual({ kind: 'attribute', name: 'Garantie (mois)' });
    const warrantyProblems = (productId: number) =>
      mapping
        .problems(productId)
        .countries.map((country) => ({ country: country.country, ready: country.ready, warranty: country.problems.filter((problem) => problem.field === 'warranty_delay').length }));
    expect(warrantyProblems(six)).toEqual([
      { country: 'fr-fr', ready: false, warranty: 1 },
      { country: 'de-de', ready: false, warranty: 1 },
    ]);
    expect(warrantyProblems(twelve).map((country) => country.warranty)).toEqual([0, 0]);
  });
});
