// Why a choice already made is asked again: a value it was made on changed since (a mapping change, a new read), said
// with the earlier value and the new one, and the choice the merchant had made. Values Refurb Desk only took over from
// Back Market (an import, or values equal at the take-over) are said as taken over, never as a choice nobody made.
import type { TFunction } from 'i18next';
import type { ReviewRow } from '../../../../shared/account';
import type { Format } from '../../../i18n/format';
import { reviewValue } from './review-value';

/** What says why the row is asked again, one line each (none when it is not asked again). */
export function askedAgainLines(t: TFunction, format: Format, row: ReviewRow): string[] {
  const previous = row.previous;
  if (row.decision !== null || !previous) return [];
  const value = (text: string) => reviewValue(t, format, row, text);
  const choice = previous.decision === 'mine' ? t('account.review.keepMine') : t('account.review.keepBackMarket');
  const mineChanged = previous.mine !== row.mine;
  const backMarketChanged = previous.backmarket !== row.backmarket;
  return previous.takenOver
    ? [
        ...(mineChanged ? [t('account.review.againMineTakenOver', { from: value(previous.backmarket), to: value(row.mine) })] : []),
        ...(backMarketChanged ? [t('account.review.againBackMarketTakenOver', { from: value(previous.backmarket), to: value(row.backmarket) })] : []),
      ]
    : [
        ...(mineChanged ? [t('account.review.againMine', { from: value(previous.mine), to: value(row.mine), choice })] : []),
        ...(backMarketChanged ? [t('account.review.againBackMarket', { from: value(previous.backmarket), to: value(row.backmarket), choice })] : []),
      ];
}

/** The lines askedAgainLines gives, as the review shows them: the table's whole width under the row, like its needs. */
export function AskedAgain({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <div className="muted" data-testid="review-asked-again">
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
