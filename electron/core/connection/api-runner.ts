// How core services reach Back Market: a job run with the connection's API client, through its gate and the app's limiter.
import type { BackMarketClient } from '../backmarket';

/** Runs a job with the API client of the connection; the connection holds it while the token is rejected. */
export type ApiRunner = <T>(job: (api: BackMarketClient) => Promise<T>) => Promise<T>;
