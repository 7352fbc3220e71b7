// The desktop app's own entries of the contract: updates (state, the merchant's opt-out, "Restart to update") and the
// local error log. The browser preview answers them as "desktop app only"; shared/contract.ts spreads them in.
import { z } from 'zod';

const returns = <T>() => undefined as unknown as T;
const empty = z.object({}).strict();

/**
 * - unavailable: not the installed desktop app (the preview, a developer's `npm start`): nothing to update
 * - off: the merchant turned updates off in Settings, or REFURB_NO_UPDATES is set (offBy says which)
 * - idle: nothing newer found at the last check · checking · downloading (in the background)
 * - ready: downloaded; installed at the next quit, or now with "Restart to update"
 * - error: the last check or download failed; the next one is tried at the usual time
 */
export type UpdateStatus = 'unavailable' | 'off' | 'idle' | 'checking' | 'downloading' | 'ready' | 'error';

export interface UpdateState {
  status: UpdateStatus;
  /** The merchant's choice in Settings (true unless they turned updates off). */
  enabled: boolean;
  /** Why updates are off: the Settings choice, or the environment variable set by whoever installed the app. */
  offBy: 'settings' | 'environment' | null;
  /** The version being downloaded or ready to install. */
  version: string | null;
  /** Download progress, 0-100, while downloading. */
  percent: number | null;
  /** When the last check finished (ISO time), null before the first one. */
  checkedAt: string | null;
  /** What failed, as a code the screen words: the network, or the update feed itself. */
  error: 'network' | 'feed' | null;
}

/** Why "Restart to update" did not restart: a sync is running, there is unsaved work, or no update is ready. */
export type RestartBlocker = 'sync' | 'unsaved-work' | 'not-ready';
export interface RestartOutcome {
  restarting: boolean;
  blockedBy: RestartBlocker | null;
}

export interface ErrorLogInfo {
  /** False in the browser preview: the log is the desktop app's. */
  available: boolean;
  /** Entries in the log (crashes and errors), 0 when it is empty. */
  entries: number;
  /** Time of the newest entry (ISO), null when empty. */
  lastAt: string | null;
}

export const desktopCalls = {
  'updates:state': { input: empty, result: returns<UpdateState>() },
  'updates:setEnabled': { input: z.object({ enabled: z.boolean() }).strict(), result: returns<UpdateState>() },
  /** Restarts into the downloaded update unless a sync runs or the renderer says the merchant has unsaved work. */
  'updates:restart': { input: z.object({ unsavedWork: z.boolean() }).strict(), result: returns<RestartOutcome>() },
  'errorLog:info': { input: empty, result: returns<ErrorLogInfo>() },
  /** Shows the log file in the system's file manager. */
  'errorLog:open': { input: empty, result: returns<{ opened: boolean }>() },
} as const;

export interface DesktopEventMap {
  'updates:changed': UpdateState;
}
export const DESKTOP_EVENT_NAMES: (keyof DesktopEventMap)[] = ['updates:changed'];
