// Attribute names as the merchant reads them wherever the app lists catalogue columns: a language's text column and a
// market's own comment or warranty (what the account import writes) in words, the merchant's own columns untouched.
import { afterEach, expect, it } from 'vitest';
import i18next from '.';
import { attributeLabel } from './attribute-label';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

it('names a language’s title, a market’s own comment and warranty in French, and leaves the merchant’s own columns alone', async () => {
  await i18next.changeLanguage('fr');
  const t = i18next.t.bind(i18next);
  expect(attributeLabel(t, 'title_de')).toBe('Titre (allemand)');
  expect(attributeLabel(t, 'comment_fr-be')).toBe('Commentaire (Belgique)');
  expect(attributeLabel(t, 'warranty_de-de')).toBe('Garantie (Allemagne)');
  expect(attributeLabel(t, 'Garantie')).toBe('Garantie');
  expect(attributeLabel(t, 'warranty_xx-yy')).toBe('warranty_xx-yy');
});
