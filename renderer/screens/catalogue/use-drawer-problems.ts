// The drawer's Back Market problems as the merchant edits: main's list for the saved product, labelled "fixed" or "new"
// by the shared validation engine run on the form's unsaved values, a short pause after the last key.
import { useEffect, useMemo, useState } from 'react';
import type { Product } from '../../../shared/catalogue';
import { offlineWarnings, problemsByCountry, type OfflineWarning } from '../../../shared/validation';
import { useDrawerValidation } from '../../api/drawer-validation';
import { useCallQuery } from '../../api/queries';
import { draftFromProduct, validationProductOf, type ProductDraft } from './product-form-model';
import { labelProblems, type LabelledCountry } from './problems-model';

/** Long enough that a word typed at speed is checked once, short enough to feel instant. */
export const DRAWER_CHECK_DEBOUNCE_MS = 200;

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export interface DrawerProblems {
  /** Null until main's list has arrived. */
  countries: LabelledCountry[] | null;
  /** Main's list could not be read: nothing to show but this. */
  loadError: Error | null;
  /** The edits could not be checked (no snapshot): main's list is shown without labels. */
  checkError: Error | null;
  /** What keeps the offer offline without keeping the product off Back Market (no comment), for the form's values; empty without a snapshot. */
  warnings: OfflineWarning[];
}

/**
 * `product` is null for a new product: there is no saved state and no list from main yet, so the panel is the renderer's
 * own check of the form, unlabelled. A new product has no per-country prices stored, so that check is main's answer too.
 */
export function useDrawerProblems(product: Product | null, draft: ProductDraft): DrawerProblems {
  const saved = useCallQuery('mapping:problems', { productId: product?.id ?? 0 }, { staleTime: 0, enabled: product !== null });
  const { context, error: checkError } = useDrawerValidation();
  const edited = useDebounced(draft, DRAWER_CHECK_DEBOUNCE_MS);
  const productId = product?.id ?? 0;
  // The saved values go through the same draft conversion as the edits, so an untouched form checks exactly the same.
  // Where Back Market already holds the listing, only what updating it needs is checked, as main and the sync do.
  const heldIn = useMemo(() => new Set(saved.data?.listingHeldIn ?? []), [saved.data]);
  const savedCheck = useMemo(
    () => (context && product ? problemsByCountry(validationProductOf(draftFromProduct(product), product.id), context, 'offer', heldIn) : null),
    [context, product, heldIn],
  );
  const editedProduct = useMemo(() => validationProductOf(edited, productId), [edited, productId]);
  const editedCheck = useMemo(() => (context ? problemsByCountry(editedProduct, context, 'offer', heldIn) : null), [context, editedProduct, heldIn]);
  const warnings = useMemo(() => (context ? offlineWarnings(editedProduct, context) : []), [context, editedProduct]);
  const countries = useMemo(() => {
    if (!product) return editedCheck ? editedCheck.map(({ country, problems }) => ({ country, problems: problems.map((problem) => ({ ...problem, status: 'unchanged' as const })) })) : null;
    return saved.data ? labelProblems(saved.data, savedCheck && editedCheck ? { saved: savedCheck, edited: editedCheck } : null) : null;
  }, [product, saved.data, savedCheck, editedCheck]);
  // A new product's panel is the check itself: when it cannot run, that is the panel's load error.
  if (!product) return { countries, loadError: checkError, checkError: null, warnings };
  return { countries, loadError: saved.error, checkError, warnings };
}
