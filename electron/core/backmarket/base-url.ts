// Where the token may be sent: Back Market's EU production and preprod servers (the contract's `servers`) or a loopback sandbox.

export type BackMarketEnvironment = 'production' | 'preprod' | { sandboxUrl: string };

/** The contract's "Prod - EU" and "Preprod - EU" servers. */
export const EU_SERVERS = {
  production: 'https://www.backmarket.fr',
  preprod: 'https://preprod.backmarket.fr',
} as const;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** A sandbox runs on this machine; anything else would hand the merchant's token to a stranger. */
function loopbackOrigin(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new Error(`"${address}" is not an address. Enter the sandbox address as http://127.0.0.1:<port>.`);
  }
  const bare = url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname) || url.port === '' || !bare) {
    throw new Error(`"${address}" is not a sandbox address. Only http://127.0.0.1:<port> or http://localhost:<port> on this computer are accepted, so your token is never sent elsewhere.`);
  }
  return url.origin;
}

export function resolveBaseUrl(environment: BackMarketEnvironment): string {
  if (environment === 'production') return EU_SERVERS.production;
  if (environment === 'preprod') return EU_SERVERS.preprod;
  if (typeof environment === 'object' && environment !== null && typeof environment.sandboxUrl === 'string') return loopbackOrigin(environment.sandboxUrl);
  throw new Error('Unknown Back Market environment: choose production, preprod or a sandbox on this computer.');
}

/** The origin of an allowed base URL, or a clear error (the client checks what it is given, whoever built it). */
export function checkBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (trimmed === EU_SERVERS.production || trimmed === EU_SERVERS.preprod) return trimmed;
  return loopbackOrigin(baseUrl);
}

export const isSandboxBaseUrl = (origin: string): boolean => origin !== EU_SERVERS.production && origin !== EU_SERVERS.preprod;
