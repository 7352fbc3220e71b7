// The sandbox marketplace of "explore" mode: started in-process on a loopback port with the demo seed plus the sample
// catalogue's products, its state kept in its own file in the data folder (loaded on start, saved on change and on quit).
import fs from 'node:fs';
import path from 'node:path';
import sampleProducts from '../../../resources/sandbox/sample-products.json' with { type: 'json' };
import { startSandbox, type ExtraProduct, type RunningSandbox, type SandboxState } from '../../sandbox';

export const SANDBOX_STATE_FILE = 'sandbox-marketplace.json';

/**
 * Explore mode shows why Back Market refused a line, so its task reports list each line; the rest reads the contract
 * literally (no Retry-After on a 429, a price above max_price kept offline, UpdateOrder naming its order).
 */
const EXPLORE_PROFILES = { taskReport: 'lines', statuses: 'simple' } as const;
const SAVE_DELAY_MS = 2_000;

export interface EmbeddedSandbox {
  readonly url: string;
  /** The sandbox's merchant token, read once at start (a rotation through the control API makes the app's copy stale, as a password change would). */
  readonly token: string;
  readonly running: RunningSandbox;
  /** Saves soon (calls come in bursts). */
  saveSoon(): void;
  close(): Promise<void>;
}

export interface EmbeddedSandboxOptions {
  dataDir: string;
  log?: { error(message: string, detail?: unknown): void };
  /** Tests use 0 so catalog tasks finish at once. */
  taskDelayMs?: number;
}

function readSavedState(file: string, log: EmbeddedSandboxOptions['log']): SandboxState | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SandboxState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log?.error(`The sandbox marketplace's saved state in ${file} could not be read; starting from the demo data`, error);
    return undefined;
  }
}

export async function startEmbeddedSandbox({ dataDir, log = console, taskDelayMs }: EmbeddedSandboxOptions): Promise<EmbeddedSandbox> {
  const file = path.join(dataDir, SANDBOX_STATE_FILE);
  const running = await startSandbox({
    port: 0,
    seed: 'demo',
    extraProducts: sampleProducts as ExtraProduct[],
    profiles: EXPLORE_PROFILES,
    ...(taskDelayMs !== undefined ? { taskDelayMs } : {}),
  });
  const saved = readSavedState(file, log);
  if (saved) {
    try {
      running.importState(saved);
      // A state saved before the sandbox had profiles keeps explore mode's.
      running.state.config.profiles ??= { ...EXPLORE_PROFILES };
    } catch (error) {
      log.error('The sandbox marketplace state file is from another version; starting from the demo data', error);
    }
  }
  const token = running.token;
  let timer: NodeJS.Timeout | undefined;

  /** Whether the last save failed: logged once per failure streak, not on every burst of calls. */
  let failing = false;
  const save = () => {
    timer = undefined;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, JSON.stringify(running.exportState()), { mode: 0o600 });
      fs.renameSync(temporary, file);
      failing = false;
    } catch (error) {
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // Nothing was written, or the folder refuses even this: nothing to clean up.
      }
      // A read-only data folder or a full disk: the sandbox keeps running from memory; its state is lost at quit.
      if (!failing) log.error(`The sandbox marketplace's state could not be saved in ${dataDir}; it runs from memory until the folder can be written`, error);
      failing = true;
    }
  };
  save();

  return {
    url: running.url,
    token,
    running,
    saveSoon() {
      timer ??= setTimeout(save, SAVE_DELAY_MS);
      timer.unref();
    },
    async close() {
      if (timer) clearTimeout(timer);
      try {
        save();
      } finally {
        await running.close();
      }
    },
  };
}
