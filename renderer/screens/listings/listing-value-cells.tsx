// The Listings grid's price, quantity, grade and title cells: what Back Market holds, the catalogue's change beside it while it
// waits for the next sync (the rows the header counts as waiting), why the sync sends no price, and a title that is not
// the market's own said to be in the catalogue's language.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { languageNames } from '../../../shared/messages/language-names';
import type { ListingRow } from '../../../shared/sync';
import { useFormat } from '../../i18n/format';
import { gradeName } from '../../i18n/grade-name';
import { hrefOf } from '../../shell/use-hash-route';
import { fixTarget } from '../mapping/fix-target';

/** How the catalogue's change stands beside what Back Market holds: waiting for the next sync, or held back. */
type ChangeMark = 'waiting' | 'held';

function changeMark(row: ListingRow): ChangeMark | null {
  const truth = row.truth;
  if (!truth) return null;
  // Held back by the check or for the review: the change does not go with the next sync until the reason is fixed.
  if (truth.changeHeld || truth.standing === 'held-back') return 'held';
  return truth.changeWaiting || truth.standing === 'pending' ? 'waiting' : null;
}

/** The mark's word, the status column's own (pending, held back), so the row says it once in one wording. */
const markWord = (t: TFunction, mark: ChangeMark): string => t(mark === 'held' ? 'truth.standing.held-back' : 'truth.standing.pending');

/** Why the sync sends no price for this offer and what to do, in the merchant's words; '' when it sends one. */
export function noPriceWhy(t: TFunction, row: ListingRow): string {
  if (row.unmanaged || row.price !== null || !row.noPriceCause) return '';
  const why = row.noPriceCause === 'empty' ? t('listings.noPriceHint') : t(`listings.noPriceCause.${row.noPriceCause}`, { currency: row.currency });
  return row.backMarketPrice === null ? why : `${why} ${t('listings.price.keptThere')}`;
}

/** Where the merchant gives the offer a price: Price in the mapping when it is not mapped, else the price grid at this product. */
export const noPriceHref = (row: ListingRow): string => {
  if (row.noPriceCause !== 'unmapped') return hrefOf('pricing', { search: row.productNumber });
  const target = fixTarget('attributes', 'price');
  return hrefOf(target.screen, target.params);
};

const samePrice = (a: number, b: number): boolean => Math.round(a * 100) === Math.round(b * 100);

export function PriceCell({ row }: { row: ListingRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, row.currency || 'EUR');
  if (row.unmanaged) return row.price === null ? '' : money(row.price);
  const held = row.backMarketPrice;
  const next = row.price;
  if (held === null) {
    if (next !== null) return money(next);
    // Neither Back Market nor the sync has a price for it: why, and a link to where it is fixed.
    return (
      <a href={noPriceHref(row)} tabIndex={-1} className="muted" title={noPriceWhy(t, row)} data-no-price={row.noPriceCause ?? undefined}>
        {t('listings.noPrice')}
      </a>
    );
  }
  if (next === null) {
    // The sync sends no price: Back Market keeps the one it holds.
    return (
      <span className="two-line-cell" title={`${money(held)} ${t('listings.price.onBackMarket')}\n${noPriceWhy(t, row)}`} data-no-price={row.noPriceCause ?? undefined}>
        <span className="two-line-cell-first">{money(held)}</span>
        <span className="two-line-cell-second">{t('listings.price.onBackMarket')}</span>
      </span>
    );
  }
  const mark = changeMark(row);
  if (samePrice(held, next) || !mark) return money(held);
  const change = `${money(held)} → ${money(next)}`;
  // The whole cell first (cut on a narrow column), then what it means.
  const title = `${change} ${markWord(t, mark)}\n${t(`listings.price.${mark}`, { held: money(held), next: money(next) })}`;
  return (
    <span className="two-line-cell" title={title} data-change={mark}>
      <span className="two-line-cell-first">{change}</span>
      <span className="two-line-cell-second">{markWord(t, mark)}</span>
    </span>
  );
}

/** Whether Back Market holds a listing of this offer (published, or a listing id known), though what it holds may not be known. */
const onBackMarket = (row: ListingRow): boolean => row.status === 'published' || row.listingId !== null;

export function QuantityCell({ row }: { row: ListingRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  const next = row.quantity;
  if (row.unmanaged) return next === null ? '' : format.number(next);
  const held = row.backMarketQuantity;
  if (held === null) {
    // Never on Back Market: the quantity the sync sends, as the price cell shows its price.
    if (!onBackMarket(row)) return next === null ? '' : format.number(next);
    // Back Market holds the listing, but not a quantity known here: said so, never the catalogue's passed off as its.
    const title = next === null ? t('listings.quantity.unknownWhy') : t('listings.quantity.unknownBeside', { next: format.number(next) });
    return (
      <span className="two-line-cell" title={title} data-quantity-unknown="">
        <span className="two-line-cell-first">{t('listings.quantity.unknown')}</span>
        {next === null ? null : <span className="two-line-cell-second">{t('listings.quantity.inCatalogue', { next: format.number(next) })}</span>}
      </span>
    );
  }
  const mark = changeMark(row);
  if (next === null || next === held || !mark) return format.number(held);
  return (
    <span title={t(`listings.quantity.${mark}`, { held: format.number(held), next: format.number(next) })} data-change={mark}>
      {`${format.number(held)} → ${format.number(next)}`}
    </span>
  );
}

/**
 * The grade the catalogue sends, beside the one Back Market holds while the change waits or is held back; where its condition is not mapped to a grade yet, the grade Back Market holds, said to
 * be Back Market's, beside the need (linked to the condition table).
 */
export function GradeCell({ row }: { row: ListingRow }) {
  const { t } = useTranslation();
  if (row.grade && !row.unmanaged && row.backMarketGrade && row.backMarketGrade !== row.grade) {
    // What Back Market holds beside the catalogue's grade while that waits for the next sync or is held back, as the price.
    const mark = changeMark(row);
    if (mark) {
      const [held, next] = [gradeName(t, row.backMarketGrade), gradeName(t, row.grade)];
      const change = `${held} → ${next}`;
      return (
        <span className="two-line-cell" title={`${change} ${markWord(t, mark)}\n${t(`listings.grade.${mark}`, { held, next })}`} data-change={mark}>
          <span className="two-line-cell-first">{change}</span>
          <span className="two-line-cell-second">{markWord(t, mark)}</span>
        </span>
      );
    }
  }
  if (row.grade || row.unmanaged || !row.backMarketGrade) return row.grade ? gradeName(t, row.grade) : '';
  const held = gradeName(t, row.backMarketGrade);
  const target = fixTarget('conditions');
  return (
    <a
      href={hrefOf(target.screen, target.params)}
      tabIndex={-1}
      className="two-line-cell"
      title={`${held} ${t('listings.grade.onBackMarket')}\n${t('listings.grade.noGradeYet')}`}
      data-grade-held={row.backMarketGrade}
    >
      <span className="two-line-cell-first">{held}</span>
      <span className="two-line-cell-second">{t('listings.grade.onBackMarket')}</span>
    </a>
  );
}

export function TitleCell({ row }: { row: ListingRow }) {
  const { t, i18n } = useTranslation();
  if (!row.titleLanguage) return row.title;
  const language = languageNames(i18n.resolvedLanguage ?? i18n.language ?? 'en').of(row.titleLanguage) ?? row.titleLanguage;
  return (
    <span title={`${t('listings.titleInCatalogueLanguage', { language })}\n${row.title}`} data-title-language={row.titleLanguage}>
      <span className="badge title-language">{row.titleLanguage.toUpperCase()}</span> {row.title}
    </span>
  );
}
