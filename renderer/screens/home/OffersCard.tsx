// Home's "Offers a customer can buy": per country the number on sale (the status model's count, the same the Listings
// summary shows), then those published but not on sale with why, held back and refused; each line opens the Listings
// grid filtered to those offers.
import { useTranslation } from 'react-i18next';
import { heldBackIn, type NotOnSaleReason, type OfferStanding, type StandingCounts } from '../../../shared/offer-status';
import { useFormat } from '../../i18n/format';
import { hrefOf } from '../../shell/use-hash-route';
import { NO_LISTING_FILTERS, useListingsStore } from '../listings/listings-store';
import { useCountryName } from '../mapping/country-name';

function ListingsLink({ country, standing, children }: { country: string; standing: OfferStanding; children: string }) {
  return (
    <a href={hrefOf('listings')} onClick={() => useListingsStore.getState().setFilters({ ...NO_LISTING_FILTERS, country, standing })}>
      {children}
    </a>
  );
}

function CountryOffers({ entry }: { entry: StandingCounts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const reasons = format.list(
    (Object.entries(entry.notOnSaleBy) as [NotOnSaleReason, number][]).sort((a, b) => b[1] - a[1]).map(([reason, count]) => t(`truth.reasonCount.${reason}`, { count, formatted: format.number(count) })),
  );
  return (
    <li data-country={entry.country} data-on-sale={entry.onSale}>
      <ListingsLink country={entry.country} standing="on-sale">
        {t('truth.home.country', { country: countryName(entry.country), onSale: format.number(entry.onSale) })}
      </ListingsLink>
      <ul className="home-offer-details">
        {entry.notOnSale > 0 && (
          <li>
            <ListingsLink country={entry.country} standing="not-on-sale">
              {t('truth.home.notOnSale', { count: entry.notOnSale, reasons })}
            </ListingsLink>
          </li>
        )}
        {heldBackIn(entry) > 0 && (
          <li data-held-back={heldBackIn(entry)}>
            <ListingsLink country={entry.country} standing="held-back">
              {t('truth.home.heldBack', { count: heldBackIn(entry) })}
            </ListingsLink>
            {entry.changeHeld > 0 && <div className="muted">{t('truth.home.changeHeldNote', { count: entry.changeHeld })}</div>}
          </li>
        )}
        {entry.refused > 0 && (
          <li>
            <ListingsLink country={entry.country} standing="refused">
              {t('truth.home.refused', { count: entry.refused })}
            </ListingsLink>
          </li>
        )}
      </ul>
    </li>
  );
}

export function OffersCard({ offers }: { offers: StandingCounts[] }) {
  const { t } = useTranslation();
  const synced = offers.some((entry) => entry.onSale + entry.notOnSale + entry.unconfirmed + entry.heldBack + entry.refused > 0);
  const trouble = offers.some((entry) => entry.notOnSale - (entry.notOnSaleBy['no-stock'] ?? 0) + heldBackIn(entry) + entry.refused > 0);
  return (
    <section className={`home-card home-card-${trouble ? 'due' : 'calm'}`} aria-labelledby="home-offers-title" data-testid="home-offers">
      <h3 id="home-offers-title" className="home-card-title">
        {t('truth.home.title')}
      </h3>
      {synced ? (
        <ul className="home-offers">
          {offers.map((entry) => (
            <CountryOffers key={entry.country} entry={entry} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('truth.home.none')}</p>
      )}
    </section>
  );
}
