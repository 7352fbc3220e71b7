// Hands the contract client to every screen, so tests inject a fake one instead of mocking modules.
import { createContext, useContext, type ReactNode } from 'react';
import type { RefurbApi } from './client';

const ApiContext = createContext<RefurbApi | null>(null);

export function ApiProvider({ api, children }: { api: RefurbApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): RefurbApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>.');
  return api;
}
