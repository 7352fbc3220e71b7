// The review before the first sync (after it, before these offers are first sent: a listing Refurb Desk has sent to is
// never reviewed again): matched offers whose values differ between Back Market and the catalogue, field by field. "Keep Back Market's" writes Back Market's value into the catalogue (nothing is sent); "Keep mine" lets the
// next sync send the catalogue's. Until decided, the sync holds those offers. A 'market' row asks whether to publish a
// product imported from the account in a market where Back Market does not sell it: "Keep off" (Back Market's state,
// persistent) or "Publish" (the sync creates it there). Quantity and grade are one choice for every market of a listing:
// one row naming the markets. Each row says what "Keep mine" / "Publish" still needs before the sync can send it; a
// need every row listed shares (a field to map) is said once, above the rows, and one every row of a product shares (a
// condition with no grade) once, on a line of that product above its rows. Why a row is asked again, and what it
// needs, take the table's whole width under the row, never a narrow column.
import { Fragment, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDecision, ReviewRow } from '../../../../shared/account';
import { isGrade } from '../../../../shared/grades';
import { useAccountCall, useAccountReview } from '../../../api/account-queries';
import { useSyncState } from '../../../api/sync-queries';
import { messageOf } from '../../../api/call-error';
import { Alert } from '../../../components/Alert';
import { ListTable } from '../../../components/ListTable';
import { useFormat } from '../../../i18n/format';
import { useCountryName } from '../../mapping/country-name';
import { AskedAgain, askedAgainLines } from './AskedAgain';
import { CommonNeeds } from './CommonNeeds';
import { HeldChoices } from './HeldChoices';
import { KeptOnBackMarket } from './KeptOnBackMarket';
import { commonNeeds, productNeeds, reviewGroups, sameEverywhere, type ReviewGroup } from './review-groups';
import { ReviewNeeds } from './ReviewNeeds';
import { reviewValue } from './review-value';
import { useChoiceFocus } from './use-choice-focus';

/** A comment, a market's question or several markets' values wrap within their column rather than being cut. */
const valueClass = (group: ReviewGroup) => (group.field === 'comment' || group.field === 'market' || !sameEverywhere(group) ? 'cell-wrap' : undefined);
/** The mapping does not read this field yet (optional: nothing is sent; required: the offer is held until it is mapped). */
const notMapped = (group: ReviewGroup) =>
  group.needs.some((need) => need.kind === 'not-mapped' || (need.kind === 'problem' && need.said.code === 'problem.fieldNotMapped' && need.said.params?.field === group.field));
const keyOf = (row: ReviewRow) => ({ productNumber: row.productNumber, country: row.country, field: row.field });

interface AccountReviewProps {
  offers: number;
  fields: number;
  /** The heading of the section holding the review: focused when the last choice takes the review away. */
  sectionHeading?: RefObject<HTMLElement | null>;
}

export function AccountReview({ offers, fields, sectionHeading }: AccountReviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const review = useAccountReview(true);
  // Once a sync ran, "before the first sync" is no longer true: the offers still asked about are those never sent.
  const synced = Boolean(useSyncState().data?.lastRun);
  const decide = useAccountCall('account:decide');
  const groups = useMemo(() => (review.data ? reviewGroups(review.data.rows) : undefined), [review.data]);
  const keys = useMemo(() => groups?.map((group) => group.key), [groups]);
  const section = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const choosing = useChoiceFocus({ section, heading, keys, deciding: decide.isPending, reading: review.isFetching, outer: sectionHeading });
  const all = (event: MouseEvent<HTMLElement>, decision: ReviewDecision) => {
    choosing(event.currentTarget);
    decide.mutate({ scope: 'all', decision });
  };
  const one = (event: MouseEvent<HTMLElement>, group: ReviewGroup, decision: ReviewDecision) => {
    choosing(event.currentTarget, group.key);
    decide.mutate({ scope: 'rows', decision, rows: [keyOf(group.first)] });
  };
  const needs = commonNeeds(groups ?? []);
  const ofProduct = productNeeds(groups ?? [], needs.own);
  /** A value of the row in each of its markets, or once when every market holds the same. */
  const values = (group: ReviewGroup, side: 'backmarket' | 'mine') => {
    if (group.field === 'market') return side === 'backmarket' ? t('account.review.notSold') : t('account.review.wouldPublish');
    const valueOf = (market: ReviewGroup['markets'][number]) => {
      if (side === 'mine' && market.mine === '' && notMapped(group)) return t('account.review.notMapped');
      // The catalogue's condition the conditions table gives no grade yet: said as such, never as if it were a grade.
      if (side === 'mine' && group.field === 'grade' && market.mine !== '' && !isGrade(market.mine)) return t('account.review.conditionNoGrade', { value: market.mine });
      return reviewValue(t, format, { ...group.first, country: market.country }, market[side]);
    };
    if (sameEverywhere(group)) return valueOf(group.markets[0] ?? group.first);
    return group.markets.map((market) => t('account.review.perMarket', { market: countryName(market.country), value: valueOf(market) })).join(' · ');
  };
  return (
    <div className="account-part account-review" data-testid="account-review" ref={section}>
      <h3 ref={heading} tabIndex={-1}>{t(synced ? 'account.review.titleAfterSync' : 'account.review.title', { choices: fields, offers })}</h3>
      <p className="muted">{t('account.review.intro')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={decide.isPending} onClick={(event) => all(event, 'backmarket')}>
          {t('account.review.allBackMarket')}
        </button>
        <button type="button" className="button" disabled={decide.isPending} onClick={(event) => all(event, 'mine')}>
          {t('account.review.allMine')}
        </button>
      </div>
      {decide.error && <Alert>{messageOf(decide.error, t('errors.unexpected'))}</Alert>}
      {decide.data && <KeptOnBackMarket kept={decide.data.keptOnly} />}
      {decide.data && <HeldChoices held={decide.data.held} count={decide.data.heldCount} />}
      {groups && groups.length < fields && <p className="muted" data-testid="account-review-shown">{t('account.review.shown', { shown: groups.length, total: fields })}</p>}
      <CommonNeeds choices={groups ?? []} common={needs.common} testId="review-common-needs" />
      <ListTable
        error={review.error}
        rowCount={groups?.length}
        emptyText={t('account.review.empty')}
        label={t('account.review.table')}
        columns={[
          t('account.review.sku'),
          t('account.review.market'),
          t('account.review.field'),
          t('account.review.backmarket'),
          t('account.review.mine'),
          { label: t('account.review.decision'), screenReaderOnly: true },
        ]}
      >
        {groups?.map((group) => {
          const shared = ofProduct.sharedAt(group);
          const byMarket = ofProduct.marketsAt(group);
          const own = ofProduct.own(group);
          const asked = askedAgainLines(t, format, group.first);
          const under = own.length > 0 || asked.length > 0;
          return (
            <Fragment key={group.key}>
              {(shared || byMarket.length > 0) && (
                <tr className="review-needs-row review-product-needs" data-needs-for-product={group.productNumber}>
                  <td colSpan={6} className="review-needs-cell">
                    {shared && (
                      <>
                        <p>
                          <strong>{t('account.review.product.title', { sku: group.productNumber, count: shared.count })}</strong>
                        </p>
                        <ReviewNeeds needs={shared.needs} field={group.field} productNumber={group.productNumber} productId={group.productId} />
                      </>
                    )}
                    {/* What several of its choices in one market need, once for the product there. */}
                    {byMarket.map((market) => (
                      <div key={market.country} data-needs-for-market={market.country}>
                        <p>
                          <strong>{t('account.review.product.market', { sku: group.productNumber, market: countryName(market.country), count: market.count })}</strong>
                        </p>
                        <ReviewNeeds needs={market.needs} field={group.field} productNumber={group.productNumber} productId={group.productId} />
                      </div>
                    ))}
                  </td>
                </tr>
              )}
              <tr
                className={under ? 'has-needs' : undefined}
                data-sku={group.productNumber}
                data-country={group.first.country}
                data-countries={group.markets.map((market) => market.country).join(' ')}
                data-field={group.field}
                data-choice={group.key}
              >
                <td className="mono">{group.productNumber}</td>
                <td className={group.markets.length > 1 ? 'cell-wrap' : undefined}>{group.markets.map((market) => countryName(market.country)).join(', ')}</td>
                <td className="cell-wrap">{t(`account.fields.${group.field}`)}</td>
                <td className={valueClass(group)}>{values(group, 'backmarket')}</td>
                <td className={valueClass(group)}>{values(group, 'mine')}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="button" disabled={decide.isPending} onClick={(event) => one(event, group, 'backmarket')}>
                      {group.field === 'market' ? t('account.review.keepOff') : t('account.review.keepBackMarket')}
                    </button>
                    <button type="button" className="button" disabled={decide.isPending} onClick={(event) => one(event, group, 'mine')}>
                      {group.field === 'market' ? t('account.review.publish') : t('account.review.keepMine')}
                    </button>
                  </div>
                </td>
              </tr>
              {/* Why it is asked again and what the choice still needs, the whole table's width under its row: the columns stay as narrow as their values. */}
              {under && (
                <tr className="review-needs-row" data-needs-for={group.key}>
                  <td colSpan={6} className="review-needs-cell">
                    <AskedAgain lines={asked} />
                    <ReviewNeeds needs={own} field={group.field} productNumber={group.productNumber} productId={group.productId} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </ListTable>
    </div>
  );
}
