// The connection to Back Market: which mode the app is in (none, the sandbox marketplace, a merchant account), the
// token's life cycle (checked live before it is stored; the first 401 makes it 'rejected' at once, holds all work,
// and a new token that passes the check resumes it), and the events that tell the renderer. The token stays here.
import type {
  AccountMode,
  ConnectFailure,
  ConnectInput,
  ConnectionStatus,
  ConnectResult,
  CountrySetting,
  Environment,
  TokenState,
} from '../../../shared/connection';
import { connectInputSchema, MARKETS } from '../../../shared/connection';
import type { SecretStore } from '../../platform/secret-store';
import { AppError, saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import type { EventBus } from '../events';
import type { ActivityLog } from './activity-log';
import type { AppSettingsStore } from './connection-settings';
import type { EmbeddedSandbox } from './embedded-sandbox';
import { failureMessage } from './failure-messages';
import { createJobGate } from './job-gate';
import { resolveBaseUrl as resolveServer } from '../backmarket';
import type { CheckResult, MarketplaceClient, MarketplaceClientFactory } from './marketplace-client';

export interface ConnectionDeps {
  settings: AppSettingsStore;
  secrets: SecretStore;
  events: EventBus;
  activity: ActivityLog;
  createClient: MarketplaceClientFactory;
  startSandbox: () => Promise<EmbeddedSandbox>;
  /** The app opens the catalogue database of the new mode (or closes it for 'none') before anyone hears of the change. */
  onModeChanged: (mode: AccountMode) => void;
  log?: { error(message: string, detail?: unknown): void };
}

const SANDBOX_IDENTITY = { company: 'RefurbDeskSandbox', email: 'sandbox@refurb-desk.invalid' };

export function resolveBaseUrl(environment: Environment, sandboxUrl: string): string {
  return resolveServer(environment === 'custom' ? { sandboxUrl } : environment);
}

const asFailure = (result: CheckResult): ConnectFailure => (result.ok ? { ok: false, reason: 'server', message: failureMessage('server') } : { ...result });

export function createConnectionService(deps: ConnectionDeps) {
  const { settings, secrets, events, activity, log = console } = deps;
  let tokenState: TokenState = 'missing';
  let client: MarketplaceClient | undefined;
  let sandbox: EmbeddedSandbox | undefined;
  /** The embedded sandbox's token as the app last accepted it (memory only: it is the sandbox's, not the merchant's). */
  let sandboxToken: string | undefined;
  let lastFailure: ConnectFailure | undefined;
  const gate = createJobGate(() => emitChanged());

  const mode = () => settings.get('connection.mode');
  const firstCountry = (): string => settings.get('connection.countries')[0]?.code ?? 'fr-fr';

  function status(): ConnectionStatus {
    const current = mode();
    const sandboxUrl = current === 'sandbox' ? sandbox?.url : settings.get('connection.environment') === 'custom' ? settings.get('connection.sandboxUrl') : undefined;
    return {
      mode: current,
      tokenState: current === 'none' ? 'missing' : tokenState,
      tokenStorage: current === 'account' && secrets.persistence === 'encrypted-file' ? 'encrypted' : 'memory',
      encryptionUnavailable: secrets.encryptionUnavailable === true,
      environment: settings.get('connection.environment'),
      company: settings.get('connection.company'),
      email: settings.get('connection.email'),
      countries: settings.get('connection.countries'),
      markets: MARKETS,
      ...(sandboxUrl ? { sandbox: { url: sandboxUrl, ...(current === 'sandbox' && sandbox ? { controlSecret: sandbox.running.controlSecret } : {}) } } : {}),
      queuedJobs: gate.waiting,
      ...(lastFailure ? { lastFailure } : {}),
    };
  }

  function emitChanged(): void {
    events.emit('connection:changed', status());
  }

  function rejectToken(): void {
    if (tokenState === 'rejected') return;
    tokenState = 'rejected';
    lastFailure = { ok: false, reason: 'token-rejected', message: failureMessage('token-rejected') };
    gate.close();
    emitChanged();
  }

  /** A client whose hooks act only while it is the app's current one, so a candidate token's 401 rejects nothing. */
  function newClient(baseUrl: string, token: string, identity: { company: string; email: string }, country: string): MarketplaceClient {
    const candidate: MarketplaceClient = deps.createClient({
      baseUrl,
      token,
      ...identity,
      country,
      onActivity: (report) => {
        activity.add(report);
        if (mode() === 'sandbox') sandbox?.saveSoon();
      },
      onUnauthorized: () => {
        if (client === candidate) rejectToken();
      },
    });
    return candidate;
  }

  function adopt(next: MarketplaceClient, state: TokenState): void {
    client = next;
    tokenState = state;
    if (state === 'valid') {
      lastFailure = undefined;
      gate.reopen();
    }
  }

  async function stopSandbox(): Promise<void> {
    const running = sandbox;
    sandbox = undefined;
    sandboxToken = undefined;
    await running?.close();
  }

  async function ensureSandbox(): Promise<EmbeddedSandbox> {
    if (!sandbox) {
      sandbox = await deps.startSandbox();
      sandboxToken = sandbox.token;
    }
    return sandbox;
  }

  function setMode(next: AccountMode): void {
    settings.set('connection.mode', next);
    deps.onModeChanged(next);
  }

  /** A live check in the background; its outcome reaches the renderer as connection:changed. */
  function checkSoon(): void {
    void check().catch((error: unknown) => log.error('The connection check failed', error));
  }

  async function check(): Promise<ConnectResult> {
    if (mode() === 'none' || !client) return { ok: false, reason: 'token-rejected', message: 'Set up your Back Market connection first.' };
    // While the token is rejected, nothing is sent with it: the merchant pastes a new one instead.
    if (tokenState === 'rejected' || tokenState === 'missing') return lastFailure ?? { ok: false, reason: 'token-rejected', message: failureMessage('token-rejected') };
    const checked = client;
    const result = await checked.checkConnection();
    if (client !== checked) return result.ok ? result : asFailure(result);
    if (result.ok) {
      adopt(checked, 'valid');
      emitChanged();
      return result;
    }
    if (result.reason === 'token-rejected') rejectToken();
    else {
      lastFailure = asFailure(result);
      emitChanged();
    }
    return asFailure(result);
  }

  return {
    status,

    /** At launch: brings back the chosen mode (the sandbox restarted with its saved state, or the saved token). */
    async start(): Promise<void> {
      const current = mode();
      if (current === 'sandbox') {
        const running = await ensureSandbox();
        deps.onModeChanged('sandbox');
        adopt(newClient(running.url, running.token, SANDBOX_IDENTITY, firstCountry()), 'unchecked');
        checkSoon();
      } else if (current === 'account') {
        deps.onModeChanged('account');
        let token: string | undefined;
        try {
          token = secrets.read();
        } catch (error) {
          // A token the keyring can no longer unlock: the banner asks for it again; nothing else is lost.
          if (!(error instanceof AppError)) throw error;
          lastFailure = { ok: false, reason: 'storage', message: error.message };
        }
        const baseUrl = resolveBaseUrl(settings.get('connection.environment'), settings.get('connection.sandboxUrl'));
        const identity = { company: settings.get('connection.company'), email: settings.get('connection.email') };
        if (token === undefined) {
          // Kept in memory only last time (preview, or no keyring): ask for it again, holding all work meanwhile.
          adopt(newClient(baseUrl, '', identity, firstCountry()), 'missing');
          gate.close();
          lastFailure ??= { ok: false, reason: 'token-rejected', message: 'Paste your Back Market API token again: it was kept only until Refurb Desk last quit.' };
        } else {
          adopt(newClient(baseUrl, token, identity, firstCountry()), 'unchecked');
          checkSoon();
        }
      }
    },

    async useSandbox(): Promise<ConnectionStatus> {
      const running = await ensureSandbox();
      const candidate = newClient(running.url, sandboxToken ?? running.token, SANDBOX_IDENTITY, firstCountry());
      setMode('sandbox');
      adopt(candidate, 'unchecked');
      await check();
      emitChanged();
      return status();
    },

    async connect(raw: ConnectInput): Promise<ConnectResult> {
      const input = connectInputSchema.parse(raw);
      const baseUrl = resolveBaseUrl(input.environment, input.sandboxUrl ?? '');
      const countries: CountrySetting[] = input.countries;
      const candidate = newClient(baseUrl, input.token, { company: input.company, email: input.email }, countries[0]?.code ?? 'fr-fr');
      const result = await candidate.checkConnection();
      // Nothing is stored unless the token passed: a wrong token never reaches the disk or the settings.
      if (!result.ok) return asFailure(result);
      try {
        secrets.save(input.token);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, reason: 'storage', message: error.message };
        throw error;
      }
      settings.set('connection.environment', input.environment);
      settings.set('connection.sandboxUrl', input.sandboxUrl ?? '');
      settings.set('connection.company', input.company);
      settings.set('connection.email', input.email);
      settings.set('connection.countries', countries);
      if (mode() === 'sandbox') await stopSandbox();
      setMode('account');
      adopt(candidate, 'valid');
      emitChanged();
      return { ok: true };
    },

    check,

    async replaceToken(token: string): Promise<ConnectResult> {
      const current = mode();
      if (current === 'none') throw saidError('unavailable', said('setup.finishFirst'));
      const trimmed = token.trim();
      const baseUrl = current === 'sandbox' && sandbox ? sandbox.url : resolveBaseUrl(settings.get('connection.environment'), settings.get('connection.sandboxUrl'));
      const identity = current === 'sandbox' ? SANDBOX_IDENTITY : { company: settings.get('connection.company'), email: settings.get('connection.email') };
      const candidate = newClient(baseUrl, trimmed, identity, firstCountry());
      const result = await candidate.checkConnection();
      if (!result.ok) {
        lastFailure = asFailure(result);
        emitChanged();
        return asFailure(result);
      }
      if (current === 'account') {
        try {
          secrets.save(trimmed);
        } catch (error) {
          if (error instanceof AppError) return { ok: false, reason: 'storage', message: error.message };
          throw error;
        }
      } else {
        sandboxToken = trimmed;
      }
      // Held jobs resume with the new token, in the order they were queued.
      adopt(candidate, 'valid');
      emitChanged();
      return { ok: true };
    },

    async reset(): Promise<ConnectionStatus> {
      await stopSandbox();
      secrets.clear();
      client = undefined;
      tokenState = 'missing';
      lastFailure = undefined;
      setMode('none');
      emitChanged();
      return status();
    },

    /** Runs Back Market work with the current client; while the token is rejected it waits, and resumes with the new one. */
    run<T>(job: (client: MarketplaceClient) => Promise<T>): Promise<T> {
      return gate.run(() => {
        if (!client) throw saidError('unavailable', said('setup.finishFirst'));
        return job(client);
      });
    },

    /**
     * Runs a contract call's operation; if its Back Market work gets held behind a rejected token, the call answers at
     * once ("waiting for a new token") and the work stays queued, finishing by itself after a new token is pasted.
     */
    answerAtOnce<T>(name: string, operation: () => Promise<T>): Promise<T> {
      return gate.answerAtOnce(operation, ({ error }) => {
        if (error !== undefined) log.error(`The queued ${name} failed after the new token`, error);
      });
    },

    /** In-process only (never on the contract): the embedded sandbox, for demos and tests that drive its control API. */
    embeddedSandbox: () => sandbox?.running,

    /** Every secret this service knows, for the last-line redaction of exports. Never leaves main. */
    knownSecrets: (): (string | undefined)[] => {
      try {
        return [secrets.read(), sandboxToken, sandbox?.running.controlSecret];
      } catch {
        return [sandboxToken, sandbox?.running.controlSecret];
      }
    },

    async close(): Promise<void> {
      await stopSandbox();
    },
  };
}

export type ConnectionService = ReturnType<typeof createConnectionService>;
