// The Settings screen: the Back Market connection, language, backups, the activity log, and in the desktop app its
// updates and error log.
import { useConnectionStatus } from '../../api/connection';
import { ActivityLog } from './ActivityLog';
import { BackupsSection } from './BackupsSection';
import { ConnectionSummary } from './ConnectionSummary';
import { ErrorLogSection } from './ErrorLogSection';
import { LanguageSection } from './LanguageSection';
import { MarginSettingsSection } from '../units/MarginSettingsSection';
import { UpdatesSection } from './UpdatesSection';

export function SettingsScreen() {
  const status = useConnectionStatus();
  return (
    <div className="settings">
      {status.data && <ConnectionSummary status={status.data} />}
      <LanguageSection />
      <MarginSettingsSection />
      <BackupsSection />
      <ActivityLog />
      <UpdatesSection />
      <ErrorLogSection />
    </div>
  );
}
