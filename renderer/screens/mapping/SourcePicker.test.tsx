import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FieldSource } from '../../../shared/mapping';
import { SourcePicker } from './SourcePicker';

function renderPicker(suggestion: FieldSource) {
  const onChange = vi.fn();
  render(<SourcePicker label="Source of Warranty (months)" source={null} suggestion={suggestion} attributeNames={['Garantie (mois)']} emptyLabel="Not mapped" onChange={onChange} />);
  return onChange;
}

describe('a suggested source', () => {
  it('names the column of the merchant\'s file it comes from, marked in the list', async () => {
    const onChange = renderPicker({ kind: 'attribute', name: 'Garantie (mois)' });
    expect(screen.getByRole('option', { name: 'Garantie (mois) (suggested)' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use the suggestion: Garantie (mois)' }));
    expect(onChange).toHaveBeenCalledWith({ kind: 'attribute', name: 'Garantie (mois)' });
  });

  it('says a fixed value is a default, not taken from the file', async () => {
    const onChange = renderPicker({ kind: 'fixed', value: '12' });
    expect(screen.queryByRole('button', { name: /Use the suggestion/ })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use the default “12” (not from your file)' }));
    expect(onChange).toHaveBeenCalledWith({ kind: 'fixed', value: '12' });
  });
});

describe('the catalogue’s per-language and per-market text columns as sources', () => {
  it('are named as a French merchant reads them, and still choose the column itself', async () => {
    const i18next = (await import('../../i18n')).default;
    await i18next.changeLanguage('fr');
    try {
      const onChange = vi.fn();
      const names = ['comment_de', 'comment_fr-fr', 'title_de', 'description_nl', 'Garantie (mois)'];
      render(<SourcePicker label="Source du commentaire" source={null} suggestion={{ kind: 'attribute', name: 'comment_fr-be' }} attributeNames={names} emptyLabel="Non associé" onChange={onChange} />);
      const attributes = screen.getByRole('group', { name: 'Vos attributs' });
      expect(Array.from(attributes.querySelectorAll('option')).map((option) => option.textContent)).toEqual([
        'Commentaire (allemand)',
        'Commentaire (France)',
        'Titre (allemand)',
        'Description (néerlandais)',
        'Garantie (mois)',
      ]);
      await userEvent.setup().selectOptions(screen.getByRole('combobox'), 'Titre (allemand)');
      expect(onChange).toHaveBeenCalledWith({ kind: 'attribute', name: 'title_de' });
      // The suggestion's button names it alike.
      expect(screen.getByRole('button', { name: /Commentaire \(Belgique\)/ })).toBeTruthy();
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
