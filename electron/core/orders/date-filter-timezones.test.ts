// An import filtered by date returns the same orders whatever the computer's time zone: the probe runs in child
// processes under TZ=UTC, America/New_York and Asia/Tokyo, and every one must see exactly the same thing — the sandbox
// reading an offset-less filter as UTC, the client sending its cursor with a Z, and dates stored in UTC.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'date-filter-probe.ts');
const ZONES = { UTC: 0, 'America/New_York': 300, 'Asia/Tokyo': -540 } as const;

async function probe(zone: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', PROBE], { env: { ...process.env, TZ: zone }, timeout: 60_000 });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Record<string, unknown>;
}

describe('date filters in every time zone', () => {
  it('an offset-less filter means UTC and an import returns the same orders under UTC, New York and Tokyo', async () => {
    const results = await Promise.all(Object.keys(ZONES).map(async (zone) => [zone, await probe(zone)] as const));
    for (const [zone, result] of results) {
      // The child really ran in that zone.
      expect(result.offsetMinutes, zone).toBe(ZONES[zone as keyof typeof ZONES]);
      const { offsetMinutes: _zone, ...seen } = result;
      expect(seen, zone).toEqual({
        sandboxStatus: 200,
        // Only the order modified at or after 00:54:22 UTC.
        sandboxModified: ['2026-12-06T01:00:00.000Z'],
        sentFilters: ['2026-12-06T00:54:22.000Z'],
        received: 1,
        imported: ['2026-12-06T01:00:00.000Z'],
        cursor: '2026-12-06T01:00:00.000Z',
      });
    }
  }, 120_000);
});
