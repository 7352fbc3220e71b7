// The merchant's preferences (the UI's language), kept in the settings file through the settings adapter, so
// electron-store in Electron and the conf file of the data folder in the preview both keep them across restarts.
import { uiLanguageSchema, type Preferences, type UiLanguage } from '../../../shared/contract/preferences-calls';

export const LANGUAGE_SETTING = 'preferences.language';

/** The part of the settings adapter this service needs; the app's settings store satisfies it. */
export interface PreferencesSettings {
  get(key: typeof LANGUAGE_SETTING): unknown;
  set(key: typeof LANGUAGE_SETTING, value: UiLanguage): void;
}

export interface PreferencesService {
  get(): Preferences;
  setLanguage(language: UiLanguage): Preferences;
}

export function createPreferencesService(settings: PreferencesSettings): PreferencesService {
  const get = (): Preferences => {
    // A hand-edited or older file may hold anything: what is not a language we ship means "follow the system".
    const stored = uiLanguageSchema.safeParse(settings.get(LANGUAGE_SETTING));
    return { language: stored.success ? stored.data : null };
  };
  return {
    get,
    setLanguage(language) {
      settings.set(LANGUAGE_SETTING, language);
      return get();
    },
  };
}
