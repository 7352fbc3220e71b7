// The catalogue search box: typing is instant, the query waits until the merchant pauses so SQLite is not asked per key.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueStore } from '../../store/catalogue-store';

export const SEARCH_DEBOUNCE_MS = 250;

export function SearchBox() {
  const { t } = useTranslation();
  const search = useCatalogueStore((state) => state.filters.search);
  const setFilter = useCatalogueStore((state) => state.setFilter);
  const [draft, setDraft] = useState(search);

  // "Clear filters" empties the store; the box follows.
  useEffect(() => setDraft(search), [search]);

  useEffect(() => {
    if (draft === search) return;
    const timer = setTimeout(() => setFilter('search', draft), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, search, setFilter]);

  return (
    <div className="search">
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        type="search"
        className="input search-input"
        aria-label={t('catalogue.search')}
        placeholder={t('catalogue.searchPlaceholder')}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setFilter('search', draft);
        }}
      />
    </div>
  );
}
