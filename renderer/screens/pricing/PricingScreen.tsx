// Pricing, the guide's last step: products × enabled countries, a page at a time, each price edited in place with what
// the merchant keeps beside it; rows can be selected for the bulk actions above.
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceTarget } from '../../../shared/mapping';
import { CATALOGUE_CURRENCY } from '../../../shared/price-conversion';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { useSearchDraft } from '../../components/SearchBox';
import { ReadOnlyScope } from '../../shell/ReadOnlyScope';
import { useHashParams } from '../../shell/use-hash-route';
import { useFormatters } from '../catalogue/format';
import { useCountryName } from '../mapping/country-name';
import { MappingSteps } from '../mapping/MappingSteps';
import { BulkPriceBar } from './BulkPriceBar';
import { PriceCellEditor } from './PriceCellEditor';
import { marginCells, UnitMarginNote } from '../units/UnitMarginNote';
import { PriceFillPanel } from './PriceFillPanel';

export const PRICE_PAGE_SIZE = 50;

export function PricingScreen() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const format = useFormatters();
  // A link may open the grid at a product (the account review's "Go to the price for France": #/pricing?search=SKU).
  const linked = useHashParams().search;
  const [search, setSearch] = useState(linked ?? '');
  const [page, setPage] = useState(0);
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const { draft: typed, setDraft: setTyped } = useSearchDraft(search, (query) => {
    setSearch(query);
    setPage(0);
    setSelection(new Set());
  });

  const query = { ...(search.trim() ? { search: search.trim() } : {}), offset: page * PRICE_PAGE_SIZE, limit: PRICE_PAGE_SIZE };
  const matrix = useCallQuery('pricing:matrix', query, { placeholderData: keepPreviousData });
  const data = matrix.data;
  // The margin at each price for the cheapest device in stock, for products whose devices are recorded in Units.
  const unitMargins = marginCells(data?.rows ?? [], data?.countries ?? []);
  const margins = useCallQuery('margin:atPrices', { cells: unitMargins.cells }, { enabled: unitMargins.cells.length > 0, placeholderData: keepPreviousData });
  const marginOf = (sku: string, country: string) => {
    const index = unitMargins.cells.findIndex((cell) => unitMargins.keyOf(cell.sku, cell.country) === unitMargins.keyOf(sku, country));
    return index < 0 ? undefined : margins.data?.[index];
  };
  const pageCount = data ? Math.max(1, Math.ceil(data.total / PRICE_PAGE_SIZE)) : 1;
  const pageIds = data?.rows.map((row) => row.productId) ?? [];
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selection.has(id));
  const target: PriceTarget = selection.size > 0 ? { ids: [...selection] } : { filter: search.trim() ? { search: search.trim() } : {} };

  const toggle = (id: number) =>
    setSelection((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const togglePage = () =>
    setSelection((current) => {
      const next = new Set(current);
      for (const id of pageIds) {
        if (allOnPage) next.delete(id);
        else next.add(id);
      }
      return next;
    });

  return (
    <div className="mapping-screen pricing">
      <MappingSteps current="pricing" />
      <p className="screen-intro">{t('pricing.intro', { percent: Math.round((data?.commissionRate ?? 0.1) * 100) })}</p>
      <div className="toolbar">
        <div className="search">
          <span className="search-icon" aria-hidden="true">
            ⌕
          </span>
          <input type="search" className="input search-input" aria-label={t('pricing.search')} placeholder={t('catalogue.searchPlaceholder')} value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        {selection.size > 0 && (
          <span className="selection-summary">
            {t('catalogue.selectedCount', { count: selection.size })}
            <button type="button" className="button button-ghost button-small" onClick={() => setSelection(new Set())}>
              {t('catalogue.clearSelection')}
            </button>
          </span>
        )}
      </div>
      {/* Read-only catalogue: the bulk actions and every price box are off; search and pages still work. */}
      <ReadOnlyScope>
        {data && <BulkPriceBar countries={data.countries} countryName={countryName} target={target} targetCount={data.total} selectedCount={selection.size} />}
        {data && data.total > 0 && (
          <PriceFillPanel countries={data.countries} countryName={countryName} target={target} targetCount={selection.size > 0 ? selection.size : data.total} rows={selection.size > 0 ? data.rows.filter((row) => selection.has(row.productId)) : data.rows} />
        )}
      </ReadOnlyScope>
      {data && (data.catalogueCurrencyCountries?.length ?? 0) > 0 && (
        <Alert tone="warning" testId="catalogue-currency">
          {t('priceFill.catalogueCurrency', {
            countries: (data.catalogueCurrencyCountries ?? []).map((code) => `${countryName(code)} (${data.countries.find((entry) => entry.code === code)?.currency ?? ''})`).join(', '),
            base: CATALOGUE_CURRENCY,
            fill: t('priceFill.open'),
          })}
        </Alert>
      )}
      {matrix.error && <Alert>{t('pricing.loadFailed', { message: messageOf(matrix.error, t('errors.unexpected')) })}</Alert>}
      {!data ? (
        !matrix.error && <p role="status">{t('app.loading')}</p>
      ) : data.total === 0 ? (
        <p className="no-match">{search ? t('catalogue.noMatch') : t('pricing.empty')}</p>
      ) : (
        <>
          <ReadOnlyScope note={false}>
            <div className="table-scroll price-matrix-scroll">
              <table className="data-table price-matrix" aria-label={t('pricing.tableLabel')} aria-rowcount={data.total + 1} data-testid="price-matrix">
                <thead>
                  <tr>
                    <th scope="col">
                      <input type="checkbox" checked={allOnPage} onChange={togglePage} aria-label={t('pricing.selectPage')} />
                    </th>
                    <th scope="col">{t('fields.productNumber')}</th>
                    <th scope="col">{t('fields.title')}</th>
                    <th scope="col" className="align-end">
                      {t('pricing.basePrice')}
                    </th>
                    {data.countries.map((country) => (
                      <th scope="col" key={country.code}>
                        {countryName(country.code)} <span className="muted">{country.currency}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row, index) => (
                    <tr key={row.productId} aria-rowindex={page * PRICE_PAGE_SIZE + index + 2} aria-selected={selection.has(row.productId)} data-product-number={row.productNumber}>
                      <td>
                        <input type="checkbox" checked={selection.has(row.productId)} onChange={() => toggle(row.productId)} aria-label={t('catalogue.selectRow', { productNumber: row.productNumber })} />
                      </td>
                      <th scope="row" className="mono">
                        {row.productNumber}
                      </th>
                      <td className="price-title" title={row.title ?? undefined}>
                        {row.title}
                      </td>
                      <td className="align-end muted" title={t('pricing.basePriceHint')}>
                        {format.price(row.basePrice)}
                      </td>
                      {data.countries.map((country) => (
                        <td key={country.code}>
                          <PriceCellEditor productId={row.productId} productNumber={row.productNumber} country={country} countryName={countryName(country.code)} cell={row.prices[country.code]} />
                          <UnitMarginNote margin={marginOf(row.productNumber, country.code)} currency={country.currency} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </ReadOnlyScope>
          <nav className="pager" aria-label={t('pricing.pages')}>
            <button type="button" className="button button-small" disabled={page === 0} onClick={() => setPage((current) => current - 1)}>
              {t('pricing.previous')}
            </button>
            <span role="status">{t('pricing.pageOf', { page: page + 1, pages: pageCount, total: data.total })}</span>
            <button type="button" className="button button-small" disabled={page + 1 >= pageCount} onClick={() => setPage((current) => current + 1)}>
              {t('pricing.next')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
