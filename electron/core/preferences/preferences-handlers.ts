// Binds the preferences entries of the contract to the preferences service.
import type { Handlers } from '../../../shared/contract';
import type { preferencesCalls } from '../../../shared/contract/preferences-calls';
import type { PreferencesService } from './preferences-service';

export function preferencesHandlers(preferences: PreferencesService): Pick<Handlers, keyof typeof preferencesCalls> {
  return {
    'preferences:get': async () => preferences.get(),
    'preferences:setLanguage': async ({ language }) => preferences.setLanguage(language),
  };
}
