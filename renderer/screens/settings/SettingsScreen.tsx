// The Settings screen: the Back Market connection, language, the BackBox's Price to win rules, backups and the activity log.
import { useConnectionStatus } from '../../api/connection';
import { ActivityLog } from './ActivityLog';
import { BackupsSection } from './BackupsSection';
import { BackboxSettingsSection } from './BackboxSettingsSection';
import { ConnectionSummary } from './ConnectionSummary';
import { LanguageSection } from './LanguageSection';

export function SettingsScreen() {
  const status = useConnectionStatus();
  return (
    <div className="settings">
      {status.data && <ConnectionSummary status={status.data} />}
      <LanguageSection />
      <BackboxSettingsSection />
      <BackupsSection />
      <ActivityLog />
    </div>
  );
}
