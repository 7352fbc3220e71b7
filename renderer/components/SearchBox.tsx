// A search over a list: typing is instant, the query waits until the merchant pauses (or presses Enter) so main is
// not asked per key. The hook serves boxes shaped otherwise (a labelled filter, a box without Enter).
import { useEffect, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

/** The typed draft of a query whose committed value lives elsewhere (a store, the screen's state). */
export function useSearchDraft(value: string, onSearch: (query: string) => void) {
  const [draft, setDraft] = useState(value);
  // The latest callback, so a caller's inline function does not restart the pause on every render.
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  });
  // "Clear filters" empties the committed value; the box follows.
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => search.current(draft), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return { draft, setDraft, commit: () => search.current(draft) };
}

/** The search input itself; the caller names it, by aria-label or by a label for its id. */
export function SearchInput({ value, onSearch, className, ...naming }: { value: string; onSearch(query: string): void; className: string; placeholder: string; id?: string; 'aria-label'?: string }) {
  const { draft, setDraft, commit } = useSearchDraft(value, onSearch);
  return (
    <input
      {...naming}
      type="search"
      className={className}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}

/** A toolbar's search box: the magnifier and the input, named by its aria-label. */
export function SearchBox({ value, onSearch, label, placeholder }: { value: string; onSearch(query: string): void; label: string; placeholder: string }) {
  return (
    <div className="search">
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      <SearchInput className="input search-input" aria-label={label} placeholder={placeholder} value={value} onSearch={onSearch} />
    </div>
  );
}
