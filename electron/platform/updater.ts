// Updates of the installed desktop app: electron-updater checks a few seconds after start and then every 12 hours,
// downloads in the background, and installs when the merchant quits — or at once with "Restart to update", which is
// refused while a sync runs or while the merchant has unsaved work. The updater itself is a parameter (electron-updater's
// autoUpdater in the app, a fake in tests), so every rule here runs without Electron.
import type { RestartOutcome, UpdateState } from '../../shared/contract/desktop-calls';

export const FIRST_CHECK_DELAY_MS = 5_000;
export const CHECK_INTERVAL_MS = 12 * 60 * 60 * 1000;
/** Set to anything but "0" or "false" to turn updates off whatever Settings says (an IT department's deployment). */
export const NO_UPDATES_ENV = 'REFURB_NO_UPDATES';
/** Another update feed: "github:<owner>/<repo>" or an https:// folder holding latest*.yml (a generic server). */
export const UPDATE_FEED_ENV = 'REFURB_UPDATE_FEED';
export const UPDATES_ENABLED_SETTING = 'updates.enabled';

/** The parts of electron-updater's AppUpdater this module uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  setFeedURL(options: FeedOptions): void;
}

export type FeedOptions = { provider: 'github'; owner: string; repo: string } | { provider: 'generic'; url: string };

export interface UpdateSettings {
  get(key: typeof UPDATES_ENABLED_SETTING): unknown;
  set(key: typeof UPDATES_ENABLED_SETTING, value: boolean): void;
}

export interface UpdateControllerOptions {
  /** Undefined when the app is not an installed build (npm start): nothing to update from. */
  updater: UpdaterLike | undefined;
  settings: UpdateSettings;
  env: Readonly<Record<string, string | undefined>>;
  /** Asked at the click and again just before restarting (the core's sync state). */
  isSyncRunning: () => boolean | Promise<boolean>;
  onChange: (state: UpdateState) => void;
  log: { error(message: string, detail?: unknown): void };
  now?: () => Date;
  /** Runs the restart after the call that asked for it has been answered. */
  defer?: (run: () => void) => void;
}

export interface UpdateController {
  start(): void;
  state(): UpdateState;
  setEnabled(enabled: boolean): UpdateState;
  restart(input: { unsavedWork: boolean }): Promise<RestartOutcome>;
  stop(): void;
}

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== '' && !/^(0|false|no)$/i.test(value.trim());

/** REFURB_UPDATE_FEED read into electron-updater's feed options; undefined (and logged) when it names no usable feed. */
export function parseFeed(value: string): FeedOptions | undefined {
  const github = /^github:([\w.-]+)\/([\w.-]+)$/.exec(value.trim());
  if (github) return { provider: 'github', owner: github[1]!, repo: github[2]! };
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:') return { provider: 'generic', url: url.href };
  } catch {
    // not a URL: refused below
  }
  return undefined;
}

/** A failure read as the merchant can act on it: their network, or the feed (no release, a bad address). */
const errorCodeOf = (error: Error): 'network' | 'feed' =>
  /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ERR_INTERNET_DISCONNECTED|ERR_NETWORK|net::/.test(`${error.message}`) ? 'network' : 'feed';

export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { updater, settings, env, log } = options;
  const now = options.now ?? (() => new Date());
  const defer = options.defer ?? ((run) => setImmediate(run));
  const offByEnvironment = isSet(env[NO_UPDATES_ENV]);
  const enabledSetting = () => settings.get(UPDATES_ENABLED_SETTING) !== false;

  let status: UpdateState['status'] = 'idle';
  let version: string | null = null;
  let percent: number | null = null;
  let checkedAt: string | null = null;
  let error: UpdateState['error'] = null;
  let firstCheck: ReturnType<typeof setTimeout> | undefined;
  let everyTwelveHours: ReturnType<typeof setInterval> | undefined;
  let listening = false;

  const state = (): UpdateState => {
    const enabled = enabledSetting();
    if (!updater) return { status: 'unavailable', enabled, offBy: null, version: null, percent: null, checkedAt: null, error: null };
    // An update already downloaded stays ready even if updates are turned off afterwards: it installs at the next quit.
    if (status !== 'ready' && (offByEnvironment || !enabled)) {
      return { status: 'off', enabled, offBy: offByEnvironment ? 'environment' : 'settings', version: null, percent: null, checkedAt, error: null };
    }
    return { status, enabled, offBy: null, version, percent, checkedAt, error };
  };
  const changed = () => options.onChange(state());

  const active = () => updater !== undefined && !offByEnvironment && enabledSetting();

  const check = () => {
    if (!updater || !active() || status === 'downloading' || status === 'ready') return;
    // A failed check also fires 'error', which records it once; this only keeps the rejection from going unhandled.
    updater.checkForUpdates().catch(() => undefined);
  };

  const listen = (target: UpdaterLike) => {
    if (listening) return;
    listening = true;
    target.on('checking-for-update', () => {
      status = 'checking';
      error = null;
      changed();
    });
    target.on('update-not-available', () => {
      status = 'idle';
      checkedAt = now().toISOString();
      changed();
    });
    target.on('update-available', (info) => {
      status = 'downloading';
      version = info.version;
      percent = 0;
      checkedAt = now().toISOString();
      changed();
    });
    target.on('download-progress', (progress) => {
      if (status !== 'downloading') return;
      percent = Math.max(0, Math.min(100, Math.round(progress.percent)));
      changed();
    });
    target.on('update-downloaded', (info) => {
      status = 'ready';
      version = info.version;
      percent = null;
      changed();
    });
    target.on('error', (failure) => {
      log.error('Update failed', failure);
      if (status === 'ready') return;
      status = 'error';
      error = errorCodeOf(failure);
      percent = null;
      checkedAt = now().toISOString();
      changed();
    });
  };

  const schedule = () => {
    if (!active() || firstCheck || everyTwelveHours) return;
    firstCheck = setTimeout(() => {
      firstCheck = undefined;
      check();
    }, FIRST_CHECK_DELAY_MS);
    everyTwelveHours = setInterval(check, CHECK_INTERVAL_MS);
  };
  const unschedule = () => {
    if (firstCheck) clearTimeout(firstCheck);
    if (everyTwelveHours) clearInterval(everyTwelveHours);
    firstCheck = undefined;
    everyTwelveHours = undefined;
  };

  return {
    start() {
      if (!updater) return;
      // Downloads run in the background; the install waits for the merchant: their quit, or their click.
      updater.autoDownload = true;
      updater.autoInstallOnAppQuit = true;
      const feed = env[UPDATE_FEED_ENV];
      if (feed !== undefined && feed.trim() !== '') {
        const parsed = parseFeed(feed);
        if (parsed) updater.setFeedURL(parsed);
        else {
          log.error(`${UPDATE_FEED_ENV} is not "github:<owner>/<repo>" or an https:// address; the feed built into the app is used.`);
        }
      }
      listen(updater);
      schedule();
    },
    state,
    setEnabled(enabled) {
      settings.set(UPDATES_ENABLED_SETTING, enabled);
      if (enabled) schedule();
      else unschedule();
      changed();
      return state();
    },
    async restart({ unsavedWork }) {
      if (!updater || status !== 'ready') return { restarting: false, blockedBy: 'not-ready' };
      if (await options.isSyncRunning()) return { restarting: false, blockedBy: 'sync' };
      if (unsavedWork) return { restarting: false, blockedBy: 'unsaved-work' };
      defer(() => {
        // Checked again at the last moment: a sync may have started between the answer and now.
        void Promise.resolve(options.isSyncRunning()).then((syncing) => {
          if (syncing) log.error('The restart to update was put off: a sync started');
          else updater.quitAndInstall(false, true);
        });
      });
      return { restarting: true, blockedBy: null };
    },
    stop: unschedule,
  };
}
