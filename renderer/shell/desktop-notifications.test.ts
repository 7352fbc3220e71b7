import { describe, expect, it, vi } from 'vitest';
import { fakeNotification } from '../test/fake-notification';
import { notificationApi, notificationsAllowed, showNotification, type NotificationApi } from './desktop-notifications';

describe('the desktop-notification adapter', () => {
  it('is unavailable where the engine has no Notification API', () => {
    expect(notificationApi()).toBeNull();
  });

  it('asks for permission only while the merchant has not answered', async () => {
    const granted = fakeNotification('granted');
    await expect(notificationsAllowed(granted.api)).resolves.toBe(true);
    expect(granted.requestPermission).not.toHaveBeenCalled();
    const denied = fakeNotification('denied');
    await expect(notificationsAllowed(denied.api)).resolves.toBe(false);
    expect(denied.requestPermission).not.toHaveBeenCalled();
    const asked = fakeNotification('default', 'granted');
    await expect(notificationsAllowed(asked.api)).resolves.toBe(true);
    expect(asked.requestPermission).toHaveBeenCalledOnce();
    const refused = fakeNotification('default', 'denied');
    await expect(notificationsAllowed(refused.api)).resolves.toBe(false);
  });

  it('degrades silently where asking fails', async () => {
    const throwing = fakeNotification('default');
    throwing.requestPermission.mockImplementation(() => {
      throw new TypeError('requestPermission takes a callback');
    });
    await expect(notificationsAllowed(throwing.api)).resolves.toBe(false);
    const rejecting = fakeNotification('default');
    rejecting.requestPermission.mockRejectedValue(new Error('not in a gesture'));
    await expect(notificationsAllowed(rejecting.api)).resolves.toBe(false);
  });

  it('shows a notification whose click brings the window forward on its screen', () => {
    const { api, shown } = fakeNotification('granted');
    expect(showNotification(api, 'Title', { body: 'Body', tag: 'a-tag' }, { screenId: 'orders', params: { order: '7' } })).toBe(true);
    expect(shown[0]).toMatchObject({ title: 'Title', options: { body: 'Body', tag: 'a-tag' } });
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    shown[0]?.onclick?.(new Event('click'));
    expect(focus).toHaveBeenCalled();
    expect(window.location.hash).toBe('#/orders?order=7');
  });

  it('shows nothing, without throwing, where the constructor throws', () => {
    const throwing = Object.assign(
      vi.fn(function () {
        throw new TypeError('Illegal constructor');
      }),
      { permission: 'granted', requestPermission: async () => 'granted' },
    ) as unknown as NotificationApi;
    expect(showNotification(throwing, 'Title', {}, { screenId: 'listings' })).toBe(false);
  });
});
