// Carrier mapping, the guide's third step: each carrier the merchant ships with, mapped to a Back Market shipper value.
// Carriers come from the merchant's data or are added by typing; the guide's aliases are suggested and explained.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestShipper } from '../../../shared/shippers';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { ListTable } from '../../components/ListTable';
import { ReadOnlyScope } from '../../shell/ReadOnlyScope';
import { MappingSteps } from './MappingSteps';
import { ShipperPicker } from './ShipperPicker';
import { useFocusTarget } from './use-focus-target';

interface CarrierLine {
  carrier: string;
  count: number;
  shipper: string | null;
  suggestion: string | null;
}

function CarrierRow({ line, onRemoved }: { line: CarrierLine; onRemoved(carrier: string): void }) {
  const { t } = useTranslation();
  const setValue = useMappingCall('mapping:setValue');
  const save = (target: string | null) =>
    setValue.mutate({ map: 'carrier', merchantValue: line.carrier, target }, { onSuccess: () => target === null && onRemoved(line.carrier) });
  return (
    <tr data-testid="carrier-row" data-focus-key={line.carrier}>
      <th scope="row">{line.carrier}</th>
      <td className="align-end">{line.count > 0 ? t('mapping.carriers.uses', { count: line.count }) : t('mapping.carriers.typedIn')}</td>
      <td>
        <ShipperPicker label={t('mapping.carriers.shipperFor', { carrier: line.carrier })} shipper={line.shipper} onPick={(shipper) => save(shipper)} />
        {!line.shipper && line.suggestion && (
          <button type="button" className="button button-ghost button-small" onClick={() => save(line.suggestion)}>
            {t('mapping.useSuggestionOf', { source: line.suggestion })}
          </button>
        )}
        {setValue.isError && <span className="field-error">{messageOf(setValue.error, t('errors.unexpected'))}</span>}
      </td>
      <td>
        {line.shipper ? <span className="badge badge-ok">{t('mapping.values.saved')}</span> : <span className="badge badge-danger">{t('mapping.notMapped')}</span>}
        <button type="button" className="button button-ghost button-small" onClick={() => (line.shipper || line.count > 0 ? save(null) : onRemoved(line.carrier))} aria-label={t('mapping.carriers.remove', { carrier: line.carrier })}>
          {t('mapping.carriers.removeShort')}
        </button>
      </td>
    </tr>
  );
}

export function CarriersScreen() {
  const { t } = useTranslation();
  const view = useCallQuery('mapping:valueMap', { map: 'carrier' });
  const addCarrier = useMappingCall('mapping:setValue');
  const [typed, setTyped] = useState('');
  // Carriers typed in without a shipper yet: kept here until one is picked, since a map entry needs its target.
  const [drafts, setDrafts] = useState<string[]>([]);
  useFocusTarget(Boolean(view.data));
  if (view.error) return <Alert>{messageOf(view.error, t('errors.unexpected'))}</Alert>;
  if (!view.data) return <p role="status">{t('app.loading')}</p>;

  const saved: CarrierLine[] = view.data.entries.map((entry) => ({ carrier: entry.merchantValue, count: entry.count, shipper: entry.target, suggestion: entry.suggestion }));
  const known = new Set(saved.map((line) => line.carrier.toLowerCase()));
  const lines = [...saved, ...drafts.filter((carrier) => !known.has(carrier.toLowerCase())).map((carrier) => ({ carrier, count: 0, shipper: null, suggestion: suggestShipper(carrier) ?? null }))];

  function add(event: FormEvent) {
    event.preventDefault();
    const carrier = typed.trim();
    if (!carrier) return;
    setTyped('');
    if (known.has(carrier.toLowerCase())) return;
    const suggestion = suggestShipper(carrier);
    if (suggestion) addCarrier.mutate({ map: 'carrier', merchantValue: carrier, target: suggestion });
    else setDrafts((current) => [...current, carrier]);
  }

  return (
    <div className="mapping-screen">
      <MappingSteps current="mapping-carriers" />
      <p className="screen-intro">{t('mapping.carriers.intro')}</p>
      <Alert tone="info" title={t('mapping.carriers.aliasesTitle')}>
        <ul className="inline-list">
          <li>{t('mapping.carriers.aliasPostNl')}</li>
          <li>{t('mapping.carriers.aliasUnlisted')}</li>
        </ul>
      </Alert>
      <ReadOnlyScope>
        <form className="add-carrier" onSubmit={add}>
          <label htmlFor="add-carrier" className="filter-label">
            {t('mapping.carriers.add')}
          </label>
          <div className="button-row">
            <input id="add-carrier" className="input" value={typed} placeholder={t('mapping.carriers.addPlaceholder')} onChange={(event) => setTyped(event.target.value)} />
            <button type="submit" className="button" disabled={!typed.trim() || addCarrier.isPending}>
              {t('mapping.carriers.addButton')}
            </button>
          </div>
          {addCarrier.isError && <span className="field-error">{messageOf(addCarrier.error, t('errors.unexpected'))}</span>}
        </form>
        <ListTable
          rowCount={lines.length}
          emptyText={t('mapping.carriers.none')}
          label={t('mapping.carriers.tableLabel')}
          tableClassName="mapping-table"
          columns={[
            t('mapping.carriers.yours'),
            { label: t('mapping.carriers.usage'), className: 'align-end' },
            t('mapping.carriers.shipper'),
            t('mapping.values.state'),
          ]}
        >
          {lines.map((line) => (
            <CarrierRow key={line.carrier} line={line} onRemoved={(carrier) => setDrafts((current) => current.filter((draft) => draft !== carrier))} />
          ))}
        </ListTable>
      </ReadOnlyScope>
    </div>
  );
}
