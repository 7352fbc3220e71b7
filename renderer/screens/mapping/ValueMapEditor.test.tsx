import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GRADES } from '../../../shared/grades';
import type { ValueMapView } from '../../../shared/mapping';
import i18next from '../../i18n';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { gradeText } from './grade-text';
import { ValueMapEditor } from './ValueMapEditor';

function conditionMap(): ValueMapView {
  return {
    map: 'condition',
    targets: [...GRADES],
    entries: [
      { merchantValue: 'A', count: 50, target: 'EXCELLENT', suggestion: 'EXCELLENT' },
      { merchantValue: 'B', count: 48, target: null, suggestion: 'VERY_GOOD' },
      { merchantValue: 'Gold', count: 2, target: null, suggestion: 'VERY_GOOD' },
      { merchantValue: 'Worn', count: 3, target: null, suggestion: null },
    ],
  };
}

function setup() {
  const view = conditionMap();
  const fake = createFakeApi({
    'mapping:valueMap': () => structuredClone(view),
    'mapping:setValue': ({ merchantValue, target }) => {
      const entry = view.entries.find((candidate) => candidate.merchantValue === merchantValue);
      if (entry) entry.target = target;
      return { affectedProducts: entry?.count ?? 0 };
    },
  });
  renderWithApi(<ValueMapEditor map="condition" title="Condition value map" targetText={(target) => gradeText(i18next.t, target)} />, fake.api);
  return fake;
}

const selectFor = (value: string) => screen.getByRole('combobox', { name: `Back Market value for ${value}` }) as HTMLSelectElement;

describe('the condition value map', () => {
  it('lists the merchant values with their product counts, suggestions preselected but marked unsaved', async () => {
    setup();
    const rows = await screen.findAllByTestId('value-map-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['A', 'B', 'Gold', 'Worn']);
    expect(rows[1]?.textContent).toContain('48 products');
    expect(selectFor('A').value).toBe('EXCELLENT');
    expect(within(rows[0] as HTMLElement).getByText('Saved')).toBeTruthy();
    expect(selectFor('B').value).toBe('VERY_GOOD');
    expect(within(rows[1] as HTMLElement).getByText('Suggested, not saved')).toBeTruthy();
    expect(selectFor('Worn').value).toBe('');
    // The grade names carry the older names merchants know.
    expect(within(selectFor('Gold')).getByRole('option', { name: 'Very good (Gold, state 1)' })).toBeTruthy();
  });

  it('saves a grade chosen by hand, and confirms every suggestion at once', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findAllByTestId('value-map-row');
    await user.selectOptions(selectFor('Worn'), 'FAIR');
    await waitFor(() => expect(fake.callsOf('mapping:setValue')).toEqual([{ map: 'condition', merchantValue: 'Worn', target: 'FAIR' }]));
    await user.click(screen.getByRole('button', { name: 'Confirm 2 suggestions' }));
    await waitFor(() => expect(fake.callsOf('mapping:setValue')).toHaveLength(3));
    expect(fake.callsOf('mapping:setValue').slice(1)).toEqual([
      { map: 'condition', merchantValue: 'B', target: 'VERY_GOOD' },
      { map: 'condition', merchantValue: 'Gold', target: 'VERY_GOOD' },
    ]);
    await waitFor(() => expect(screen.queryByText('Suggested, not saved')).toBeNull());
    expect(screen.queryByRole('button', { name: /Confirm/ })).toBeNull();
  });
});

describe('an attribute value map with markets of several languages', () => {
  it('switches to one language’s values, suggested from the shared ones, and saves them in that language’s map', async () => {
    const user = userEvent.setup();
    const views: Record<string, ValueMapView> = {
      'attribute:2:color': { map: 'attribute:2:color', language: null, languages: ['fr', 'de'], targets: ['Noir', 'Blanc'], entries: [{ merchantValue: 'Midnight', count: 4, target: 'Noir', suggestion: null }] },
      'attribute:2:color:de': { map: 'attribute:2:color:de', language: 'de', languages: ['fr', 'de'], targets: ['Schwarz', 'Weiß'], entries: [{ merchantValue: 'Midnight', count: 4, target: null, suggestion: 'Schwarz' }] },
    };
    const fake = createFakeApi({
      'mapping:valueMap': ({ map }) => structuredClone(views[map] as ValueMapView),
      'mapping:setValue': () => ({ affectedProducts: 4 }),
    });
    renderWithApi(<ValueMapEditor map="attribute:2:color" title="Values of Couleur" />, fake.api);
    expect((await screen.findByRole('combobox', { name: 'Back Market value for Midnight' }) as HTMLSelectElement).value).toBe('Noir');
    await user.selectOptions(screen.getByTestId('value-map-language'), 'German');
    await waitFor(() => expect(selectFor('Midnight').value).toBe('Schwarz'));
    expect(screen.getByText('Suggested, not saved')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirm 1 suggestion' }));
    await waitFor(() => expect(fake.callsOf('mapping:setValue')).toEqual([{ map: 'attribute:2:color:de', merchantValue: 'Midnight', target: 'Schwarz' }]));
  });
});

describe('the condition map of a catalogue an account import wrote grades into', () => {
  it('lists each grade once: the merchant’s « Excellent » to map, the import’s EXCELLENT said as sent as it is, in French', async () => {
    await i18next.changeLanguage('fr');
    try {
      const view: ValueMapView = {
        map: 'condition',
        targets: [...GRADES],
        entries: [
          { merchantValue: 'EXCELLENT', count: 12, target: null, suggestion: 'EXCELLENT' },
          { merchantValue: 'Excellent', count: 5, target: null, suggestion: 'EXCELLENT' },
          { merchantValue: 'GOOD', count: 1, target: null, suggestion: 'GOOD' },
          { merchantValue: 'Très bon', count: 4, target: 'VERY_GOOD', suggestion: 'VERY_GOOD' },
        ],
      };
      const user = userEvent.setup();
      const fake = createFakeApi({ 'mapping:valueMap': () => structuredClone(view), 'mapping:setValue': () => ({ affectedProducts: 5 }) });
      renderWithApi(<ValueMapEditor map="condition" title="États" targetText={(target) => gradeText(i18next.t, target)} />, fake.api);
      const rows = await screen.findAllByTestId('value-map-row');
      expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Excellent', 'Très bon']);
      expect(screen.getByTestId('grades-as-is').textContent).toBe(
        'Déjà des grades Back Market dans votre catalogue (écrits par l’import du compte), envoyés tels quels, rien à associer : Excellent (12 produits) et Bon (1 produit).',
      );
      // Confirming the suggestions maps the merchant's value only: the codes need no entry (and mark nothing pending).
      await user.click(screen.getByRole('button', { name: /Confirmer 1 suggestion/ }));
      await waitFor(() => expect(fake.callsOf('mapping:setValue')).toEqual([{ map: 'condition', merchantValue: 'Excellent', target: 'EXCELLENT' }]));
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
