// A market code (fr-fr) as the merchant reads it (France), from the same market list the setup wizard uses.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { findMarketChoice } from '../../../shared/connection';

export function useCountryName(): (code: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (code: string) => {
      const market = findMarketChoice(code);
      return market ? t(`markets.${market.country}`) : code;
    },
    [t],
  );
}
