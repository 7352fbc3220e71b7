// The active listing's min_price (the floor sent for Back Market's repricer): what Back Market holds, what the next
// sync sends or clears, a refusal in Back Market's words, or why none is sent. Nothing shows where the country is off
// and no min_price was ever sent.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MinPriceStatus } from '../../../../shared/min-price';
import { useCallQuery } from '../../../api/queries';
import { useFormat } from '../../../i18n/format';

function minPriceTexts(t: TFunction, status: MinPriceStatus, money: (amount: string | number) => string): string[] {
  const { wish, sent, refused } = status;
  const floor = wish.floorCents === null ? '' : money(wish.floorCents / 100);
  if (wish.minPrice !== null) {
    if (sent === wish.minPrice) {
      const texts = [t('backbox.minPrice.sent', { amount: money(sent) })];
      if (status.held !== undefined && status.held !== sent) texts.push(status.held === null ? t('backbox.minPrice.heldNone') : t('backbox.minPrice.heldOther', { held: money(status.held) }));
      return texts;
    }
    if (refused && refused.minPrice === wish.minPrice) return [t('backbox.minPrice.refused', { amount: money(wish.minPrice), message: refused.message })];
    return [t('backbox.minPrice.pending', { amount: money(wish.minPrice) })];
  }
  const texts = [t(`backbox.minPrice.reason.${wish.reason ?? 'off'}`, { floor })];
  if (sent !== null) texts.push(refused && refused.minPrice === null ? t('backbox.minPrice.refusedClear', { message: refused.message }) : t('backbox.minPrice.clearing', { amount: money(sent) }));
  return texts;
}

export function MinPriceLine({ productId, country }: { productId: number; country: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useCallQuery('backbox:minPrice', { productId, country }, { enabled: productId > 0 }).data;
  if (!status || (!status.on && status.sent === null && status.refused === null)) return null;
  const money = (amount: string | number) => format.money(Number(amount), status.currency);
  return (
    <p style={{ margin: '6px 0 0' }} data-testid="listing-min-price">
      <span className="muted">{t('backbox.minPrice.label')}</span> {minPriceTexts(t, status, money).join(' ')}
    </p>
  );
}
