// Which open editors hold changes the merchant has not saved yet, so "Restart to update" never throws them away.
// An editor reports itself with useUnsavedWork(dirty); anyone may ask hasUnsavedWork() at the moment it matters.
import { useEffect, useId } from 'react';

const editorsWithChanges = new Set<string>();

export const hasUnsavedWork = (): boolean => editorsWithChanges.size > 0;

/** Marks this component as holding unsaved work while `dirty` is true, and no longer once it is saved or unmounted. */
export function useUnsavedWork(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!dirty) return undefined;
    editorsWithChanges.add(id);
    return () => {
      editorsWithChanges.delete(id);
    };
  }, [dirty, id]);
}
