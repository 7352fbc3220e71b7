// The support bundle: what support needs to follow a problem (app, connection settings, the activity log) as one JSON
// file, checked for every known secret before it leaves the app.
import type { ActivityEntry, ConnectionStatus, SupportBundle } from '../../../shared/connection';
import { redactSecrets } from './activity-log';

export interface SupportBundleInput {
  app: { version: string; shell: string };
  connection: ConnectionStatus;
  activity: readonly ActivityEntry[];
  secrets: readonly (string | undefined)[];
  now: Date;
}

export function buildSupportBundle({ app, connection, activity, secrets, now }: SupportBundleInput): SupportBundle {
  const { markets: _markets, ...connectionSummary } = connection;
  const content = JSON.stringify({ createdAt: now.toISOString(), app, connection: connectionSummary, activity }, null, 2);
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return { fileName: `refurb-desk-support-${stamp}.json`, content: redactSecrets(content, secrets) };
}
