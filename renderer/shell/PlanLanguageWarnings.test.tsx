// The dry run's « Textes en français envoyés en Allemagne » panel: its sentence, its two choices and its hint stand one
// under the other inside the dialog (they ran past its edge side by side), and its list of texts reads as French writes one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18next from '../i18n';
import { formatFor } from '../i18n/format';
import { createFakeApi } from '../test/fake-api';
import { renderWithApi } from '../test/render';
import { PlanLanguageWarnings } from './PlanLanguageWarnings';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

/** The declarations of one rule of the app's stylesheet. */
function ruleOf(selector: string): string {
  const css = readFileSync(join(process.cwd(), 'renderer', 'styles.css'), 'utf8');
  const start = css.indexOf(`\n${selector} {`);
  return start === -1 ? '' : css.slice(start, css.indexOf('}', start));
}

describe('the dry run’s language panel, in French', () => {
  it('lists the texts with « et », and lays its parts out one under the other, its choices wrapping', async () => {
    await i18next.changeLanguage('fr');
    renderWithApi(
      <PlanLanguageWarnings warnings={[{ country: 'de-de', language: 'de', catalogueLanguage: 'fr', fields: ['title', 'description', 'comment'], lines: 12, choice: null }]} />,
      createFakeApi({}).api,
    );
    const panel = screen.getByRole('alert');
    expect(panel.textContent).toContain('Textes en français envoyés en Allemagne.');
    expect(panel.textContent).toContain('12 lignes envoient le texte en français (titre, description et commentaire) en Allemagne');
    expect(panel.classList.contains('plan-language-warning')).toBe(true);
    expect(ruleOf('.plan-language-warning')).toMatch(/flex-direction: column/);
    expect(ruleOf('.plan-language-warning .button')).toMatch(/white-space: normal/);
  });
});

describe('the language panel in each of the six languages', () => {
  // The catalogue's language is said the way each language says "a text in French": German and Dutch with the noun
  // (« auf Französisch », « in het Frans »), never the bare name before a noun (« den Französisch Text »).
  const SAID: Record<string, { title: string; text: string; use: string }> = {
    en: { title: 'French texts sent to Germany.', text: '12 lines send the French title to Germany', use: 'Use the French text in Germany' },
    fr: { title: 'Textes en français envoyés en Allemagne.', text: '12 lignes envoient le texte en français (titre) en Allemagne', use: 'Utiliser le texte en français en Allemagne' },
    de: { title: 'Texte auf Französisch gehen nach Deutschland.', text: '12 Zeilen senden den Text auf Französisch (Titel) nach Deutschland', use: 'Den Text auf Französisch in Deutschland verwenden' },
    es: { title: 'Textos en francés enviados a Alemania.', text: '12 líneas envían el texto en francés (título) a Alemania', use: 'Usar el texto en francés en Alemania' },
    it: { title: 'Testi in francese inviati in Germania.', text: '12 righe inviano il testo in francese (titolo) in Germania', use: 'Usare il testo in francese in Germania' },
    nl: { title: 'Teksten in het Frans naar Duitsland gestuurd.', text: '12 regels sturen de tekst in het Frans (titel) naar Duitsland', use: 'De tekst in het Frans gebruiken voor Duitsland' },
  };

  it.each(Object.keys(SAID))('%s: names the catalogue’s language as the grammar wants it', async (language) => {
    await i18next.changeLanguage(language);
    const { unmount } = renderWithApi(
      <PlanLanguageWarnings
        warnings={[{ country: 'de-de', language: 'de', catalogueLanguage: 'fr', fields: ['title'], lines: 12, choice: null }]}
        choices={[{ country: 'de-de', language: 'de', catalogueLanguage: 'fr', choice: 'fill' }]}
      />,
      createFakeApi({}).api,
    );
    const said = SAID[language];
    const panel = screen.getByRole('alert');
    expect(panel.querySelector('strong')?.textContent).toBe(said?.title);
    expect(panel.textContent).toContain(said?.text);
    expect(screen.getAllByRole('button', { name: said?.use })).toHaveLength(2);
    unmount();
  });
});

describe('lists of markets in the dry run', () => {
  it('use each language’s own words and punctuation, never an English « ; »', () => {
    const held = ['Allemagne : 6 offres', 'Belgique : 4 offres', 'France : 6 offres'];
    expect(formatFor('fr').list(held)).toBe('Allemagne : 6 offres, Belgique : 4 offres et France : 6 offres');
    expect(formatFor('de').list(['Deutschland: 6 Angebote', 'Belgien: 4 Angebote'])).toBe('Deutschland: 6 Angebote und Belgien: 4 Angebote');
    expect(formatFor('fr').list(['France : 1 offre'])).toBe('France : 1 offre');
  });
});
