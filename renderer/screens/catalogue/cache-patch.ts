// Shows a saved edit at once by writing it into the cached pages, until the refetch that main's "changed" event triggers.
import type { QueryClient } from '@tanstack/react-query';
import type { EditableField, ProductPage } from '../../../shared/catalogue';

export function patchCachedRows(queryClient: QueryClient, ids: readonly number[], field: EditableField, value: string | number | null): void {
  const targets = new Set(ids);
  queryClient.setQueriesData<ProductPage>({ queryKey: ['catalogue:list'] }, (page) =>
    page && page.rows.some((row) => targets.has(row.id))
      ? { ...page, rows: page.rows.map((row) => (targets.has(row.id) ? { ...row, [field]: value, pending: true } : row)) }
      : page,
  );
}
