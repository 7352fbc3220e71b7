// The desktop notification when a long sync ends: the web Notification API, which Electron's renderer and the browser
// preview both offer. Where it is missing or refused, nothing happens: the header already shows the outcome.
import type { SyncReport } from '../../shared/sync';
import { notificationApi, notificationsAllowed, showNotification, type NotificationApi } from './desktop-notifications';

/** A sync shorter than this ends while the merchant is still looking at the button: no notification. */
export const LONG_SYNC_MS = 10_000;

/** Asked when the merchant starts a sync (a user gesture), so the answer is there when the sync ends. */
export function askNotificationPermission(api: NotificationApi | null = notificationApi()): void {
  if (api) void notificationsAllowed(api);
}

export const syncDurationMs = (report: SyncReport) => Date.parse(report.finishedAt) - Date.parse(report.startedAt);

/** Shows the notification when the run was long and the merchant allowed it; true when one was shown. */
export function notifySyncEnded(report: SyncReport, text: { title: string; body: string }, api: NotificationApi | null = notificationApi()): boolean {
  // Never asked here: the sync's end is no user gesture, and the question was put when it started.
  if (!api || api.permission !== 'granted' || !(syncDurationMs(report) > LONG_SYNC_MS)) return false;
  // A click brings the window forward on the listings, where the outcome of each offer is.
  return showNotification(api, text.title, { body: text.body, tag: 'refurb-desk-sync' }, { screenId: 'listings' });
}
