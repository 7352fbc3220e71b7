// The app's screens in nav order. Later issues add Listings, Orders and Settings here: one entry each, nothing else to change.
// The Back Market section follows the channel guide's setup steps: Categorisation, Mapping, Carrier mapping, Pricing.
import type { ComponentType } from 'react';
import { CatalogueScreen } from '../screens/catalogue/CatalogueScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { ListingsScreen } from '../screens/listings/ListingsScreen';
import { AttributesScreen } from '../screens/mapping/AttributesScreen';
import { CarriersScreen } from '../screens/mapping/CarriersScreen';
import { CategoriesScreen } from '../screens/mapping/CategoriesScreen';
import { OrdersScreen } from '../screens/orders/OrdersScreen';
import { PricingScreen } from '../screens/pricing/PricingScreen';
import { ReturnsScreen } from '../screens/returns/ReturnsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { UnitsScreen } from '../screens/units/UnitsScreen';

export interface ScreenEntry {
  id: string;
  /** i18n key of the nav label and the page title. */
  labelKey: string;
  /** A small glyph shown before the label; decorative. */
  glyph: string;
  /** 'backmarket' items form the channel's setup section; 'footer' items sit at the bottom of the nav (Settings). */
  section: 'main' | 'backmarket' | 'footer';
  Component: ComponentType;
}

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'home', labelKey: 'nav.home', glyph: '⌂', section: 'main', Component: HomeScreen },
  { id: 'catalogue', labelKey: 'nav.catalogue', glyph: '▤', section: 'main', Component: CatalogueScreen },
  { id: 'import', labelKey: 'nav.import', glyph: '⇪', section: 'main', Component: ImportScreen },
  { id: 'listings', labelKey: 'nav.listings', glyph: '☰', section: 'main', Component: ListingsScreen },
  { id: 'orders', labelKey: 'nav.orders', glyph: '◫', section: 'main', Component: OrdersScreen },
  { id: 'returns', labelKey: 'returns.nav', glyph: '↩', section: 'main', Component: ReturnsScreen },
  { id: 'units', labelKey: 'nav.units', glyph: '▣', section: 'main', Component: UnitsScreen },
  { id: 'mapping-categories', labelKey: 'nav.categories', glyph: '◇', section: 'backmarket', Component: CategoriesScreen },
  { id: 'mapping-attributes', labelKey: 'nav.attributes', glyph: '≡', section: 'backmarket', Component: AttributesScreen },
  { id: 'mapping-carriers', labelKey: 'nav.carriers', glyph: '⇢', section: 'backmarket', Component: CarriersScreen },
  { id: 'pricing', labelKey: 'nav.prices', glyph: '€', section: 'backmarket', Component: PricingScreen },
  { id: 'settings', labelKey: 'nav.settings', glyph: '⚙', section: 'footer', Component: SettingsScreen },
];

export const DEFAULT_SCREEN = 'home';

export const screenById = (id: string): ScreenEntry => SCREENS.find((screen) => screen.id === id) ?? (SCREENS[0] as ScreenEntry);
