// Which language the UI speaks: the merchant's choice (kept in main through preferences:*), else the system's.
// Switching is immediate: i18next re-renders every translated component, and <html lang> follows (index.ts).
import i18next from 'i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/contract/preferences-calls';
import { pickLanguage } from './locales';

/** Each language named in itself, so a merchant finds theirs whatever language the UI is in now. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
};

export const isUiLanguage = (language: string | undefined): language is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(language ?? '');

/** The first of the system's preferred languages the UI speaks, English otherwise. */
export function systemLanguage(): string {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return pickLanguage(preferred);
}

/** The language the UI is in now. */
export function currentLanguage(): string {
  return i18next.resolvedLanguage ?? i18next.language;
}

/** Switches the UI to the stored choice, or to the system's language when there is none. */
export async function applyLanguage(choice: UiLanguage | null): Promise<void> {
  const language = choice ?? systemLanguage();
  if (language !== currentLanguage()) await i18next.changeLanguage(language);
}
