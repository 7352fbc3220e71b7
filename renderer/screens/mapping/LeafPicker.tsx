// The Back Market category type-ahead: searches the stored tree's leaves by full path, their names in the other stored
// market languages, their English gloss and the words of the six languages, and shows path and gloss.
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryHit } from '../../../shared/mapping';
import { useCallQuery } from '../../api/queries';
import { Combobox } from '../../components/Combobox';

interface LeafPickerProps {
  label: string;
  leaf: CategoryHit | null;
  onPick(hit: CategoryHit): void;
}

export function LeafOption({ hit }: { hit: CategoryHit }) {
  const { t } = useTranslation();
  return (
    <span className="leaf-option">
      <span className="leaf-path">{hit.path}</span>
      {hit.gloss && <span className="leaf-gloss">{hit.gloss}</span>}
      <span className="leaf-attributes">{t('mapping.categories.attributeCount', { required: hit.requiredAttributes, optional: hit.optionalAttributes })}</span>
    </span>
  );
}

export function LeafPicker({ label, leaf, onPick }: LeafPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const hits = useCallQuery('mapping:searchCategories', { query, limit: 20 }, { enabled: open, placeholderData: keepPreviousData });
  return (
    <Combobox<CategoryHit>
      label={label}
      hideLabel
      selectedText={leaf?.path ?? ''}
      options={open ? (hits.data ?? []) : []}
      optionKey={(hit) => String(hit.marketplaceCategoryId)}
      renderOption={(hit) => <LeafOption hit={hit} />}
      onQueryChange={(text) => {
        setOpen(true);
        setQuery(text);
      }}
      onSelect={onPick}
      placeholder={t('mapping.categories.searchPlaceholder')}
      emptyText={hits.isFetching ? t('app.loading') : t('mapping.categories.noLeaf')}
    />
  );
}
