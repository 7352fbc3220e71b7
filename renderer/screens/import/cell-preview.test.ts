// The import's preview of a condition cell says the grade the sync would send, named as the app names it in the
// merchant's language — and only that: a condition the condition table does not hold gets no grade in the preview,
// exactly when the pre-flight check (the review, the grids) says it is not associated with any grade.
import { afterEach, describe, expect, it } from 'vitest';
import { compileContext, problemsByCountry } from '../../../shared/validation';
import { completeSnapshot, readyProduct } from '../../../shared/validation/test-fixture';
import i18next from '../../i18n';
import { previewCell, type CellPreview } from './cell-preview';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

const CONDITION = { kind: 'field', field: 'condition' } as const;
/** The merchant's condition table: what review 24's French merchant had confirmed before importing. */
const TABLE = { Bon: 'GOOD', 'Très bon': 'VERY_GOOD' };

const preview = (language: string, value: string): CellPreview => previewCell(i18next.t, language, CONDITION, value, TABLE);

/** Whether the pre-flight check finds the condition associated with a grade, under the same table. */
function checkSaysGraded(condition: string): boolean {
  const snapshot = completeSnapshot();
  snapshot.values = [...snapshot.values, ...Object.entries(TABLE).map(([merchantValue, target]) => ({ map: 'condition', merchantValue, target }))];
  const problems = problemsByCountry(readyProduct({ condition }), compileContext(snapshot)).flatMap((country) => country.problems);
  return !problems.some((problem) => problem.code === 'condition-unmapped');
}

describe('a condition cell in the import preview', () => {
  it('names the grade in French, as the app names it, with the note that the merchant’s table says so', async () => {
    await i18next.changeLanguage('fr');
    expect(preview('fr', 'Bon')).toEqual({ kind: 'becomes', text: 'Bon', note: 'votre correspondance de grade' });
    expect(preview('fr', 'Très bon')).toEqual({ kind: 'becomes', text: 'Très bon', note: 'votre correspondance de grade' });
    // A grade code as Back Market spells it is sent as it is.
    expect(preview('fr', 'VERY_GOOD')).toEqual({ kind: 'becomes', text: 'Très bon' });
    await i18next.changeLanguage('de');
    expect(preview('de', 'Bon')).toEqual({ kind: 'becomes', text: 'Gut', note: 'Ihre Zuordnung der Zustände' });
  });

  it('gives no grade to a condition the table does not hold, naming the one the table would suggest for the merchant to confirm', async () => {
    await i18next.changeLanguage('fr');
    expect(preview('fr', 'Stallone')).toEqual({ kind: 'becomes', text: 'pas encore de grade : associez-le dans la table des états', note: 'la table propose Stallone' });
    expect(preview('fr', 'Sehr gut')).toEqual({ kind: 'becomes', text: 'pas encore de grade : associez-le dans la table des états', note: 'la table propose Très bon' });
    expect(preview('fr', 'Refurb-B')).toEqual({ kind: 'becomes', text: 'pas encore de grade : associez-le dans la table des états' });
  });

  it('promises a grade exactly where the pre-flight check finds one', () => {
    const unknown = i18next.t('import.cellPreview.gradeUnknown');
    for (const condition of ['Bon', 'Très bon', 'Stallone', 'STALLONE', 'Sehr gut', 'good', 'A', 'Refurb-B']) {
      const cell = previewCell(i18next.t, 'en', CONDITION, condition, { ...TABLE, A: 'EXCELLENT' });
      const promised = cell.kind === 'becomes' && cell.text !== unknown;
      expect([condition, promised]).toEqual([condition, checkSaysGraded(condition)]);
    }
  });
});
