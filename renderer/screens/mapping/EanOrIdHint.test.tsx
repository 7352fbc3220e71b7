// The attribute mapping warns under the EAN row only while neither the EAN nor Back Market's product id has a source:
// Back Market attaches an offer to its product by one of the two, so either one mapped is enough.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findBmField, type FieldMappingRow, type FieldSource } from '../../../shared/mapping';
import i18next from '../../i18n';
import { createFakeApi } from '../../test/fake-api';
import { COUNTRIES } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { AttributesScreen } from './AttributesScreen';

function rowOf(field: string, source: FieldSource | null = null, countrySources: Record<string, FieldSource> = {}): FieldMappingRow {
  const spec = findBmField(field);
  if (!spec) throw new Error(`no field ${field}`);
  return { ...spec, source, countrySources, suggestion: null };
}

function show(fields: FieldMappingRow[]) {
  const fake = createFakeApi({
    'mapping:fields': () => ({ fields, countries: COUNTRIES, attributeNames: ['Code EAN', 'Réf. Back Market'], warrantyMinimumMonths: 12 }),
  });
  renderWithApi(<AttributesScreen />, fake.api);
}

const hint = () => screen.getByTestId('field-row-ean').querySelector('.hint-strong');

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the EAN row of the attribute mapping', () => {
  it('warns in French while neither the EAN nor the product id is mapped', async () => {
    await i18next.changeLanguage('fr');
    show([rowOf('ean'), rowOf('product_id')]);
    await screen.findByTestId('field-row-ean');
    expect(hint()?.textContent).toMatch(/^Associez l’EAN ou l’identifiant produit Back Market — au moins l’un des deux/);
  });

  it('says nothing once the EAN is mapped', async () => {
    show([rowOf('ean', { kind: 'attribute', name: 'Code EAN' }), rowOf('product_id')]);
    await screen.findByTestId('field-row-ean');
    expect(hint()).toBeNull();
  });

  it('says nothing once the product id is mapped, even for one market only', async () => {
    show([rowOf('ean'), rowOf('product_id', null, { 'fr-fr': { kind: 'attribute', name: 'Réf. Back Market' } })]);
    await screen.findByTestId('field-row-ean');
    expect(hint()).toBeNull();
  });
});
