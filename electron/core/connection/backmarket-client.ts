// Plugs the Back Market API client (../backmarket) into the connection service: one rate limiter shared by every
// client the app makes, the client's activity entries in the activity log's shape, and a token the client refuses
// (empty, or with characters a token never has) read as a rejected token rather than a crash.
import { createBackMarketClient, RateLimiter, type BackMarketClient } from '../backmarket';
import { failureMessage } from './failure-messages';
import type { MarketplaceClient, MarketplaceClientFactory } from './marketplace-client';

export interface ConnectedClient extends MarketplaceClient {
  /** The full API client, for the services that publish and sync (undefined while the token is unusable). */
  readonly api: BackMarketClient | undefined;
}

export function backMarketClientFactory(limiter: RateLimiter = new RateLimiter()): MarketplaceClientFactory {
  return (options): ConnectedClient => {
    const create = (token: string): BackMarketClient | undefined => {
      try {
        return createBackMarketClient({
          baseUrl: options.baseUrl,
          token,
          company: options.company,
          email: options.email,
          country: options.country,
          limiter,
          onActivity: (entry) =>
            options.onActivity?.({
              time: entry.at,
              method: entry.method,
              path: entry.path,
              country: entry.country,
              status: entry.status,
              durationMs: entry.durationMs,
              linesSent: entry.linesSent ?? 0,
              ...(entry.requestId ? { requestId: entry.requestId } : {}),
              ...(entry.cfRay ? { cfRay: entry.cfRay } : {}),
            }),
          ...(options.onUnauthorized ? { onUnauthorized: options.onUnauthorized } : {}),
        });
      } catch {
        return undefined;
      }
    };
    let api = create(options.token);
    return {
      get api() {
        return api;
      },
      checkConnection: async () => (api ? api.checkConnection() : { ok: false, reason: 'token-rejected', message: failureMessage('token-rejected') }),
      setToken(token) {
        if (api) {
          try {
            api.setToken(token);
            return;
          } catch {
            // Falls through: a fresh client answers the check as a rejected token.
          }
        }
        api = create(token);
      },
    };
  };
}
