// The Settings screen: the Back Market connection and the activity log.
import { useConnectionStatus } from '../../api/connection';
import { ActivityLog } from './ActivityLog';
import { ConnectionSummary } from './ConnectionSummary';

export function SettingsScreen() {
  const status = useConnectionStatus();
  return (
    <div className="settings">
      {status.data && <ConnectionSummary status={status.data} />}
      <ActivityLog />
    </div>
  );
}
