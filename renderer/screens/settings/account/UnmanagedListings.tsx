// The listings Back Market holds that the catalogue does not: "Not managed by Refurb Desk" (no sync ever changes, takes
// offline or counts them). The merchant imports them all, those the filter shows, or takes one under management.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountImportReport, UnmanagedListing } from '../../../../shared/account';
import { treeLanguageOf } from '../../../../shared/market-language';
import { useAccountCall, useUnmanagedListings } from '../../../api/account-queries';
import { messageOf } from '../../../api/call-error';
import { Alert } from '../../../components/Alert';
import { ListTable } from '../../../components/ListTable';
import { useFormat } from '../../../i18n/format';
import { gradeName } from '../../../i18n/grade-name';
import { useCountryName } from '../../mapping/country-name';

function ImportReport({ report }: { report: AccountImportReport }) {
  const { t } = useTranslation();
  return (
    <Alert tone={report.imported > 0 ? 'success' : 'warning'} testId="account-import-report">
      <p>{t('account.import.report', { imported: report.imported, adopted: report.adopted, toReview: report.toReview })}</p>
      {report.skipped.length > 0 && (
        <ul>
          {report.skipped.slice(0, 20).map((skipped) => (
            <li key={skipped.sku}>{t(`account.import.skipped.${skipped.reason}`, { sku: skipped.sku })}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** The listing's title in the merchant's language where a market of that language holds one; else the home market's. */
export function titleIn(row: UnmanagedListing, language: string): string {
  const own = row.markets.find((market) => treeLanguageOf(market.country) === language && (market.title ?? '').trim() !== '');
  return own?.title ?? row.title;
}

export function UnmanagedListings({ total }: { total: number }) {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? i18n.language).slice(0, 2);
  const format = useFormat();
  const countryName = useCountryName();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const page = useUnmanagedListings({ limit: 100, ...(search ? { search } : {}) }, true);
  const importCall = useAccountCall('account:import');
  const shown = page.data?.total ?? 0;
  return (
    <div className="account-part" data-testid="account-unmanaged">
      <h3>{t('account.unmanaged.title', { count: total })}</h3>
      <p className="muted">{t('account.unmanaged.intro')}</p>
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(typed.trim());
        }}
      >
        <div className="filter">
          <label htmlFor="account-unmanaged-search" className="filter-label">
            {t('account.unmanaged.search')}
          </label>
          <input id="account-unmanaged-search" type="search" className="input" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('account.unmanaged.filter')}
        </button>
        {/* Nothing left to import (all imported, or the filter shows none): no button offers to import 0 listings. */}
        {shown > 0 && (
          <button
            type="button"
            className="button button-primary"
            disabled={importCall.isPending}
            onClick={() => importCall.mutate(search ? { scope: 'filter', search } : { scope: 'all' })}
          >
            {search ? t('account.import.filtered', { count: shown }) : t('account.import.all', { count: total })}
          </button>
        )}
      </form>
      {importCall.error && <Alert>{messageOf(importCall.error, t('errors.unexpected'))}</Alert>}
      {importCall.data && <ImportReport report={importCall.data} />}
      <ListTable
        error={page.error}
        rowCount={page.data?.rows.length}
        emptyText={t('account.unmanaged.noMatch')}
        label={t('account.unmanaged.table')}
        tableClassName="account-unmanaged-table"
        columns={[
          t('account.unmanaged.sku'),
          t('account.unmanaged.listing'),
          t('account.unmanaged.grade'),
          t('account.unmanaged.quantity'),
          t('account.unmanaged.prices'),
          t('account.unmanaged.state'),
          { label: t('account.unmanaged.take'), screenReaderOnly: true },
        ]}
      >
        {page.data?.rows.map((row) => (
          <tr key={row.sku} data-sku={row.sku}>
            <td className="mono">{row.sku}</td>
            <td title={titleIn(row, language)}>{titleIn(row, language)}</td>
            <td data-column="grade">{row.grade ? gradeName(t, row.grade) : ''}</td>
            <td>{format.number(row.quantity)}</td>
            <td>{row.markets.map((market) => `${countryName(market.country)} ${format.money(Number(market.price), market.currency || undefined)}`).join(' · ')}</td>
            <td data-column="managed">{t('account.unmanaged.notManaged')}</td>
            <td className="account-take">
              <button type="button" className="button" disabled={importCall.isPending} onClick={() => importCall.mutate({ scope: 'skus', skus: [row.sku] })}>
                {t('account.unmanaged.take')}
              </button>
            </td>
          </tr>
        ))}
      </ListTable>
      {shown > (page.data?.rows.length ?? 0) && <p className="muted">{t('account.unmanaged.more', { shown: page.data?.rows.length ?? 0, total: shown })}</p>}
    </div>
  );
}
