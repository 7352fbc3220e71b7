// What the catalogue shows before the first import: one clear way forward. With a Back Market account, that way may be
// the account itself: while its listings are read the screen says so, and once read, how many listings are not in the
// catalogue, per market, with the way to Settings › Existing account to import them or leave them unmanaged.
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/account';
import { useAccountSummary } from '../../api/account-queries';
import { useFormat } from '../../i18n/format';
import { hrefOf } from '../../shell/use-hash-route';
import { existingAccountHref } from '../settings/account/account-link';
import { useCountryName } from '../mapping/country-name';

function Illustration() {
  return (
    <div className="empty-illustration" aria-hidden="true">
      ▤
    </div>
  );
}

function ImportCsvLink({ primary }: { primary: boolean }) {
  const { t } = useTranslation();
  return (
    <a className={primary ? 'button button-primary' : 'button'} href={hrefOf('import')}>
      {t('catalogue.importCsv')}
    </a>
  );
}

function AccountListings({ summary }: { summary: AccountSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const read = summary.markets.filter((market) => market.readAt !== null && market.notInCatalogue > 0);
  return (
    <div className="empty-state" data-testid="catalogue-empty" data-account="read">
      <Illustration />
      <h2>{t('account.status.catalogueEmpty')}</h2>
      <p>{t('account.status.notInCatalogue', { count: summary.unmanagedSkus })}</p>
      <ul className="empty-state-list" aria-label={t('account.markets.notInCatalogue')}>
        {read.map((market) => (
          <li key={market.country} data-country={market.country}>
            {t('account.status.perMarket', { country: countryName(market.country), number: format.number(market.notInCatalogue) })}
          </li>
        ))}
      </ul>
      <div className="empty-state-actions">
        <a className="button button-primary" href={existingAccountHref()}>
          {t('account.status.decide')}
        </a>
        <ImportCsvLink primary={false} />
      </div>
    </div>
  );
}

export function EmptyCatalogue() {
  const { t } = useTranslation();
  const summary = useAccountSummary().data;
  if (summary?.read.running) {
    return (
      <div className="empty-state" data-testid="catalogue-empty" data-account="reading">
        <Illustration />
        <h2>{t('account.status.catalogueEmpty')}</h2>
        <p role="status">{t('account.status.reading', { count: summary.read.listings })}</p>
        <div className="empty-state-actions">
          <a className="button" href={existingAccountHref()}>
            {t('account.status.follow')}
          </a>
          <ImportCsvLink primary={false} />
        </div>
      </div>
    );
  }
  if (summary && summary.unmanagedSkus > 0) return <AccountListings summary={summary} />;
  return (
    <div className="empty-state" data-testid="catalogue-empty">
      <Illustration />
      <h2>{t('catalogue.empty')}</h2>
      <p>{t('catalogue.emptyHint')}</p>
      <ImportCsvLink primary />
    </div>
  );
}
