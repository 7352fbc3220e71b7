// One device: what is recorded about it, a warning when it came back a second time, its status history, and the
// merchant's own status moves (back in stock, in repair, written off, returned). Reserved and shipped follow orders.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReturnedAgain, MANUAL_STATUSES, type UnitStatus } from '../../../shared/device-units';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { useUnitsCall } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { useFormat } from '../../i18n/format';
import { costOf, identifierOf } from './unit-labels';

const SYSTEM_NOTES = ['added', 'imported', 'sold', 'shipped', 'cancelled', 'another-device-shipped', 'refunded-after-shipping'];

export function UnitDetailPanel({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const unit = useCallQuery('units:get', { id: unitId });
  const setStatus = useUnitsCall('units:setStatus');
  const [status, setChosen] = useState<UnitStatus | ''>('');
  const [note, setNote] = useState('');
  // Refurb Desk's own notes are codes read in the merchant's language; the merchant's own notes are shown as written.
  const noteText = (note: string) => (SYSTEM_NOTES.includes(note) ? t(`units.systemNotes.${note}`) : note);
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
      <dl className="unit-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
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
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('units.changeStatus')}</label>
            <select id={`${id}-status`} className="select" value={status} onChange={(event) => setChosen(event.target.value as UnitStatus)} data-testid="unit-status-select">
              <option value="">{t('units.chooseStatus')}</option>
              {MANUAL_STATUSES.filter((candidate) => candidate !== data.status).map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`units.status.${candidate}`)}
                </option>
              ))}
            </select>
          </div>
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
