// Test support: a fake Notification constructor that records what it shows and answers the permission question as told.
import { vi } from 'vitest';
import type { NotificationApi } from '../shell/desktop-notifications';

export interface ShownNotification {
  title: string;
  options?: NotificationOptions;
  onclick: ((event: Event) => unknown) | null;
}

export function fakeNotification(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const shown: ShownNotification[] = [];
  const requestPermission = vi.fn(async () => answer);
  const Fake = vi.fn(function (this: { onclick: unknown }, title: string, options?: NotificationOptions) {
    const notification = { title, options, onclick: null };
    shown.push(notification);
    return notification;
  }) as unknown as NotificationApi;
  Object.assign(Fake, { permission, requestPermission });
  return { api: Fake, shown, requestPermission };
}
