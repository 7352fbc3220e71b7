// How the orders screens write Back Market's figures: amounts (decimal strings) in the order's currency, dates, the
// time left before the deadline an order carries, and an address as the lines of a label.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderAddress, OrderDetail } from '../../../shared/orders';
import { useFormat } from '../../i18n/format';

export interface TimeLeft {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** Whole minutes between now and the deadline, split into days, hours and minutes; null without a readable deadline. */
export function timeLeft(deadline: string, now: Date): TimeLeft | null {
  const due = Date.parse(deadline);
  if (!deadline || Number.isNaN(due)) return null;
  const total = Math.floor(Math.abs(due - now.getTime()) / 60_000);
  return { overdue: due < now.getTime(), days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** The address as it goes on a parcel: name, company, streets, postcode and city, state, country, phone. */
export function addressLines(address: OrderAddress): string[] {
  const name = `${address.firstName} ${address.lastName}`.trim();
  const city = `${address.postalCode} ${address.city}`.trim();
  return [name, address.company, address.street, address.street2, city, address.state, address.country, address.phone].filter((line) => line.trim() !== '');
}

/**
 * The packing slip's address: the shipping address's lines, then how to reach the customer — the phone when the address
 * did not already carry it (it may come from the billing address) and the e-mail — each only when Back Market sent it.
 */
export function slipAddressLines(order: Pick<OrderDetail, 'shippingAddress' | 'customerPhone' | 'customerEmail'>): string[] {
  const lines = addressLines(order.shippingAddress);
  if (order.customerPhone && !lines.includes(order.customerPhone)) lines.push(order.customerPhone);
  if (order.customerEmail) lines.push(order.customerEmail);
  return lines;
}

export function useOrderFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useCallback(
    (amount: string, currency: string) => {
      const value = Number(amount);
      if (amount === '' || !Number.isFinite(value)) return '—';
      try {
        return format.money(value, currency || 'EUR');
      } catch {
        // A currency code Intl does not know: the figure as Back Market wrote it.
        return `${amount} ${currency}`;
      }
    },
    [format],
  );
  const date = useCallback((iso: string) => (iso && !Number.isNaN(Date.parse(iso)) ? format.date(iso) : '—'), [format]);
  const span = useCallback(
    (left: TimeLeft) =>
      left.days > 0
        ? t('orders.span.daysHours', { days: left.days, hours: left.hours })
        : left.hours > 0
          ? t('orders.span.hoursMinutes', { hours: left.hours, minutes: left.minutes })
          : t('orders.span.minutes', { minutes: left.minutes }),
    [t],
  );
  /** "5 h 20 min left" or "2 d 3 h overdue"; '' when the order carries no deadline. */
  const deadline = useCallback(
    (iso: string, now: Date = new Date()) => {
      const left = timeLeft(iso, now);
      if (!left) return '';
      return left.overdue ? t('orders.deadline.overdue', { span: span(left) }) : t('orders.deadline.left', { span: span(left) });
    },
    [span, t],
  );
  return useMemo(() => ({ money, date, deadline, isOverdue: (iso: string) => timeLeft(iso, new Date())?.overdue ?? false }), [money, date, deadline]);
}
