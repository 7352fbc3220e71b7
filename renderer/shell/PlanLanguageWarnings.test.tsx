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

describe('lists of markets in the dry run', () => {
  it('use each language’s own words and punctuation, never an English « ; »', () => {
    const held = ['Allemagne : 6 offres', 'Belgique : 4 offres', 'France : 6 offres'];
    expect(formatFor('fr').list(held)).toBe('Allemagne : 6 offres, Belgique : 4 offres et France : 6 offres');
    expect(formatFor('de').list(['Deutschland: 6 Angebote', 'Belgien: 4 Angebote'])).toBe('Deutschland: 6 Angebote und Belgien: 4 Angebote');
    expect(formatFor('fr').list(['France : 1 offre'])).toBe('France : 1 offre');
  });
});
