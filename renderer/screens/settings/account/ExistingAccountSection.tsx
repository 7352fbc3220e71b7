// Settings' Existing account section: read every listing of the enabled markets (in the background, with progress and
// Cancel), per market how many Back Market holds, how many match the catalogue by SKU and how many do not; the listings
// not managed by Refurb Desk, to import (all, those the filter shows, or one by one); and the review of the matched
// offers whose values differ.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountReadState, AccountSummary } from '../../../../shared/account';
import { useAccountCall, useAccountSummary } from '../../../api/account-queries';
import { messageOf } from '../../../api/call-error';
import { messageText } from '../../../i18n/message-text';
import { Alert } from '../../../components/Alert';
import { ListTable } from '../../../components/ListTable';
import { useFormat } from '../../../i18n/format';
import { importedSince, listingsOfMarket, useAccountReadStore } from '../../../store/account-read-store';
import { useCountryName } from '../../mapping/country-name';
import { EXISTING_ACCOUNT_SECTION } from './account-link';
import { AccountReview } from './AccountReview';
import { UnmanagedListings } from './UnmanagedListings';

function ReadProgress({ read: summaryRead }: { read: AccountReadState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const cancel = useAccountCall('account:cancel');
  const followed = useAccountReadStore((state) => state.read);
  const market = useAccountReadStore((state) => state.market);
  const importedAt = useAccountReadStore((state) => state.importedAt);
  const cancelAskedFor = useAccountReadStore((state) => state.cancelAskedFor);
  // One source for the whole line: the last progress event of this read (the store also counts the market from those
  // events), not a summary answered a moment earlier with another market's pages beside this market's name.
  const read = followed !== null && followed.startedAt === summaryRead.startedAt ? followed : summaryRead;
  // Cancel asked: said at once, while the pages already asked come back (the read stops after them).
  if (read.running && read.startedAt !== null && read.startedAt === cancelAskedFor) {
    return (
      <div data-testid="account-read-progress" role="status">
        <p>{t('labels.read.stopping')}</p>
      </div>
    );
  }
  if (read.running) {
    const inMarket = listingsOfMarket(market, read);
    const where = { country: read.country ? countryName(read.country) : '', page: format.number(read.page), pages: format.number(read.pages) };
    return (
      <div data-testid="account-read-progress" role="status">
        <p>
          {read.country && read.pages > 0
            ? inMarket === null
              ? t('account.read.progressPages', where)
              : t('account.read.progress', { ...where, count: inMarket })
            : t('account.read.starting')}
        </p>
        <progress max={Math.max(1, read.markets)} value={read.marketsDone + (read.pages > 0 ? read.page / read.pages : 0)} />
        <button
          type="button"
          className="button"
          onClick={() => {
            useAccountReadStore.getState().askedToCancel(read);
            cancel.mutate({});
          }}
          disabled={cancel.isPending}
        >
          {t('account.read.cancel')}
        </button>
      </div>
    );
  }
  // Cancel came after the last page was asked: the read finished all the same, and says so.
  if (read.outcome === 'finished' && read.startedAt !== null && read.startedAt === cancelAskedFor) {
    return <Alert tone="info" testId="account-read-outcome">{t('account.read.cancelTooLate', { count: read.markets })}</Alert>;
  }
  // Once an import changed the counts, the stopped read is no longer what the table shows.
  if (read.outcome === 'cancelled' && !importedSince(importedAt, read)) {
    return <Alert tone="warning" testId="account-read-outcome">{t('account.read.cancelled', { count: read.marketsDone, markets: read.markets })}</Alert>;
  }
  if (read.outcome === 'failed') return <Alert>{t('account.read.failed', { message: read.said ? messageText(read.said, t) : read.message })}</Alert>;
  return null;
}

function MarketTable({ summary }: { summary: AccountSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  return (
    <div data-testid="account-markets">
      <ListTable
        rowCount={summary.markets.length}
        emptyText={t('account.markets.none')}
        label={t('account.markets.table')}
        tableClassName="account-markets-table"
        columns={[
          t('account.markets.market'),
          t('account.markets.onBackMarket'),
          t('account.markets.matched'),
          t('account.markets.notInCatalogue'),
          t('account.markets.readAt'),
        ]}
      >
        {summary.markets.map((market) => (
          <tr key={market.country} data-country={market.country}>
            <th scope="row">{countryName(market.country)}</th>
            {market.readAt === null ? (
              <td colSpan={4} className="muted">
                {t('account.markets.notRead')}
              </td>
            ) : (
              <>
                <td data-column="on-backmarket">{format.number(market.onBackMarket)}</td>
                <td data-column="matched">{format.number(market.matched)}</td>
                <td data-column="not-in-catalogue">{format.number(market.notInCatalogue)}</td>
                <td>{format.date(market.readAt)}</td>
              </>
            )}
          </tr>
        ))}
      </ListTable>
    </div>
  );
}

export function ExistingAccountSection() {
  const { t } = useTranslation();
  const summary = useAccountSummary();
  const read = useAccountCall('account:read');
  const data = summary.data;
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section id={EXISTING_ACCOUNT_SECTION} className="settings-section" aria-labelledby="existing-account-title" data-testid="existing-account">
      <h2 id="existing-account-title" ref={heading} tabIndex={-1}>{t('account.title')}</h2>
      <p className="muted">{t('account.intro')}</p>
      {summary.error && <Alert tone="warning">{messageOf(summary.error, t('errors.unexpected'))}</Alert>}
      {read.error && <Alert>{messageOf(read.error, t('errors.unexpected'))}</Alert>}
      {data && (
        <>
          {!data.read.running && (
            <div className="toolbar">
              <button type="button" className="button button-primary" onClick={() => read.mutate({})} disabled={read.isPending}>
                {t('account.read.start')}
              </button>
            </div>
          )}
          <ReadProgress read={data.read} />
          <MarketTable summary={data} />
          {data.fieldsToReview > 0 && <AccountReview offers={data.offersToReview} fields={data.fieldsToReview} sectionHeading={heading} />}
          {data.unmanagedSkus > 0 && <UnmanagedListings total={data.unmanagedSkus} />}
        </>
      )}
    </section>
  );
}
