// The validation context the product drawer checks unsaved edits with: main's mapping snapshot through the query cache,
// compiled once per fetch. Its key starts with "mapping:", so useMappingChangedRefresh (mounted in the shell) and every
// mapping write invalidate it with the other mapping reads; no listener of its own is needed.
import { useMemo } from 'react';
import { compileContext, type ValidationContext } from '../../shared/validation';
import { useCallQuery } from './queries';

export interface DrawerValidation {
  /** Null until the snapshot has arrived, or when it could not be fetched. */
  context: ValidationContext | null;
  error: Error | null;
}

export function useDrawerValidation(): DrawerValidation {
  // Fetched again each time a drawer opens, like mapping:problems, so the labels compare against main's list of the same moment.
  const snapshot = useCallQuery('mapping:snapshot', {}, { staleTime: 0 });
  const context = useMemo(() => (snapshot.data ? compileContext(snapshot.data) : null), [snapshot.data]);
  return { context, error: snapshot.error };
}
