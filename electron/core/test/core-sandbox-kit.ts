// Test support: a core as the composition root builds it, in a fresh data folder, connected to a fresh sandbox
// marketplace through the real client, for the tests of the calls that reach Back Market.
import { expect } from 'vitest';
import { DEFAULT_COUNTRIES, type CountrySetting } from '../../../shared/connection';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { addressSpellingUnderTest } from '../../sandbox/tests/address-spelling-under-test';
import { createCore, type Core } from '../app';
import { tempDir } from './temp-db';

export interface SandboxCore {
  sandbox: RunningSandbox;
  core: Core;
  /** Closes the marketplace alone, as when Back Market goes away mid-session; close() then leaves it be. */
  closeSandbox(): Promise<void>;
  /** Closes the core, the marketplace if still open, and removes the data folder. */
  close(): Promise<void>;
}

export interface SandboxCoreOptions {
  countries?: CountrySetting[];
  /** Runs on the new core before it connects, e.g. to record the events the connection pushes. */
  beforeConnect?: (core: Core) => void;
}

/** Connecting an account reads its listings in the background: waits until that read is over, so a test starts quiet. */
export async function accountReadSettled(core: Core, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await core.handlers['account:summary']({})).read.running) {
    if (Date.now() > until) throw new Error('The account read after connecting did not end.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function startSandboxCore(options: SandboxCoreOptions = {}): Promise<SandboxCore> {
  const sandbox = await startSandbox({ seed: 'demo', taskDelayMs: 0, ...addressSpellingUnderTest() });
  let sandboxOpen = true;
  const closeSandbox = async () => {
    if (!sandboxOpen) return;
    sandboxOpen = false;
    await sandbox.close();
  };
  const temp = tempDir();
  let core: Core | undefined;
  const close = async () => {
    await core?.close();
    await closeSandbox();
    temp.cleanup();
  };
  try {
    core = await createCore({ dataDir: temp.dir, shell: 'preview' });
    options.beforeConnect?.(core);
    const connected = await core.handlers['connection:connect']({
      environment: 'custom',
      sandboxUrl: sandbox.url,
      token: sandbox.token,
      company: 'Atelier Reconditionné',
      email: 'ops@atelier.example',
      countries: options.countries ?? DEFAULT_COUNTRIES,
    });
    expect(connected).toEqual({ ok: true });
    await accountReadSettled(core);
    return { sandbox, core, closeSandbox, close };
  } catch (error) {
    // A start that fails leaves nothing open behind it: the test's afterEach has no kit to close.
    await close();
    throw error;
  }
}
