// Settings' error log section (desktop app only): how many crashes and errors the app has recorded, the button that
// shows the log file, and where support gets it (the support bundle carries it).
import { useTranslation } from 'react-i18next';
import { useAppShell, useErrorLogInfo, useOpenErrorLog } from '../../api/desktop-queries';
import { Alert } from '../../components/Alert';

export function ErrorLogSection() {
  const { t, i18n } = useTranslation();
  const shell = useAppShell();
  const info = useErrorLogInfo();
  const open = useOpenErrorLog();
  if (shell !== 'electron' || !info.data?.available) return null;
  const { entries, lastAt } = info.data;
  const when = lastAt ? new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(lastAt)) : '';

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
