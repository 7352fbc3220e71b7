// What the connection service needs from a Back Market API client: a cheap live check, a token that can be replaced,
// and two hooks (each call's activity, and the first 401). backmarket-client.ts adapts the real client to it.
import type { ActivityEntry, ConnectFailureReason } from '../../../shared/connection';

export type CheckResult = { ok: true } | { ok: false; reason: Exclude<ConnectFailureReason, 'storage'>; message: string; cfRay?: string };

/** One call as a client reports it; the activity log numbers and keeps it. */
export type ActivityReport = Omit<ActivityEntry, 'id'>;

export interface MarketplaceClient {
  /** A cheap authenticated call that tells a good token from each kind of failure. */
  checkConnection(): Promise<CheckResult>;
  setToken(token: string): void;
}

export interface MarketplaceClientOptions {
  baseUrl: string;
  token: string;
  company: string;
  email: string;
  /** The market sent as Accept-Language. */
  country: string;
  onActivity?: (entry: ActivityReport) => void;
  /** Called on every 401 answer: the token is no longer accepted. */
  onUnauthorized?: () => void;
}

export type MarketplaceClientFactory = (options: MarketplaceClientOptions) => MarketplaceClient;
