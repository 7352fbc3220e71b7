// The non-secret settings file (countries, company, contact e-mail, environment): electron-store in Electron, its base
// `conf` under plain Node (preview, tests). One adapter shape, so services never know which one they got.
// The API token is deliberately not a setting: it lives in the secret store.
import Conf from 'conf';

export type SettingsRecord = Record<string, unknown>;

export interface SettingsStore<T extends SettingsRecord> {
  get<K extends keyof T & string>(key: K): T[K];
  set<K extends keyof T & string>(key: K, value: T[K]): void;
  /** Every setting, defaults filled in. */
  all(): T;
  /** Back to the defaults (the file stays, with default values). */
  reset(): void;
  /** Where the file is, for the merchant's "show settings file" and for support. */
  readonly path: string;
}

export interface SettingsOptions<T extends SettingsRecord> {
  defaults: T;
  /** The file name without extension. */
  name?: string;
}

export interface NodeSettingsOptions<T extends SettingsRecord> extends SettingsOptions<T> {
  /** The folder holding the file: the app's data folder, so the preview keeps settings beside its catalogue. */
  cwd: string;
}

export const SETTINGS_FILE_NAME = 'settings';

/** Options both stores share. Keys are literal (no dot paths), so a key like "contact.email" cannot split into objects. */
function commonOptions<T extends SettingsRecord>(options: SettingsOptions<T>) {
  return {
    defaults: options.defaults,
    accessPropertiesByDotNotation: false,
    watch: false,
    // Only the merchant's account can read the file: it names their company and e-mail.
    configFileMode: 0o600,
  } as const;
}

function adapt<T extends SettingsRecord>(store: Conf<T>): SettingsStore<T> {
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    all: () => ({ ...store.store }),
    reset: () => store.clear(),
    get path() {
      return store.path;
    },
  };
}

/** Plain Node: a `conf` file in the given folder. */
export function openNodeSettings<T extends SettingsRecord>(options: NodeSettingsOptions<T>): SettingsStore<T> {
  return adapt(new Conf<T>({ ...commonOptions(options), cwd: options.cwd, configName: options.name ?? SETTINGS_FILE_NAME }));
}

/**
 * Electron: electron-store, which places the file in userData and stamps the app version. Imported on demand because
 * electron-store imports 'electron', which must never load under plain Node (the preview imports this module too).
 */
export async function openElectronSettings<T extends SettingsRecord>(options: SettingsOptions<T>): Promise<SettingsStore<T>> {
  const { default: ElectronStore } = await import('electron-store');
  return adapt(new ElectronStore<T>({ ...commonOptions(options), name: options.name ?? SETTINGS_FILE_NAME }));
}
