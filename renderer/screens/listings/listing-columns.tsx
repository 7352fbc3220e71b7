// The Listings grid's columns: what each shows, how wide it is, and which listings:list sort it asks for.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingRow } from '../../../shared/sync';
import { useFormat } from '../../i18n/format';
import { messageText } from '../../i18n/message-text';
import { useCatalogueStore } from '../../store/catalogue-store';
import { useCountryName } from '../mapping/country-name';
import { useBackboxColumns } from './backbox/backbox-columns';
import { listingKey, useListingsStore, type ListingSort } from './listings-store';
import { listingErrorText } from './listing-error-text';
import { standingLine, truthFix, truthTone } from './offer-truth-text';
import { UnmanagedStatus } from './UnmanagedStatus';
import { GradeCell, noPriceWhy, PriceCell, QuantityCell, TitleCell } from './listing-value-cells';

export interface ListingColumn {
  id: string;
  label: string;
  /** A CSS grid track size. */
  width: string;
  align?: 'end' | 'center';
  sort?: ListingSort;
  /** The header's content when it is not the label (the select-all box). */
  header?: ReactNode;
  cell(row: ListingRow): ReactNode;
}

function SelectCell({ row }: { row: ListingRow }) {
  // Retry and take offline act on catalogue offers only: a listing Refurb Desk does not manage cannot be selected.
  if (row.unmanaged) return null;
  return <OfferSelectCell row={row} />;
}

function OfferSelectCell({ row }: { row: ListingRow }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const key = listingKey(row);
  const selected = useListingsStore((state) => state.selection.has(key));
  const toggleSelected = useListingsStore((state) => state.toggleSelected);
  return (
    <input
      type="checkbox"
      tabIndex={-1}
      checked={selected}
      onChange={() => toggleSelected(key)}
      aria-label={t('listings.selectRow', { sku: row.sku, country: countryName(row.country) })}
    />
  );
}

function SelectAllHeader({ loaded }: { loaded: ListingRow[] }) {
  const { t } = useTranslation();
  const selection = useListingsStore((state) => state.selection);
  const setSelected = useListingsStore((state) => state.setSelected);
  const keys = loaded.filter((row) => !row.unmanaged).map(listingKey);
  const all = keys.length > 0 && keys.every((key) => selection.has(key));
  return <input type="checkbox" checked={all} disabled={keys.length === 0} onChange={() => setSelected(keys, !all)} aria-label={t('listings.selectLoaded')} />;
}

function SkuCell({ row }: { row: ListingRow }) {
  if (row.unmanaged) return row.sku;
  return <ProductLink row={row} />;
}

function ProductLink({ row }: { row: ListingRow }) {
  const setOpenProduct = useCatalogueStore((state) => state.setOpenProduct);
  return (
    <button type="button" tabIndex={-1} className="link-button" onClick={() => setOpenProduct({ mode: 'edit', id: row.productId })}>
      {row.sku}
    </button>
  );
}

export function useListingColumns(loaded: ListingRow[]): ListingColumn[] {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const backboxColumns = useBackboxColumns(loaded);
  // Rebuilt per render: a dozen objects, and the select-all box must see the pages just loaded.
  const columns: ListingColumn[] = [
      { id: 'select', label: t('listings.columns.select'), width: '36px', align: 'center', header: <SelectAllHeader loaded={loaded} />, cell: (row) => <SelectCell row={row} /> },
      { id: 'sku', label: t('listings.columns.sku'), width: '150px', sort: 'sku', cell: (row) => <SkuCell row={row} /> },
      { id: 'title', label: t('listings.columns.title'), width: 'minmax(170px, 1fr)', sort: 'title', cell: (row) => <TitleCell row={row} /> },
      {
        id: 'ean',
        label: t('listings.columns.ean'),
        width: '140px',
        cell: (row) => row.ean || (row.backMarketProductId ? <span title={row.backMarketProductId}>{row.backMarketProductId}</span> : ''),
      },
      { id: 'grade', label: t('listings.columns.grade'), width: '100px', cell: (row) => <GradeCell row={row} /> },
      { id: 'quantity', label: t('listings.columns.quantity'), width: '80px', align: 'end', sort: 'quantity', cell: (row) => <QuantityCell row={row} /> },
      { id: 'country', label: t('listings.columns.country'), width: '120px', sort: 'country', cell: (row) => countryName(row.country) },
      {
        id: 'price',
        label: t('listings.columns.price'),
        // Room for « 299,00 € → 279,00 € »; a longer one is cut with its whole text on hover.
        width: '150px',
        align: 'end',
        sort: 'price',
        // What Back Market holds, the catalogue's change beside it while it waits, or why the sync sends no price:
        // never the catalogue's price shown as Back Market's.
        cell: (row) => <PriceCell row={row} />,
      },
      {
        id: 'status',
        label: t('listings.columns.status'),
        width: '210px',
        sort: 'status',
        // Two lines inside the cell: the guide's word, then the standing and its reason; the full text as a tooltip.
        cell: (row) => {
          if (!row.truth) return <UnmanagedStatus row={row} />;
          const standing = standingLine(t, row.truth, (iso) => format.date(iso));
          const word = t(`truth.word.${row.truth.word}`);
          return (
            <span className="two-line-cell" title={[`${word} · ${standing}`, truthFix(t, row.truth)].filter(Boolean).join('\n')} data-standing={row.truth.standing}>
              <span className={`badge ${truthTone(row.truth)}`}>{word}</span>
              <span className="two-line-cell-second">{standing}</span>
            </span>
          );
        },
      },
      {
        id: 'lastSync',
        label: t('listings.columns.lastSync'),
        width: '140px',
        sort: 'lastSync',
        cell: (row) => (row.lastSyncAt ? format.date(row.lastSyncAt) : t('listings.neverSynced')),
      },
      {
        id: 'error',
        label: t('listings.columns.error'),
        width: 'minmax(240px, 1.2fr)',
        cell: (row) => {
          if (!row.truth) return <span className="clamp-two-lines muted">{t('listings.unmanaged.why')}</span>;
          const text = row.changedElsewhere && !row.error ? t('listings.changedElsewhere', { what: messageText(row.changedElsewhere, t) }) : listingErrorText(t, row);
          const priceWhy = noPriceWhy(t, row);
          // Not on sale for a missing price the mapping leaves out: the cause and its fix, not "give it a price".
          const why = text || (priceWhy && row.truth.reason === 'missing-price' ? priceWhy : [truthFix(t, row.truth), priceWhy].filter(Boolean).join(' '));
          const tooltip = [why, row.csvLine && t('listings.csvLineTooltip', { line: row.csvLine })].filter(Boolean).join('\n\n');
          // Wrapped on two lines and clipped inside the cell; the whole text is the tooltip and in the detail below the grid.
          return (
            <span className={`clamp-two-lines ${row.error ? 'field-error' : 'muted'}`} title={tooltip || undefined}>
              {why}
            </span>
          );
        },
      },
      ...backboxColumns,
  ];
  return columns;
}
