// The import report lists why each row was refused in the merchant's language, from the code main sent.
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/catalogue';
import { said } from '../../../shared/messages/merchant-message';
import { ImportReportView } from './ImportReportView';

const report: ImportReport = {
  inserted: 10,
  updated: 0,
  unchanged: 0,
  rejected: [
    { row: 11, line: 12, field: 'SKU', reason: 'Product number "DUP-1" is already used on row 2; each product appears once per file.', said: said('importRow.duplicate', { productNumber: 'DUP-1', row: 2 }) },
    { row: 21, line: 22, field: 'Poids', reason: '"12 cm" is a length, not a weight; check that the column is mapped right.', said: said('importRow.lengthNotWeight', { value: '12 cm' }) },
    { row: 26, line: 27, field: 'EAN', reason: 'As an older report wrote it.' },
  ],
  rejectedTotal: 3,
  durationMs: 1200,
  encoding: 'windows-1252',
  conversions: [],
  stopped: [],
  duplicates: [],
  duplicatesTotal: 0,
  warnings: [],
  warningsTotal: 0,
  gridPricesKept: [],
  gridPricesKeptTotal: 0,
  otherCase: [],
  otherCaseTotal: 0,
};

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the import report', () => {
  it("says in French why each row was refused, and an older report's reason as it came", async () => {
    await i18next.changeLanguage('fr');
    render(<ImportReportView report={report} onImportAnother={() => undefined} />);
    expect(screen.getByText('La référence produit « DUP-1 » est déjà utilisée à la ligne 2 ; chaque produit figure une seule fois par fichier.')).toBeTruthy();
    expect(screen.getByText('« 12 cm » est une longueur, pas un poids ; vérifiez que la colonne est bien associée.')).toBeTruthy();
    expect(screen.getByText('As an older report wrote it.')).toBeTruthy();
    expect(screen.queryByText(/already used|not a weight/)).toBeNull();
  });

  it('names, in French, each offer whose new price a box of the price grid set by the merchant outweighs, with both prices and where to change it', async () => {
    await i18next.changeLanguage('fr');
    render(
      <ImportReportView
        report={{ ...report, rejected: [], rejectedTotal: 0, gridPricesKept: [{ row: 2, productNumber: 'ip11-64gb-Blac', country: 'de-de', gridPrice: 289, filePrice: 269 }], gridPricesKeptTotal: 1 }}
        onImportAnother={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Prix gardés dans la grille de prix' })).toBeTruthy();
    expect(screen.getByText(/^1 offre garde son prix de la grille de prix, et non celui du fichier : vous avez fixé un prix pour ce marché dans l’écran Prix/)).toBeTruthy();
    const row = screen.getByRole('table', { name: 'Prix gardés dans la grille de prix' }).querySelector('tbody tr');
    expect([...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual(['2', 'ip11-64gb-Blac', 'Allemagne', '289,00 €', '269,00 €']);
  });

  it('names both spellings of a SKU the catalogue holds in another case, once each, and says the product was updated', async () => {
    await i18next.changeLanguage('fr');
    const otherCase = { ...report, inserted: 0, updated: 1, rejected: [], rejectedTotal: 0, otherCase: [{ row: 3, fileNumber: 'bm-exist-00007', catalogueNumber: 'BM-EXIST-00007' }], otherCaseTotal: 1 };
    render(<ImportReportView report={otherCase} onImportAnother={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Même référence qu’un produit, en d’autres majuscules et minuscules' });
    expect(screen.getByText(
      '1 ligne désigne un produit que le catalogue écrit avec d’autres majuscules et minuscules. Back Market ne les distingue pas, c’est donc la même référence : la ligne a mis à jour ce produit, qui garde l’écriture du catalogue, et aucun second produit n’a été créé.',
      ),
    ).toBeTruthy();
    expect(within(table).getAllByText('bm-exist-00007')).toHaveLength(1);
    expect(within(table).getAllByText('BM-EXIST-00007')).toHaveLength(1);
    expect(within(table).getByRole('columnheader', { name: 'Produit mis à jour' })).toBeTruthy();
  });
});
