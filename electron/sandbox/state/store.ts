// Creating, exporting and importing the sandbox state, and handing out ids (integers, UUIDs, tokens).
import crypto from 'node:crypto';
import type { SandboxConfig, SandboxState } from './types';

export function emptyState(token: string, controlSecret: string, config: SandboxConfig): SandboxState {
  return {
    version: 1,
    token,
    controlSecret,
    config,
    categories: [],
    products: [],
    listings: [],
    tasks: [],
    orders: [],
    returns: [],
    careFolders: [],
    refunds: [],
    competitors: [],
    faults: {},
    skuLineLog: [],
    failNextTask: null,
    seq: { listing: 5000, product: 9000, task: 1000, order: 70000, orderline: 150000, ret: 300, careFolder: 8000, claim: 20000, message: 500, customer: 900 },
  };
}

export function nextId(state: SandboxState, key: keyof SandboxState['seq']): number {
  state.seq[key] += 1;
  return state.seq[key];
}

export function newUuid(): string {
  return crypto.randomUUID();
}

/** A merchant token as Back Market issues them: an opaque base64 string. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64');
}

export function newSecret(): string {
  return crypto.randomBytes(24).toString('hex');
}

/** A deep copy of the state, as plain JSON, to persist or to assert on. */
export function exportState(state: SandboxState): SandboxState {
  return JSON.parse(JSON.stringify(state)) as SandboxState;
}

/** Replaces the live state's content with a saved one (same object, so references stay valid). */
export function importState(target: SandboxState, saved: SandboxState): void {
  if (saved.version !== 1) throw new Error(`Unsupported sandbox state version ${String(saved.version)}`);
  const copy = exportState(saved);
  for (const key of Object.keys(target) as (keyof SandboxState)[]) delete target[key];
  Object.assign(target, copy);
}
