// One device: what is recorded about it (and its edit form), a warning when it came back a second time, its status
// history, and the merchant's own status moves (back in stock, in repair, written off, returned). Reserved and shipped
// follow orders.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReturnedAgain, MANUAL_STATUSES, type UnitStatus } from '../../../shared/device-units';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { useUnitsCall } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/format';
import { EditUnitForm } from './EditUnitForm';
import { costOf, identifierOf } from './unit-labels';

const SYSTEM_NOTES = ['added', 'imported', 'sold', 'shipped', 'cancelled', 'another-device-shipped', 'refunded-after-shipping', 'backship-return'];

/** The label key of each field an edit's history line names ("edited:imei,purchaseCostCents"). */
const EDITED_FIELD_LABELS: Record<string, string> = {
  imei: 'units.fields.imei',
  imei2: 'units.fields.imei2',
  serialNumber: 'units.fields.serial',
  sku: 'units.fields.sku',
  merchantGrade: 'units.fields.grade',
  grade: 'units.fields.bmGrade',
  batteryHealth: 'units.fields.battery',
  colour: 'units.fields.colour',
  storage: 'units.fields.storage',
  purchaseDate: 'units.fields.purchaseDate',
  supplier: 'units.fields.supplier',
  purchaseCostCents: 'units.fields.purchaseCost',
  repairCostCents: 'units.fields.repairCost',
  currency: 'units.fields.currency',
  vatRegime: 'units.fields.vatRegime',
  notes: 'units.fields.notes',
};

/** The fields an edit's note names, or undefined when the note is not an edit's (the merchant's own words). */
function editedFields(note: string): string[] | undefined {
  if (!note.startsWith('edited:')) return undefined;
  const fields = note.slice('edited:'.length).split(',');
  return fields.every((field) => field in EDITED_FIELD_LABELS) ? fields : undefined;
}

export function UnitDetailPanel({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const unit = useCallQuery('units:get', { id: unitId });
  const setStatus = useUnitsCall('units:setStatus');
  const [status, setChosen] = useState<UnitStatus | ''>('');
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Refurb Desk's own notes are codes read in the merchant's language; the merchant's own notes are shown as written.
  const noteText = (note: string) => {
    const edited = editedFields(note);
    if (edited) return t('units.systemNotes.edited', { fields: edited.map((field) => t(EDITED_FIELD_LABELS[field] ?? field)).join(', ') });
    return SYSTEM_NOTES.includes(note) ? t(`units.systemNotes.${note}`) : note;
  };
  const stopEditing = () => {
    setEditing(false);
    // Back on the button that opened the form, for the keyboard.
    setTimeout(() => editButton.current?.focus(), 0);
  };
  if (unit.isPending) return <p className="muted">{t('units.list.loading')}</p>;
  if (unit.isError) return <Alert>{messageOf(unit.error, t('units.list.loadFailed'))}</Alert>;
  const data = unit.data;
  const followsOrder = data.status === 'reserved' || data.status === 'shipped';
  const rows: [string, string][] = [
    [t('units.fields.sku'), data.sku],
    [t('units.fields.imei2'), data.imei2 ?? '—'],
    [t('units.fields.serial'), data.serialNumber || '—'],
    [t('units.fields.grade'), [data.merchantGrade, data.grade ? t(`units.grades.${data.grade}`) : ''].filter(Boolean).join(' · ') || '—'],
    [t('units.fields.battery'), data.batteryHealth === null ? '—' : `${data.batteryHealth} %`],
    [t('units.fields.colour'), data.colour || '—'],
    [t('units.fields.storage'), data.storage || '—'],
    [t('units.fields.purchaseCost'), costOf(format, data.purchaseCostCents, data.currency)],
    [t('units.fields.repairCost'), costOf(format, data.repairCostCents, data.currency)],
    [t('units.fields.vatRegime'), t(`units.vatRegimes.${data.vatRegime}`)],
    [t('units.fields.supplier'), data.supplier || '—'],
    [t('units.fields.purchaseDate'), data.purchaseDate ?? '—'],
    [t('units.fields.notes'), data.notes || '—'],
  ];
  return (
    <section className="unit-panel" data-testid="unit-detail" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mono">
        {identifierOf(data)}
      </h2>
      <p>
        <span className={`unit-status unit-status-${data.status}`} data-testid="unit-status">
          {t(`units.status.${data.status}`)}
        </span>
      </p>
      {isReturnedAgain(data) && (
        <Alert tone="warning" testId="unit-returned-again">
          {t('units.returnedAgainLong', { count: data.returns })}
        </Alert>
      )}
      {editing ? (
        <EditUnitForm unit={data} onSaved={stopEditing} onCancel={stopEditing} />
      ) : (
        <>
          <dl className="unit-facts">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <button ref={editButton} type="button" className="button" data-testid="unit-edit" onClick={() => setEditing(true)}>
            {t('units.edit.open')}
          </button>
        </>
      )}
      {followsOrder ? (
        <p className="muted">{t('units.statusFollowsOrder')}</p>
      ) : (
        <form
          className="unit-status-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (status === '') return;
            setStatus.mutate({ id: data.id, status, note }, { onSuccess: () => setNote('') });
          }}
        >
          <SelectField
            label={t('units.changeStatus')}
            value={status}
            choices={[
              { value: '', label: t('units.chooseStatus') },
              ...MANUAL_STATUSES.filter((candidate) => candidate !== data.status).map((candidate) => ({ value: candidate, label: t(`units.status.${candidate}`) })),
            ]}
            onChange={setChosen}
            testId="unit-status-select"
          />
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('units.statusNote')}</label>
            <input id={`${id}-note`} className="input" value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <button type="submit" className="button button-primary" disabled={status === '' || setStatus.isPending}>
            {t('units.saveStatus')}
          </button>
          {setStatus.error && <Alert>{messageOf(setStatus.error, t('units.form.failed'))}</Alert>}
        </form>
      )}
      <h3>{t('units.history.title')}</h3>
      <ol className="unit-history" data-testid="unit-history">
        {data.history.map((change, index) => (
          <li key={`${change.changedAt}-${index}`}>
            <time dateTime={change.changedAt}>{format.date(change.changedAt)}</time> — {t(`units.status.${change.status}`)} ({t(`units.causes.${change.cause}`)}
            {change.orderlineId !== null ? `, ${t('units.history.orderline', { id: change.orderlineId })}` : ''}){change.note ? ` · ${noteText(change.note)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
