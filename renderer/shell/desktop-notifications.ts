// The desktop-notification adapter: the web Notification API, which Electron's renderer and the browser preview both
// offer. It owns availability, asking permission only while the merchant has not answered, degrading silently where
// notifications are missing, refused or throw, and what a click does (bring the window forward on a screen).
import { navigateTo } from './use-hash-route';

/** The parts of the Notification constructor used here; the global one satisfies it, tests pass a fake one. */
export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): { onclick: ((this: unknown, event: Event) => unknown) | null };
}

/** The engine's Notification API, or null where there is none. */
export function notificationApi(): NotificationApi | null {
  return typeof Notification === 'undefined' ? null : (Notification as unknown as NotificationApi);
}

/** Whether notifications may be shown, asking the merchant only while they have not answered; never throws. */
export async function notificationsAllowed(api: NotificationApi): Promise<boolean> {
  if (api.permission !== 'default') return api.permission === 'granted';
  try {
    return (await api.requestPermission()) === 'granted';
  } catch {
    // Older engines take a callback instead of returning a promise, or refuse outside a gesture: no notification then.
    return false;
  }
}

/** Where a click on the notification brings the window forward. */
export interface NotificationTarget {
  screenId: string;
  params?: Record<string, string>;
}

/** Shows one notification, once the caller knows permission is granted; true when one was shown. */
export function showNotification(api: NotificationApi, title: string, options: NotificationOptions, target: NotificationTarget): boolean {
  try {
    const notification = new api(title, options);
    notification.onclick = () => {
      window.focus();
      navigateTo(target.screenId, target.params);
    };
    return true;
  } catch {
    // A browser that only notifies from a service worker throws here: silently nothing, as where unsupported.
    return false;
  }
}
