// Renders a piece of the app the way main.tsx does, with a fake contract client and a fresh query cache.
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ApiProvider } from '../api/ApiContext';
import type { RefurbApi } from '../api/client';
import { createQueryClient } from '../api/queries';

export function renderWithApi(ui: ReactElement, api: RefurbApi) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false, staleTime: Infinity } });
  return {
    queryClient,
    ...render(
      <ApiProvider api={api}>
        <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
      </ApiProvider>,
    ),
  };
}
