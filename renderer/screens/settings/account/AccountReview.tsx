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
import { TableHead } from '../../../components/TableHead';
import { useCountryName } from '../../mapping/country-name';
import { KeptOnBackMarket } from './KeptOnBackMarket';

const keyOf = (row: ReviewRow) => ({ productNumber: row.productNumber, country: row.country, field: row.field });

export function AccountReview({ offers, fields }: { offers: number; fields: number }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const review = useAccountReview(true);
  const decide = useAccountCall('account:decide');
  const all = (decision: ReviewDecision) => decide.mutate({ scope: 'all', decision });
  const one = (row: ReviewRow, decision: ReviewDecision) => decide.mutate({ scope: 'rows', decision, rows: [keyOf(row)] });
  const empty = (value: string) => (value === '' ? t('account.review.none') : value);
  return (
    <div data-testid="account-review">
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
      <table className="table" aria-label={t('account.review.table')}>
        <TableHead
          columns={[
            t('account.review.sku'),
            t('account.review.market'),
            t('account.review.field'),
            t('account.review.backmarket'),
            t('account.review.mine'),
            null,
          ]}
        />
        <tbody>
          {review.data?.rows.map((row) => (
            <tr key={`${row.productNumber}|${row.country}|${row.field}`} data-sku={row.productNumber} data-country={row.country} data-field={row.field}>
              <td>{row.productNumber}</td>
              <td>{countryName(row.country)}</td>
              <td>{t(`account.fields.${row.field}`)}</td>
              <td>{row.field === 'market' ? t('account.review.notSold') : empty(row.backmarket)}</td>
              <td>{row.field === 'market' ? t('account.review.wouldPublish') : empty(row.mine)}</td>
              <td>
                <button type="button" className="button" disabled={decide.isPending} onClick={() => one(row, 'backmarket')}>
                  {row.field === 'market' ? t('account.review.keepOff') : t('account.review.keepBackMarket')}
                </button>
                <button type="button" className="button" disabled={decide.isPending} onClick={() => one(row, 'mine')}>
                  {row.field === 'market' ? t('account.review.publish') : t('account.review.keepMine')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
