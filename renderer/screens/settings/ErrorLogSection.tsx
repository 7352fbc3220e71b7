// Settings' error log section (desktop app only): how many crashes and errors the app has recorded, the button that
// shows the log file, and where support gets it (the support bundle carries it).
import { useTranslation } from 'react-i18next';
import { useAppShell, useErrorLogInfo, useOpenErrorLog } from '../../api/desktop-queries';
import { Alert } from '../../components/Alert';
import { useFormat } from '../../i18n/format';

export function ErrorLogSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const shell = useAppShell();
  const info = useErrorLogInfo();
  const open = useOpenErrorLog();
  if (shell !== 'electron' || !info.data?.available) return null;
  const { entries, lastAt } = info.data;
  const when = lastAt ? format.date(lastAt) : '';

  return (
    <section className="settings-section" aria-labelledby="error-log-title">
      <h2 id="error-log-title">{t('desktop.errorLogTitle')}</h2>
      <p>{entries === 0 ? t('desktop.errorLogEmpty') : t('desktop.errorLogEntries', { count: entries, time: when })}</p>
      <p className="field-hint">{t('desktop.errorLogHint')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={open.isPending} onClick={() => open.mutate(undefined, { onSuccess: () => void info.refetch() })}>
          {t('desktop.errorLogOpen')}
        </button>
      </div>
      {open.isError && <Alert>{t('desktop.errorLogNotOpened')}</Alert>}
    </section>
  );
}
