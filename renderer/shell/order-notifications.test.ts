import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import type { NewOrdersEvent } from '../../shared/orders';
import { fakeNotification } from '../test/fake-notification';
import { notifyNewOrders } from './order-notifications';

const EVENT: NewOrdersEvent = {
  orders: [
    { orderId: 101, customerName: 'Camille Durand', total: '149.00', currency: 'EUR', lineCount: 1, expectedDispatchDate: '' },
    { orderId: 102, customerName: 'Jonas Weber', total: '578.00', currency: 'EUR', lineCount: 2, expectedDispatchDate: '' },
  ],
};

describe('desktop notifications for new orders', () => {
  it('shows one notification per order once permission is granted, and a click opens the order', async () => {
    const { api, shown, requestPermission } = fakeNotification('granted');
    await expect(notifyNewOrders(EVENT, i18next.t, api)).resolves.toBe(2);
    expect(requestPermission).not.toHaveBeenCalled();
    expect(shown.map((notification) => notification.title)).toEqual(['New order 101 to accept', 'New order 102 to accept']);
    expect(shown[1]?.options).toMatchObject({ body: 'Jonas Weber · 2 lines · 578.00 EUR', tag: 'refurb-order-102' });
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    shown[1]?.onclick?.(new Event('click'));
    expect(focus).toHaveBeenCalled();
    expect(window.location.hash).toBe('#/orders?order=102');
  });

  it('asks for permission only when there is an order to announce', async () => {
    const asked = fakeNotification('default', 'granted');
    await expect(notifyNewOrders({ orders: [] }, i18next.t, asked.api)).resolves.toBe(0);
    expect(asked.requestPermission).not.toHaveBeenCalled();
    await expect(notifyNewOrders(EVENT, i18next.t, asked.api)).resolves.toBe(2);
    expect(asked.requestPermission).toHaveBeenCalledOnce();
  });

  it('stays silent where notifications are refused or unavailable', async () => {
    const refused = fakeNotification('default', 'denied');
    await expect(notifyNewOrders(EVENT, i18next.t, refused.api)).resolves.toBe(0);
    expect(refused.shown).toEqual([]);
    await expect(notifyNewOrders(EVENT, i18next.t, null)).resolves.toBe(0);
  });
});
