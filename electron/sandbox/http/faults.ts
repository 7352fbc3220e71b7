// Fault injection per path prefix: added latency, a rate of 5xx answers, dropped connections, forced 429 bursts.
import type { PathFault, SandboxState } from '../state/types';
import { HttpError } from './errors';
import { rateLimited } from './limits';

export type FaultOutcome = { kind: 'none' } | { kind: 'drop' } | { kind: 'error'; error: HttpError };

/** The faults that apply to a path: '*' and every prefix of it, the longest prefix winning per setting. */
function faultsFor(state: SandboxState, path: string): { key: string; fault: PathFault }[] {
  return Object.entries(state.faults)
    .filter(([prefix]) => prefix === '*' || path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))
    .sort(([a], [b]) => (a === '*' ? -1 : b === '*' ? 1 : a.length - b.length))
    .map(([key, fault]) => ({ key, fault }));
}

export async function applyFaults(state: SandboxState, path: string, random: () => number = Math.random): Promise<FaultOutcome> {
  const applicable = faultsFor(state, path);
  if (applicable.length === 0) return { kind: 'none' };
  const merged: PathFault = Object.assign({}, ...applicable.map((entry) => entry.fault)) as PathFault;
  if (merged.latencyMs && merged.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, merged.latencyMs));
  const burst = [...applicable].reverse().find((entry) => (entry.fault.burst429 ?? 0) > 0);
  if (burst) {
    burst.fault.burst429 = (burst.fault.burst429 ?? 1) - 1;
    // Announces the configured block, as a real limit would, so fast tests can shorten it.
    return { kind: 'error', error: rateLimited(state, state.config.limits.blockMs, 'Too many requests (forced by the sandbox control API).') };
  }
  if (merged.dropRate && random() < merged.dropRate) return { kind: 'drop' };
  if (merged.errorRate && random() < merged.errorRate) {
    const status = merged.errorStatus && merged.errorStatus >= 500 && merged.errorStatus <= 599 ? merged.errorStatus : 503;
    return { kind: 'error', error: new HttpError(status, 'server_error', `The service is unavailable (fault injected by the sandbox, ${status}).`) };
  }
  return { kind: 'none' };
}
