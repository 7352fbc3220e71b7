// The Settings screen: the Back Market connection (in sandbox mode, the sandbox's address and control secret), the
// existing account's listings (read, import, review), the language, the BackBox's Price to win rules, backups, the
// activity log, margins, and in the desktop app its updates and error log. A link may open it at one section
// (#/settings?section=existing-account).
import { useEffect } from 'react';
import { useConnectionStatus } from '../../api/connection';
import { useHashParams } from '../../shell/use-hash-route';
import { ActivityLog } from './ActivityLog';
import { BackupsSection } from './BackupsSection';
import { BackboxSettingsSection } from './BackboxSettingsSection';
import { ConnectionSummary } from './ConnectionSummary';
import { ErrorLogSection } from './ErrorLogSection';
import { ExistingAccountSection } from './account/ExistingAccountSection';
import { LanguageSection } from './LanguageSection';
import { MarginSettingsSection } from '../units/MarginSettingsSection';
import { UpdatesSection } from './UpdatesSection';
import { SandboxDetails } from './SandboxDetails';

export function SettingsScreen() {
  const status = useConnectionStatus();
  const { section } = useHashParams();
  useEffect(() => {
    if (section) document.getElementById(section)?.scrollIntoView({ block: 'start' });
  }, [section]);
  return (
    <div className="settings">
      {status.data && <ConnectionSummary status={status.data} />}
      {status.data?.mode === 'sandbox' && status.data.sandbox?.controlSecret && <SandboxDetails url={status.data.sandbox.url} controlSecret={status.data.sandbox.controlSecret} />}
      <ExistingAccountSection />
      <LanguageSection />
      <MarginSettingsSection />
      <BackboxSettingsSection />
      <BackupsSection />
      <ActivityLog />
      <UpdatesSection />
      <ErrorLogSection />
    </div>
  );
}
