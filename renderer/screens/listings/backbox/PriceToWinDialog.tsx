// Price to win for the selected offers: main's preview (current price, price to win, floor, new price, what is kept,
// and why the others stay as they are), then Apply, which main recomputes and writes to the price matrix and the outbox.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingRef } from '../../../../shared/sync';
import { messageOf } from '../../../api/call-error';
import { usePriceToWinApply, usePriceToWinPreview } from '../../../api/backbox-queries';
import { Alert } from '../../../components/Alert';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { TableHead } from '../../../components/TableHead';
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
        <DialogActions
          cancelLabel={t('backbox.priceToWin.close')}
          onCancel={onClose}
          confirmLabel={t('backbox.priceToWin.apply', { count: moving })}
          onConfirm={() => apply.mutate({ offers }, { onSuccess: (result) => onApplied(result.applied) })}
          disabled={moving === 0 || apply.isPending}
        />
      }
    >
      <p className="muted">{t('backbox.priceToWin.intro')}</p>
      {preview.isPending && <p role="status">{t('backbox.priceToWin.loading')}</p>}
      {preview.error && <Alert>{messageOf(preview.error, t('errors.unexpected'))}</Alert>}
      {apply.error && <Alert>{messageOf(apply.error, t('errors.unexpected'))}</Alert>}
      {preview.data && moving === 0 && <Alert tone="info">{t('backbox.priceToWin.nothingToApply')}</Alert>}
      {lines.length > 0 && (
        <table className="data-table" aria-label={t('backbox.priceToWin.title')} data-testid="price-to-win-table">
          <TableHead
            columns={[
              t('backbox.priceToWin.offer'),
              t('backbox.priceToWin.current'),
              t('backbox.priceToWin.toWin'),
              t('backbox.priceToWin.floor'),
              t('backbox.priceToWin.newPrice'),
              t('backbox.priceToWin.keeps'),
            ]}
          />
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
