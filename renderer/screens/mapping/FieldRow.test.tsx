// The attribute mapping names Back Market's fields and explains them in the merchant's language, not in English.
import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { findBmField, type FieldMappingRow } from '../../../shared/mapping';
import { createFakeApi } from '../../test/fake-api';
import { COUNTRIES } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { FieldRow } from './FieldRow';

function rowOf(field: string): FieldMappingRow {
  const spec = findBmField(field);
  if (!spec) throw new Error(`no field ${field}`);
  return { ...spec, source: null, countrySources: {}, suggestion: null };
}

const show = (field: string) => renderWithApi(<FieldRow row={rowOf(field)} countries={COUNTRIES} attributeNames={['Garantie (mois)']} />, createFakeApi({}).api);

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('a Back Market field in the attribute mapping', () => {
  it('is named and explained in French, its source picker too', async () => {
    await i18next.changeLanguage('fr');
    show('brand');
    const row = screen.getByTestId('field-row-brand');
    expect(row.querySelector('strong')?.textContent).toBe('Marque');
    expect(row.textContent).toContain('La marque ou le fabricant (par exemple AEG).');
    expect(screen.getByLabelText('Source de Marque')).toBeTruthy();
    expect(row.textContent).not.toMatch(/Brand|manufacturer/);
  });

  it('is named and explained in German, with the rule\'s numbers', async () => {
    await i18next.changeLanguage('de');
    show('warranty_delay');
    const row = screen.getByTestId('field-row-warranty_delay');
    expect(row.querySelector('strong')?.textContent).toBe('Garantie (Monate)');
    expect(row.textContent).toContain('Die Garantie in Monaten; mindestens 12');
    expect(row.textContent).not.toMatch(/Warranty|months/);
  });

  it('keeps English\'s wording, from the same source as main\'s, in English', () => {
    show('shipper_display_2');
    expect(screen.getByTestId('field-row-shipper_display_2').querySelector('strong')?.textContent).toBe('Shipper 2 display name');
  });
});
