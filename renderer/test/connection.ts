// Connection statuses for renderer tests: past setup (the sandbox marketplace), before it, and with a rejected token.
import { DEFAULT_COUNTRIES, MARKETS, type ConnectionStatus } from '../../shared/connection';

export function connectionStatus(overrides: Partial<ConnectionStatus> = {}): ConnectionStatus {
  return {
    mode: 'sandbox',
    tokenState: 'valid',
    tokenStorage: 'memory',
    encryptionUnavailable: false,
    environment: 'production',
    company: '',
    email: '',
    countries: DEFAULT_COUNTRIES,
    markets: MARKETS,
    sandbox: { url: 'http://127.0.0.1:5175' },
    queuedJobs: 0,
    ...overrides,
  };
}
