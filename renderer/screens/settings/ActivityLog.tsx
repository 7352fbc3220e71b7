// Settings' activity section: every Back Market call with its time, method, path, country, status, duration, lines
// sent, request id and cf-ray; filtered by text and outcome; exported as a support bundle for support.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityQuery } from '../../../shared/connection';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { saveDownload } from '../../components/save-download';
import { useFormat } from '../../i18n/format';

type Outcome = NonNullable<ActivityQuery['outcome']>;

export function ActivityLog() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('all');
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const query = { outcome, limit: 500, ...(search.trim() ? { search: search.trim() } : {}) };
  const activity = useCallQuery('activity:list', query, { staleTime: 0 });

  useEffect(() => api.on('activity:added', () => void queryClient.invalidateQueries({ queryKey: ['activity:list'] })), [api, queryClient]);

  async function exportBundle() {
    setExported(null);
    setExportError(null);
    try {
      const bundle = await api.call('activity:export', {});
      saveDownload(bundle.content, bundle.fileName, 'application/json');
      setExported(bundle.fileName);
    } catch (error) {
      setExportError(messageOf(error, t('errors.unexpected')));
    }
  }

  const format = useFormat();
  const entries = activity.data?.entries ?? [];
  return (
    <section className="settings-section" aria-labelledby="activity-title">
      <h2 id="activity-title">{t('activity.title')}</h2>
      <p className="muted">{t('activity.intro')}</p>
      <div className="toolbar">
        <label className="filter">
          <span className="filter-label">{t('activity.search')}</span>
          <input className="input" type="search" value={search} placeholder={t('activity.searchPlaceholder')} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <label className="filter">
          <span className="filter-label">{t('activity.outcome')}</span>
          <select className="select" value={outcome} onChange={(event) => setOutcome(event.target.value as Outcome)}>
            <option value="all">{t('activity.outcomeAll')}</option>
            <option value="failed">{t('activity.outcomeFailed')}</option>
            <option value="succeeded">{t('activity.outcomeSucceeded')}</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => void exportBundle()}>
          {t('activity.export')}
        </button>
      </div>
      {exported && <Alert tone="success">{t('activity.exported', { fileName: exported })}</Alert>}
      {exportError && <Alert>{exportError}</Alert>}
      {activity.isError && <Alert>{messageOf(activity.error, t('errors.unexpected'))}</Alert>}
      {activity.data && (
        <p className="muted" role="status">
          {t('activity.showing', { shown: entries.length, total: activity.data.total })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table" aria-label={t('activity.tableLabel')} data-testid="activity-table">
          <thead>
            <tr>
              {(['time', 'method', 'path', 'country', 'status', 'duration', 'lines', 'requestId', 'cfRay'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`activity.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className={entry.status === 0 || entry.status >= 400 ? 'row-failed' : undefined}>
                <td>{format.moment(entry.time)}</td>
                <td>{entry.method}</td>
                <td className="mono">{entry.path}</td>
                <td>{entry.country}</td>
                <td>{entry.status === 0 ? t('activity.noAnswer') : entry.status}</td>
                <td>{t('activity.ms', { count: entry.durationMs })}</td>
                <td>{entry.linesSent}</td>
                <td className="mono">{entry.requestId ?? ''}</td>
                <td className="mono">{entry.cfRay ?? ''}</td>
              </tr>
            ))}
            {activity.data && entries.length === 0 && (
              <tr>
                <td colSpan={9} className="muted">
                  {t('activity.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
