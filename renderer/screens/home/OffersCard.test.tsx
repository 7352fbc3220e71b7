// Home's offers card agrees with its numbers in every language: « 1 retenue », « 13 publiées mais pas en vente :
// 10 désactivées et 3 sans commentaire », each reason counted in its own plural, never « 1 retenues » or
// « 10 désactivé ».
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyStandingCounts, type StandingCounts } from '../../../shared/offer-status';
import i18next from '../../i18n';
import { OffersCard } from './OffersCard';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

const FRANCE: StandingCounts = { ...emptyStandingCounts('fr-fr'), onSale: 240, notOnSale: 13, notOnSaleBy: { deactivated: 10, 'missing-comment': 3 }, heldBack: 1, refused: 2 };
const GERMANY: StandingCounts = { ...emptyStandingCounts('de-de'), onSale: 12, notOnSale: 1, notOnSaleBy: { deactivated: 1 }, heldBack: 3, refused: 1 };

const linesOf = (country: string) =>
  within(screen.getByTestId('home-offers').querySelector(`[data-country="${country}"]`) as HTMLElement)
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('Home’s offers card', () => {
  it('agrees in French with one and with many', async () => {
    await i18next.changeLanguage('fr');
    render(<OffersCard offers={[FRANCE, GERMANY]} />);
    expect(linesOf('fr-fr')).toEqual([
      'France : 240 en vente',
      '13 publiées mais pas en vente : 10 désactivées et 3 sans commentaire',
      '1 retenue par la vérification préalable (rien n’a été envoyé)',
      '2 refusées par Back Market',
    ]);
    expect(linesOf('de-de')).toEqual([
      'Allemagne : 12 en vente',
      '1 publiée mais pas en vente : 1 désactivée',
      '3 retenues par la vérification préalable (rien n’a été envoyé)',
      '1 refusée par Back Market',
    ]);
  });

  it('says each reason with its count in English, German, Spanish, Italian and Dutch', async () => {
    const said: Record<string, string> = {
      en: '13 published but not on sale: 10 deactivated and 3 missing their comment',
      de: '13 veröffentlicht, aber nicht im Verkauf: 10 deaktiviert und 3 ohne Kommentar',
      es: '13 publicadas pero no a la venta: 10 desactivadas y 3 sin comentario',
      it: '13 pubblicate ma non in vendita: 10 disattivate e 3 senza commento',
      nl: '13 gepubliceerd maar niet te koop: 10 gedeactiveerd en 3 zonder opmerking',
    };
    for (const [language, line] of Object.entries(said)) {
      await i18next.changeLanguage(language);
      const { unmount } = render(<OffersCard offers={[FRANCE]} />);
      expect(linesOf('fr-fr')[1]).toBe(line);
      unmount();
    }
  });
});
