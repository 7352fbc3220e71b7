// A sentinel token used through a whole run of the app (connect, edits, a rejected replacement, exports, a restart)
// never appears in the SQLite files, the settings file, any other file of the data folder, the logs, or any result.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COUNTRIES } from '../../../shared/connection';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { createCore } from '../app';
import { tempDir } from '../test/temp-db';

const SENTINEL = 'SENTINEL-TOKEN-5f2c9d';

let sandbox: RunningSandbox;
let dataDir: string;
let cleanup: () => void;
const logged: string[] = [];

beforeEach(async () => {
  sandbox = await startSandbox({ seed: 'empty', token: SENTINEL, taskDelayMs: 0 });
  ({ dir: dataDir, cleanup } = tempDir());
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    });
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  await sandbox.close();
  cleanup();
});

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

describe('the API token', () => {
  it('never reaches SQLite, the settings file, the logs, an export or a contract result', async () => {
    const results: unknown[] = [];
    const keep = <T>(value: T): T => {
      results.push(value);
      return value;
    };
    let core = await createCore({ dataDir, shell: 'preview' });
    keep(await core.handlers['connection:connect']({ environment: 'custom', sandboxUrl: sandbox.url, token: SENTINEL, company: 'Sentinel SARL', email: 'ops@sentinel.example', countries: DEFAULT_COUNTRIES }));
    keep(await core.handlers['catalogue:save']({ product: { productNumber: 'S-1', title: 'Phone', ean: '3764010000012' } }));
    keep(await core.handlers['catalogue:updateField']({ ids: [1], field: 'price', value: 199 }));
    keep(await core.handlers['connection:check']({}));
    keep(await core.handlers['connection:replaceToken']({ token: 'a-wrong-token-for-the-log' }));
    keep(await core.handlers['connection:status']({}));
    keep(await core.handlers['catalogue:export']({}));
    keep(await core.handlers['activity:list']({ outcome: 'all', limit: 500 }));
    keep(await core.handlers['activity:export']({}));
    // A failing call goes to the log with its detail: the token must not be in it either.
    core.events.subscribe((name, payload) => keep({ name, payload }));
    keep(await core.handlers['connection:check']({}));
    await core.close();
    core = await createCore({ dataDir, shell: 'preview' });
    keep(await core.handlers['connection:status']({}));
    await core.close();

    const files = filesUnder(dataDir);
    expect(files.some((file) => file.endsWith('.sqlite'))).toBe(true);
    expect(files.some((file) => path.basename(file) === 'settings.json')).toBe(true);
    for (const file of files) expect(fs.readFileSync(file).toString('latin1'), file).not.toContain(SENTINEL);
    expect(logged.join('\n')).not.toContain(SENTINEL);
    expect(JSON.stringify(results)).not.toContain(SENTINEL);
    expect(results.length).toBeGreaterThan(10);
  });
});
