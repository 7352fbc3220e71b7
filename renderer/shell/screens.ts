// The app's screens in nav order. Later issues add Listings, Orders and Settings here: one entry each, nothing else to change.
import type { ComponentType } from 'react';
import { CatalogueScreen } from '../screens/catalogue/CatalogueScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';

export interface ScreenEntry {
  id: string;
  /** i18n key of the nav label and the page title. */
  labelKey: string;
  /** A small glyph shown before the label; decorative. */
  glyph: string;
  /** 'footer' items sit at the bottom of the nav (Settings). */
  section: 'main' | 'footer';
  Component: ComponentType;
}

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'catalogue', labelKey: 'nav.catalogue', glyph: '▤', section: 'main', Component: CatalogueScreen },
  { id: 'import', labelKey: 'nav.import', glyph: '⇪', section: 'main', Component: ImportScreen },
  { id: 'settings', labelKey: 'nav.settings', glyph: '⚙', section: 'footer', Component: SettingsScreen },
];

export const DEFAULT_SCREEN = 'catalogue';

export const screenById = (id: string): ScreenEntry => SCREENS.find((screen) => screen.id === id) ?? (SCREENS[0] as ScreenEntry);
