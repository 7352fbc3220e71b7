// The cheap token check: one listing (GET /ws/listings?page-size=1), its failure turned into a reason the setup screen can show.
import { BackMarketError, ForbiddenError } from './errors';

export type ConnectionFailureReason = 'token-rejected' | 'not-merchant' | 'network' | 'firewall' | 'server';

export type ConnectionCheck = { ok: true } | { ok: false; reason: ConnectionFailureReason; message: string; cfRay?: string };

export async function checkConnection(readOneListing: () => Promise<unknown>): Promise<ConnectionCheck> {
  try {
    await readOneListing();
    return { ok: true };
  } catch (error) {
    if (!(error instanceof BackMarketError)) {
      return { ok: false, reason: 'server', message: 'Refurb Desk could not check the connection to Back Market. Try again; if it lasts, export the activity log for support.' };
    }
    if (error.kind === 'unauthorized') return { ok: false, reason: 'token-rejected', message: error.message };
    if (error instanceof ForbiddenError) {
      return error.firewall
        ? { ok: false, reason: 'firewall', message: error.message, ...(error.cfRay ? { cfRay: error.cfRay } : {}) }
        : { ok: false, reason: 'not-merchant', message: error.message };
    }
    if (error.kind === 'network' || error.kind === 'uncertain-write') return { ok: false, reason: 'network', message: error.message };
    return { ok: false, reason: 'server', message: error.message };
  }
}
