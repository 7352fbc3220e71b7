// Price to win for the selected offers: main's preview (current price, price to win, floor, new price, what is kept,
// and why the others stay as they are), then Apply, which main recomputes and writes to the price matrix and the outbox.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingRef } from '../../../../shared/sync';
import { messageOf } from '../../../api/call-error';
import { usePriceToWinApply, usePriceToWinPreview } from '../../../api/backbox-queries';
import { Alert } from '../../../components/Alert';
import { Dialog } from '../../../components/Dialog';
import { useFormat } from '../../../i18n/format';
import { useCountryName } from '../../mapping/country-name';

interface PriceToWinDialogProps {
  offers: ListingRef[];
  onClose(): void;
  onApplied(count: number): void;
}

export function PriceToWinDialog({ offers, onClose, onApplied }: PriceToWinDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const preview = usePriceToWinPreview();
  const apply = usePriceToWinApply();
  const { mutate } = preview;
  useEffect(() => mutate({ offers }), [mutate, offers]);
  const lines = preview.data?.lines ?? [];
  const moving = lines.filter((line) => line.newCents !== null).length;
  const money = (cents: number | null, currency: string) => (cents === null ? t('backbox.priceToWin.unknown') : format.money(cents / 100, currency));

  return (
    <Dialog
      title={t('backbox.priceToWin.title')}
      onClose={onClose}
      testId="price-to-win-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('backbox.priceToWin.close')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={moving === 0 || apply.isPending}
            onClick={() => apply.mutate({ offers }, { onSuccess: (result) => onApplied(result.applied) })}
          >
            {t('backbox.priceToWin.apply', { count: moving })}
          </button>
        </>
      }
    >
      <p className="muted">{t('backbox.priceToWin.intro')}</p>
      {preview.isPending && <p role="status">{t('backbox.priceToWin.loading')}</p>}
      {preview.error && <Alert>{messageOf(preview.error, t('errors.unexpected'))}</Alert>}
      {apply.error && <Alert>{messageOf(apply.error, t('errors.unexpected'))}</Alert>}
      {preview.data && moving === 0 && <Alert tone="info">{t('backbox.priceToWin.nothingToApply')}</Alert>}
      {lines.length > 0 && (
        <table className="data-table" aria-label={t('backbox.priceToWin.title')} data-testid="price-to-win-table">
          <thead>
            <tr>
              <th scope="col">{t('backbox.priceToWin.offer')}</th>
              <th scope="col">{t('backbox.priceToWin.current')}</th>
              <th scope="col">{t('backbox.priceToWin.toWin')}</th>
              <th scope="col">{t('backbox.priceToWin.floor')}</th>
              <th scope="col">{t('backbox.priceToWin.newPrice')}</th>
              <th scope="col">{t('backbox.priceToWin.keeps')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={`${line.productId}|${line.country}`} data-offer={`${line.productNumber}|${line.country}`}>
                <td>
                  {line.productNumber} · {countryName(line.country)}
                </td>
                <td>{money(line.currentCents, line.currency)}</td>
                <td>{money(line.priceToWinCents, line.currency)}</td>
                <td>{money(line.floorCents, line.currency)}</td>
                <td>
                  {line.newCents !== null ? (
                    <strong data-testid="new-price">{money(line.newCents, line.currency)}</strong>
                  ) : (
                    <span className={line.untouched === 'grade-ladder' ? 'field-error' : 'muted'} data-untouched={line.untouched ?? ''}>
                      {t(`backbox.priceToWin.untouched.${line.untouched ?? 'no-change'}`)}
                    </span>
                  )}
                </td>
                <td>{money(line.keepsCents, line.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
