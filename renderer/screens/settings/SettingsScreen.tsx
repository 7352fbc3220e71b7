// The Settings screen: the Back Market connection, backups and the activity log.
import { useConnectionStatus } from '../../api/connection';
import { ActivityLog } from './ActivityLog';
import { BackupsSection } from './BackupsSection';
import { ConnectionSummary } from './ConnectionSummary';
import { LanguageSection } from './LanguageSection';
import { MarginSettingsSection } from '../units/MarginSettingsSection';

export function SettingsScreen() {
  const status = useConnectionStatus();
  return (
    <div className="settings">
      {status.data && <ConnectionSummary status={status.data} />}
      <LanguageSection />
      <MarginSettingsSection />
      <BackupsSection />
      <ActivityLog />
    </div>
  );
}
