// A desktop notification for each new order waiting to be accepted, with the web Notification API (Electron's renderer
// and the browser preview alike). Permission is asked the first time there is something to show; where notifications
// are unavailable or refused, nothing happens — the Orders screen's "To accept" count still tells the merchant.
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewOrdersEvent } from '../../shared/orders';
import { useApi } from '../api/ApiContext';
import { notificationApi, notificationsAllowed, showNotification, type NotificationApi } from './desktop-notifications';

/** Shows one notification per order; a click brings the window forward on that order. Returns how many were shown. */
export async function notifyNewOrders(event: NewOrdersEvent, t: TFunction, api: NotificationApi | null = notificationApi()): Promise<number> {
  if (!api || event.orders.length === 0 || !(await notificationsAllowed(api))) return 0;
  let shown = 0;
  for (const order of event.orders) {
    const title = t('orders.notification.title', { orderId: order.orderId });
    const body = t('orders.notification.body', { customer: order.customerName, count: order.lineCount, total: order.total, currency: order.currency });
    // One notification per order, even if the event were pushed twice.
    if (showNotification(api, title, { body, tag: `refurb-order-${order.orderId}` }, { screenId: 'orders', params: { order: String(order.orderId) } })) shown += 1;
  }
  return shown;
}

/** Mounted once in the shell: listens for 'orders:new' for as long as the app runs. */
export function useNewOrderNotifications(): void {
  const api = useApi();
  const { t } = useTranslation();
  useEffect(() => api.on('orders:new', (event) => void notifyNewOrders(event, t)), [api, t]);
}
