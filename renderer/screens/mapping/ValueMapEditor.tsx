// A value map: each of the merchant's values (with how many products carry it) onto one of Back Market's values.
// Suggestions are preselected but only saved when the merchant confirms them, one by one or all at once. An attribute's
// values are Back Market's in each market language: with markets of several languages, the merchant picks the language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueMapEntry, ValueMapName } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { TableHead } from '../../components/TableHead';
import { useHashParams } from '../../shell/use-hash-route';
import { isGrade } from '../../../shared/grades';
import { useFormat } from '../../i18n/format';
import { gradeName } from '../../i18n/grade-name';

interface ValueMapEditorProps {
  map: ValueMapName;
  /** "Condition value map", "Values of Colour". */
  title: string;
  /** How a target reads: "Very good (Gold, state 1)". */
  targetText?(target: string): string;
  testId?: string;
}

function EntryRow({ entry, map, targets, targetText }: { entry: ValueMapEntry; map: ValueMapName; targets: string[]; targetText(target: string): string }) {
  const { t } = useTranslation();
  const setValue = useMappingCall('mapping:setValue');
  const shown = entry.target ?? entry.suggestion ?? '';
  const unsaved = entry.target === null && entry.suggestion !== null;
  return (
    // A condition problem names the merchant's value; an attribute value problem names the whole map.
    <tr data-testid="value-map-row" data-focus-key={map === 'condition' ? entry.merchantValue : undefined}>
      <th scope="row">{entry.merchantValue}</th>
      <td className="align-end">{t('mapping.values.count', { count: entry.count })}</td>
      <td>
        <select
          className={`select${unsaved ? ' select-suggested' : ''}`}
          aria-label={t('mapping.values.targetFor', { value: entry.merchantValue })}
          value={shown}
          disabled={setValue.isPending}
          onChange={(event) => setValue.mutate({ map, merchantValue: entry.merchantValue, target: event.target.value || null })}
        >
          <option value="">{t('mapping.notMapped')}</option>
          {targets.map((target) => (
            <option key={target} value={target}>
              {targetText(target)}
            </option>
          ))}
        </select>
        {setValue.isError && <span className="field-error">{messageOf(setValue.error, t('errors.unexpected'))}</span>}
      </td>
      <td>
        {unsaved ? (
          <span className="badge badge-warning">{t('mapping.values.suggestedUnsaved')}</span>
        ) : entry.target ? (
          <span className="badge badge-ok">{t('mapping.values.saved')}</span>
        ) : (
          <span className="badge badge-danger">{t('mapping.notMapped')}</span>
        )}
      </td>
    </tr>
  );
}

/** A condition that is already one of Back Market's grades, mapped to nothing else: nothing to map. */
const sentAsIs = (entry: ValueMapEntry): boolean => isGrade(entry.merchantValue) && (entry.target === null || entry.target === entry.merchantValue);

function GradesAsIs({ entries }: { entries: ValueMapEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const grades = entries.map((entry) => t('labels.grades.asIsItem', { grade: gradeName(t, entry.merchantValue), count: entry.count }));
  return (
    <p className="muted" data-testid="grades-as-is">
      {t('labels.grades.asIs', { count: entries.length, grades: format.list(grades) })}
    </p>
  );
}

export function ValueMapEditor({ map: sharedMap, title, targetText = (target) => target, testId }: ValueMapEditorProps) {
  const { t } = useTranslation();
  // '' : the values shared by every market whose tree has them; a language: that language's own values (a problem's
  // link to a German value map opens it in German).
  const { focus } = useHashParams();
  const [language, setLanguage] = useState(() => (focus?.startsWith(`${sharedMap}:`) ? focus.slice(sharedMap.length + 1) : ''));
  const map = (language && sharedMap.startsWith('attribute:') ? `${sharedMap}:${language}` : sharedMap) as ValueMapName;
  const view = useCallQuery('mapping:valueMap', { map });
  const confirm = useMappingCall('mapping:setValue');
  if (view.error) return <Alert>{messageOf(view.error, t('errors.unexpected'))}</Alert>;
  if (!view.data) return <p role="status">{t('app.loading')}</p>;
  const { targets } = view.data;
  // Back Market's own grades in the catalogue (GOOD, written by an account import) are sent as they are: said once
  // under the table in the merchant's words, not listed beside their « Bon » as values to map.
  const asIs = map === 'condition' ? view.data.entries.filter(sentAsIs) : [];
  const entries = map === 'condition' ? view.data.entries.filter((entry) => !sentAsIs(entry)) : view.data.entries;
  const languages = view.data.languages ?? [];
  const suggested = entries.filter((entry) => entry.target === null && entry.suggestion !== null);

  async function confirmAll() {
    for (const entry of suggested) await confirm.mutateAsync({ map, merchantValue: entry.merchantValue, target: entry.suggestion });
  }

  return (
    <section className="value-map" aria-label={title} data-testid={testId} data-focus-key={map}>
      <div className="value-map-head">
        <h4>{title}</h4>
        {sharedMap.startsWith('attribute:') && languages.length > 0 && (
          <label className="inline-field">
            {t('mapping.values.language')}{' '}
            <select className="select" value={language} onChange={(event) => setLanguage(event.target.value)} data-testid="value-map-language">
              <option value="">{t('mapping.values.languageShared')}</option>
              {languages.map((code) => (
                <option key={code} value={code}>
                  {t(`languages.${code}`, { defaultValue: code })}
                </option>
              ))}
            </select>
          </label>
        )}
        {suggested.length > 0 && (
          <button type="button" className="button button-small button-primary" disabled={confirm.isPending} onClick={() => void confirmAll().catch(() => undefined)}>
            {t('mapping.values.confirmAll', { count: suggested.length })}
          </button>
        )}
      </div>
      {confirm.isError && <Alert>{messageOf(confirm.error, t('errors.unexpected'))}</Alert>}
      {entries.length === 0 && asIs.length === 0 ? (
        <p className="muted">{t('mapping.values.none')}</p>
      ) : entries.length === 0 ? (
        <GradesAsIs entries={asIs} />
      ) : (
        <table className="data-table value-map-table">
          <TableHead
            columns={[
              t('mapping.values.yours'),
              { label: t('mapping.values.products'), className: 'align-end' },
              t('mapping.values.backMarket'),
              t('mapping.values.state'),
            ]}
          />
          <tbody>
            {entries.map((entry) => (
              <EntryRow key={entry.merchantValue} entry={entry} map={map} targets={targets} targetText={targetText} />
            ))}
          </tbody>
          {asIs.length > 0 && (
            <tfoot>
              <tr>
                <td colSpan={4}>
                  <GradesAsIs entries={asIs} />
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </section>
  );
}
