// The headless sync (scripts/sync-cli.ts) on a catalogue file against the sandbox marketplace: progress lines, one
// summary line, the exit code, and the token never printed.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { EXIT_DONE, EXIT_FAILED, EXIT_NOT_ALL_ON_SALE, runSyncCli } from '../../../scripts/sync-cli';
import { phone, PHONE_ATTRIBUTES } from './plan/plan-test-kit';
import { FAST_POLL, FAST_RETRY, startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
beforeEach(async () => {
  kit = await startSyncKit();
});
afterEach(async () => {
  await kit.close();
});

async function cli(args: string[], token: string | undefined = kit.market.sandbox.token): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const base = ['--db', kit.catalogue.db.name, '--base-url', kit.market.url, '--countries', 'fr-fr,de-de,en-gb', '--company', 'Atelier Reconditionné', '--email', 'ops@atelier.example'];
  const code = await runSyncCli([...base, ...args], { env: { BACKMARKET_TOKEN: token }, out: (line) => lines.push(line), timing: { poll: FAST_POLL, offlineRetry: FAST_RETRY } });
  return { code, lines };
}

it('syncs without a window: progress lines, a summary line, exit 1 while some offers are None, 0 once all are on sale', async () => {
  kit.catalogue.save(phone(1));
  kit.catalogue.save(phone(2, { condition: 'Z' }));

  const dry = await cli(['--dry-run']);
  expect(dry.code).toBe(EXIT_DONE);
  expect(dry.lines[0]).toMatch(/^Dry run: nothing is sent\. 3 SKU lines would go now/);
  expect(kit.listingWrites().tasks).toBe(0);

  const first = await cli([]);
  expect(first.code).toBe(EXIT_NOT_ALL_ON_SALE);
  expect(first.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^\[sending-tasks\] \d\/3 Sending catalog task/), expect.stringMatching(/^\[reconciling\]/)]));
  expect(first.lines.at(-1)).toMatch(
    /^Sync finished\. On sale: 1 in fr-fr, 1 in de-de, 1 in en-gb\. 3 not synced: 3 held back\. \(this run: 3 accepted, 0 refused by Back Market, 3 held back by the pre-flight check, 0 waiting for the hourly budget; \d+ requests; 0 orders imported\.\)$/,
  );
  expect(first.lines.join('\n')).not.toContain(kit.market.sandbox.token);

  kit.catalogue.remove('IP13-2');
  kit.catalogue.db.prepare("DELETE FROM listing_states WHERE product_number = 'IP13-2'").run();
  const second = await cli(['--no-orders']);
  expect(second.code).toBe(EXIT_DONE);
  expect(second.lines.at(-1)).toMatch(/^Sync finished\. On sale: 1 in fr-fr, 1 in de-de, 1 in en-gb\. All changes synced\./);
});

it('exits 1 and says why when offers are published but cannot be bought (no comment: publication_state 0)', async () => {
  kit.catalogue.save(phone(1), { ...PHONE_ATTRIBUTES, Comment: '' });
  // The pre-flight check says so before anything is sent.
  const dry = await cli(['--dry-run']);
  expect(dry.lines).toContain('  will be published but not on sale in fr-fr (no comment: Back Market keeps them offline): 1');
  const run = await cli(['--no-orders']);
  expect(run.code).toBe(EXIT_NOT_ALL_ON_SALE);
  expect(run.lines.at(-1)).toMatch(/^Sync finished\. On sale: 0 in fr-fr, 0 in de-de, 0 in en-gb\. Published, not on sale: 1 in fr-fr \(1 missing comment\), 1 in de-de \(1 missing comment\), 1 in en-gb \(1 missing comment\)\. All changes synced\./);
});

it('fails with a sentence and exit 2 when the token is missing or rejected', async () => {
  kit.catalogue.save(phone(1));
  const missing = await cli([], '');
  expect(missing).toEqual({ code: EXIT_FAILED, lines: ['Sync failed: Set the BACKMARKET_TOKEN environment variable to your Back Market API token (Back Market back office, Options).'] });
  const rejected = await cli(['--no-orders'], 'not-the-token-123');
  expect(rejected.code).toBe(EXIT_FAILED);
  expect(rejected.lines.at(-1)).toMatch(/^Sync failed: Back Market no longer accepts your API token\./);
  expect(rejected.lines.join('\n')).not.toMatch(/not-the-token-123|\n\s+at /);
});
