// The activity log: the last Back Market calls (time, method, path, country, status, duration, lines sent, requestId,
// cf-ray) in memory, filterable, and exported in a support bundle. It never holds a header or a body, so never the token.
import type { ActivityEntry, ActivityPage, ActivityQuery } from '../../../shared/connection';
import { activityQuerySchema } from '../../../shared/connection';
import type { ActivityReport } from './marketplace-client';

const CAPACITY = 5_000;

export function createActivityLog(onAdded?: (count: number) => void) {
  const entries: ActivityEntry[] = [];
  let nextId = 1;

  return {
    add(report: ActivityReport): ActivityEntry {
      const entry: ActivityEntry = { ...report, id: nextId++ };
      entries.push(entry);
      if (entries.length > CAPACITY) entries.splice(0, entries.length - CAPACITY);
      onAdded?.(entries.length);
      return entry;
    },

    /** Newest first. */
    list(query: ActivityQuery = {}): ActivityPage {
      const { search, outcome, country, limit } = activityQuerySchema.parse(query);
      const needle = search?.trim().toLowerCase();
      const matching = entries.filter((entry) => {
        const failed = entry.status === 0 || entry.status >= 400;
        if (outcome === 'failed' && !failed) return false;
        if (outcome === 'succeeded' && failed) return false;
        if (country && entry.country !== country) return false;
        if (!needle) return true;
        return [entry.method, entry.path, String(entry.status), entry.requestId ?? '', entry.cfRay ?? ''].some((text) => text.toLowerCase().includes(needle));
      });
      return { entries: matching.slice(-limit).reverse(), total: matching.length };
    },

    all: (): readonly ActivityEntry[] => entries,
  };
}

export type ActivityLog = ReturnType<typeof createActivityLog>;

/** Belt and braces for anything that leaves the app: replaces every known secret, wherever it hides, before export. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 8) redacted = redacted.split(secret).join('[redacted]');
  }
  return redacted;
}
