// The review before the first sync: matched offers whose values differ between Back Market and the catalogue, field by
// field. "Keep Back Market's" writes Back Market's value into the catalogue (nothing is sent); "Keep mine" lets the
// next sync send the catalogue's. Until decided, the sync holds those offers. A 'market' row asks whether to publish a
// product imported from the account in a market where Back Market does not sell it: "Keep off" (Back Market's state,
// persistent) or "Publish" (the next sync creates it there).
import { useTranslation } from 'react-i18next';
import type { ReviewDecision, ReviewRow } from '../../../../shared/account';
import { useAccountCall, useAccountReview } from '../../../api/account-queries';
import { messageOf } from '../../../api/call-error';
import { Alert } from '../../../components/Alert';
import { ListTable } from '../../../components/ListTable';
import { useFormat } from '../../../i18n/format';
import { useCountryName } from '../../mapping/country-name';
import { KeptOnBackMarket } from './KeptOnBackMarket';
import { reviewValue } from './review-value';

/** A comment is a sentence: it wraps rather than being cut. */
const valueClass = (row: ReviewRow) => (row.field === 'comment' ? 'cell-sentence' : undefined);
const keyOf = (row: ReviewRow) => ({ productNumber: row.productNumber, country: row.country, field: row.field });

export function AccountReview({ offers, fields }: { offers: number; fields: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const review = useAccountReview(true);
  const decide = useAccountCall('account:decide');
  const all = (decision: ReviewDecision) => decide.mutate({ scope: 'all', decision });
  const one = (row: ReviewRow, decision: ReviewDecision) => decide.mutate({ scope: 'rows', decision, rows: [keyOf(row)] });
  return (
    <div className="account-part" data-testid="account-review">
      <h3>{t('account.review.title', { offers, fields })}</h3>
      <p className="muted">{t('account.review.intro')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={decide.isPending} onClick={() => all('backmarket')}>
          {t('account.review.allBackMarket')}
        </button>
        <button type="button" className="button" disabled={decide.isPending} onClick={() => all('mine')}>
          {t('account.review.allMine')}
        </button>
      </div>
      {decide.error && <Alert>{messageOf(decide.error, t('errors.unexpected'))}</Alert>}
      {decide.data && <KeptOnBackMarket kept={decide.data.keptOnly} />}
      <ListTable
        error={review.error}
        rowCount={review.data?.rows.length}
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
        {review.data?.rows.map((row) => (
          <tr key={`${row.productNumber}|${row.country}|${row.field}`} data-sku={row.productNumber} data-country={row.country} data-field={row.field}>
            <td className="mono">{row.productNumber}</td>
            <td>{countryName(row.country)}</td>
            <td>{t(`account.fields.${row.field}`)}</td>
            <td className={valueClass(row)}>{row.field === 'market' ? t('account.review.notSold') : reviewValue(t, format, row, row.backmarket)}</td>
            <td className={valueClass(row)}>{row.field === 'market' ? t('account.review.wouldPublish') : reviewValue(t, format, row, row.mine)}</td>
            <td>
              <div className="actions">
                <button type="button" className="button" disabled={decide.isPending} onClick={() => one(row, 'backmarket')}>
                  {row.field === 'market' ? t('account.review.keepOff') : t('account.review.keepBackMarket')}
                </button>
                <button type="button" className="button" disabled={decide.isPending} onClick={() => one(row, 'mine')}>
                  {row.field === 'market' ? t('account.review.publish') : t('account.review.keepMine')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
