// A market code (fr-fr) as the merchant reads it (France), from the same market list the setup wizard uses.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { findMarketChoice } from '../../../shared/connection';

/** The market's country in the merchant's language; the code itself for a market the app does not know. */
export function countryNameOf(t: TFunction, code: string): string {
  const market = findMarketChoice(code);
  return market ? t(`markets.${market.country}`) : code;
}

export function useCountryName(): (code: string) => string {
  const { t } = useTranslation();
  return useCallback((code: string) => countryNameOf(t, code), [t]);
}
