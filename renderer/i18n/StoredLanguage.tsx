// Mounted once at the app root: puts the UI in the language the merchant chose in Settings, which main keeps across
// restarts (the preview's port changes per launch, so the page's own storage cannot be trusted to keep it).
import { useEffect } from 'react';
import { useCallQuery } from '../api/queries';
import { applyLanguage } from './language';

export const preferencesKey = ['preferences:get', {}] as const;

export function useStoredLanguage(): void {
  // A shell that cannot answer leaves the UI in the system's language: nothing to show, nothing to retry.
  const stored = useCallQuery('preferences:get', {}, { staleTime: Infinity, retry: false });
  const language = stored.data?.language;
  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);
}

export function StoredLanguage(): null {
  useStoredLanguage();
  return null;
}
