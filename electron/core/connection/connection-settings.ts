// The connection's non-secret settings as kept in the settings file: the mode, the environment, the company and
// e-mail of the User-Agent, the countries and their languages. The token is deliberately not here.
import { DEFAULT_COUNTRIES, type AccountMode, type CountrySetting, type Environment } from '../../../shared/connection';
import type { SettingsStore } from '../../platform/settings';

export interface AppSettings extends Record<string, unknown> {
  'connection.mode': AccountMode;
  'connection.environment': Environment;
  /** Only for the 'custom' environment: a sandbox started with npm run sandbox. */
  'connection.sandboxUrl': string;
  'connection.company': string;
  'connection.email': string;
  'connection.countries': CountrySetting[];
  /** The modes whose catalogue file has been opened: at start, a missing or empty file of one is a recovery case, not a new catalogue. */
  'catalogue.opened': ('sandbox' | 'account')[];
}

export const DEFAULT_SETTINGS: AppSettings = {
  'connection.mode': 'none',
  'connection.environment': 'production',
  'connection.sandboxUrl': '',
  'connection.company': '',
  'connection.email': '',
  'connection.countries': DEFAULT_COUNTRIES,
  'catalogue.opened': [],
};

export type AppSettingsStore = SettingsStore<AppSettings>;
