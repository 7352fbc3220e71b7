// The contract entries of the merchant's own preferences (for now the language of the UI), kept in main's settings
// file so they survive restarts in both shells (the preview's port, hence its localStorage, changes per launch).
// shared/contract.ts spreads them into the one contract.
import { z } from 'zod';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;

/** The languages the UI ships in: English plus the languages of the guide's markets. */
export const UI_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const uiLanguageSchema = z.enum(UI_LANGUAGES);

export interface Preferences {
  /** null until the merchant chooses one: the UI follows the system's languages. */
  language: UiLanguage | null;
}

export const preferencesCalls = {
  'preferences:get': { input: z.object({}).strict(), result: returns<Preferences>() },
  'preferences:setLanguage': { input: z.object({ language: uiLanguageSchema }).strict(), result: returns<Preferences>() },
} as const;
