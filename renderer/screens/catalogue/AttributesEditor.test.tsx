// A product imported from an existing account carries, beside its free attributes, what one market holds apart from
// the others: its own warranty (warranty_de-de), its own comment (comment_fr-be), or none (comment_en-gb held empty).
// The form says, in the merchant's language, what each of them does.
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttributesEditor } from './AttributesEditor';
import { attributeDraft } from './product-form-model';

beforeEach(async () => {
  await i18next.changeLanguage('fr');
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the attributes of a product holding what one market holds apart', () => {
  it('says which market a warranty or a comment is for, and that an empty comment sends none there', () => {
    const attributes = [
      attributeDraft('Garantie (mois)', '12'),
      attributeDraft('warranty_de-de', '24'),
      attributeDraft('comment_fr-be', 'Chargeur belge'),
      attributeDraft('comment_en-gb', ''),
    ];
    render(<AttributesEditor attributes={attributes} problems={{}} onChange={() => undefined} />);
    expect(screen.getByText('La garantie pour Allemagne seulement : envoyée là-bas à la place de la garantie du produit.')).toBeTruthy();
    expect(screen.getByText('Le commentaire pour Belgique seulement : envoyé là-bas à la place du commentaire du produit.')).toBeTruthy();
    expect(
      screen.getByText('Aucun commentaire pour Royaume-Uni : Back Market n’en a pas là-bas, donc le commentaire du produit n’y est pas envoyé. Remplissez-le ou retirez cette ligne pour en envoyer un.'),
    ).toBeTruthy();
    // A free attribute of the merchant's own has no note.
    expect(document.querySelectorAll('.attribute-note')).toHaveLength(3);
  });
});
