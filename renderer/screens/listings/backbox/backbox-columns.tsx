// The Listings grid's BackBox columns: winning or losing by how much, the price to win, the winner's price and when it
// was read, from backbox:standings for the rows loaded. An offer never read says so rather than guessing.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackboxStanding } from '../../../../shared/backbox';
import type { ListingRow } from '../../../../shared/sync';
import { useStandings } from '../../../api/backbox-queries';
import { useFormat } from '../../../i18n/format';
import type { ListingColumn } from '../listing-columns';

const standingKey = (row: Pick<ListingRow, 'productId' | 'country'>) => `${row.productId}|${row.country}`;

export function useBackboxColumns(loaded: ListingRow[]): ListingColumn[] {
  const { t } = useTranslation();
  const format = useFormat();
  // A listing not managed by Refurb Desk has no BackBox read of ours: its cells stay empty.
  const offers = useMemo(() => loaded.filter((row) => !row.unmanaged).map((row) => ({ productId: row.productId, country: row.country })), [loaded]);
  const standings = useStandings(offers).data?.standings ?? {};
  const of = (row: ListingRow): BackboxStanding | undefined => standings[standingKey(row)];
  const money = (cents: number | null, currency: string) => (cents === null ? '' : format.money(cents / 100, currency));
  return [
    {
      id: 'backbox',
      label: t('backbox.columns.standing'),
      width: '150px',
      cell: (row) => {
        if (row.unmanaged) return '';
        const standing = of(row);
        if (!standing) return <span className="muted">{t('backbox.notRead')}</span>;
        return standing.isWinning ? (
          <span className="badge badge-ok" data-backbox="winning">
            {t('backbox.winning')}
          </span>
        ) : (
          <span className="badge badge-warning" data-backbox="losing">
            {t('backbox.losingBy', { amount: money(standing.losingByCents, standing.currency) })}
          </span>
        );
      },
    },
    { id: 'priceToWin', label: t('backbox.columns.priceToWin'), width: '110px', align: 'end', cell: (row) => money(of(row)?.priceToWinCents ?? null, of(row)?.currency ?? 'EUR') },
    { id: 'winnerPrice', label: t('backbox.columns.winnerPrice'), width: '110px', align: 'end', cell: (row) => money(of(row)?.winnerPriceCents ?? null, of(row)?.currency ?? 'EUR') },
    {
      id: 'backboxReadAt',
      label: t('backbox.columns.readAt'),
      width: '140px',
      cell: (row) => {
        const readAt = of(row)?.readAt;
        return readAt ? format.date(readAt) : '';
      },
    },
  ];
}
