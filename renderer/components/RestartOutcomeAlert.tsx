// What "Restart to update" answered, in words: restarting now, or why not (a sync, unsaved work, nothing ready yet).
import { useTranslation } from 'react-i18next';
import type { RestartOutcome } from '../../shared/contract/desktop-calls';
import { Alert } from './Alert';

export function RestartOutcomeAlert({ outcome }: { outcome: RestartOutcome }) {
  const { t } = useTranslation();
  if (outcome.restarting) return <Alert tone="info">{t('desktop.restarting')}</Alert>;
  if (outcome.blockedBy === 'sync') return <Alert tone="warning">{t('desktop.restartBlockedBySync')}</Alert>;
  if (outcome.blockedBy === 'unsaved-work') return <Alert tone="warning">{t('desktop.restartBlockedByUnsavedWork')}</Alert>;
  return <Alert tone="warning">{t('desktop.restartNotReady')}</Alert>;
}
