// The app root: the contract client, the query cache, and the shell behind the setup gate. Tests render it with a fake client.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ApiProvider } from './api/ApiContext';
import type { RefurbApi } from './api/client';
import { StoredLanguage } from './i18n/StoredLanguage';
import { ConnectionGate } from './shell/ConnectionGate';

export function App({ api, queryClient }: { api: RefurbApi; queryClient: QueryClient }) {
  return (
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <StoredLanguage />
        <ConnectionGate />
      </QueryClientProvider>
    </ApiProvider>
  );
}
