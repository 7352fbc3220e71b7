// Finds a Back Market shipper by typing: enum names and the guide's aliases (PostNL → TNT, unlisted → Private Transporter).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchShippers, type ShipperMatch } from '../../../shared/shippers';
import { Combobox } from '../../components/Combobox';

export function ShipperPicker({ label, shipper, onPick }: { label: string; shipper: string | null; onPick(shipper: string): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchShippers(query, 20), [query]);
  return (
    <Combobox<ShipperMatch>
      label={label}
      hideLabel
      selectedText={shipper ?? ''}
      options={matches}
      optionKey={(match) => match.shipper}
      renderOption={(match) => (
        <span className="shipper-option">
          {match.shipper}
          {match.alias && <span className="muted"> {t('mapping.carriers.aliasOf', { alias: match.alias })}</span>}
        </span>
      )}
      onQueryChange={setQuery}
      onSelect={(match) => onPick(match.shipper)}
      placeholder={t('mapping.carriers.searchPlaceholder')}
      emptyText={t('mapping.carriers.noShipper')}
    />
  );
}
