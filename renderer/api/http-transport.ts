// The browser-preview transport: calls as POST /api/call/<name>, files as POST /api/files, events over SSE, all on the page's origin.
// It survives a restart of the preview host: while the host does not answer it says so (hostState 'down') and keeps
// asking; a refusal of the secret, or the host coming back, makes it read the new session's secret from the page the
// host serves and carry on — the open tab keeps everything typed in it.
import i18next from 'i18next';
import type { CallOutcome } from '../../shared/bridge';
import type { CallFailure, EventName } from '../../shared/contract';
import type { HostState, Transport } from './client';

export interface HttpTransportOptions {
  /** The per-launch secret the host injected into index.html. */
  secret: string;
  /** Defaults to the page's origin: the host serves the renderer and the API together. */
  baseUrl?: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  /** How long to wait between two tries while the host does not answer (ms). */
  retryMs?: number;
}

export const SECRET_META_NAME = 'refurb-preview-secret';

export function readPreviewSecret(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${SECRET_META_NAME}"]`)?.content || null;
}

/** The secret in the host's page (its index.html), read without a DOM. */
export function secretInPage(html: string): string | null {
  return new RegExp(`<meta name="${SECRET_META_NAME}" content="([^"]+)"`).exec(html)?.[1] ?? null;
}

const unavailable = (message: string): CallOutcome<never> => ({ ok: false, failure: { code: 'unavailable', message } });

function isOutcome(body: unknown): body is CallOutcome {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const outcome = body as { ok: unknown; failure?: Partial<CallFailure> };
  return outcome.ok === true || (outcome.ok === false && typeof outcome.failure?.message === 'string');
}

interface Subscription {
  event: EventName;
  handler: (message: MessageEvent<string>) => void;
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  const retryMs = options.retryMs ?? 2_000;
  let secret = options.secret;
  let events: EventSource | null = null;
  const subscriptions = new Set<Subscription>();
  let hostState: HostState = 'up';
  const hostListeners = new Set<(state: HostState) => void>();
  let probing: Promise<boolean> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  function setHostState(next: HostState): void {
    if (hostState === next) return;
    hostState = next;
    hostListeners.forEach((listener) => listener(next));
  }

  /** Reads the host's page for the session's secret; true when the host answered (the secret may be new). */
  function probe(): Promise<boolean> {
    probing ??= (async () => {
      try {
        const response = await doFetch(`${baseUrl}/`, { method: 'GET', cache: 'no-store' });
        const fresh = response.ok ? secretInPage(await response.text()) : null;
        if (!fresh) return false;
        if (fresh !== secret) {
          secret = fresh;
          reopenEvents();
        }
        return true;
      } catch {
        return false;
      } finally {
        probing = null;
      }
    })();
    return probing;
  }

  /** While the host is away: try again every retryMs until it answers, then say it is back. */
  function keepTrying(): void {
    setHostState('down');
    if (retryTimer) return;
    const attempt = async () => {
      retryTimer = null;
      if (await probe()) {
        if (events && events.readyState === 2) reopenEvents();
        setHostState('up');
      } else retryTimer = setTimeout(() => void attempt(), retryMs);
    };
    retryTimer = setTimeout(() => void attempt(), retryMs);
  }

  async function send(path: string, body: BodyInit, contentType: string): Promise<Response> {
    return doFetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': contentType, 'X-Refurb-Secret': secret }, body });
  }

  async function post(path: string, body: BodyInit, contentType: string): Promise<CallOutcome<never>> {
    let response: Response;
    try {
      response = await send(path, body, contentType);
      // A 401 after the host restarted: the page it serves now holds the new session's secret; ask once more with it.
      if (response.status === 401 && (await probe())) response = await send(path, body, contentType);
    } catch {
      keepTrying();
      return unavailable(i18next.t('errors.hostUnreachable'));
    }
    setHostState('up');
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      return unavailable(i18next.t('errors.hostBadAnswer', { status: response.status }));
    }
    // The host also answers refusals (wrong secret, too large) as outcomes, with a non-200 status.
    if (isOutcome(answer)) return answer as CallOutcome<never>;
    return unavailable(i18next.t('errors.hostBadAnswer', { status: response.status }));
  }

  function openEvents(): EventSource | null {
    if (!EventSourceImpl) return null;
    if (events) return events;
    const source = new EventSourceImpl(`${baseUrl}/api/events?secret=${encodeURIComponent(secret)}`);
    events = source;
    for (const subscription of subscriptions) source.addEventListener(subscription.event, subscription.handler as EventListener);
    // The stream broke: the host stopped (or restarted with another secret); find out and reconnect.
    source.addEventListener('error', () => {
      if (source === events && source.readyState !== 1) keepTrying();
    });
    return source;
  }

  function reopenEvents(): void {
    if (!events) return;
    events.close();
    events = null;
    if (subscriptions.size > 0) openEvents();
  }

  return {
    call: (name, input) => post(`/api/call/${name}`, JSON.stringify(input ?? {}), 'application/json'),
    stageFile: async (file) => post(`/api/files?name=${encodeURIComponent(file.name)}`, await file.arrayBuffer(), 'application/octet-stream'),
    on(event: EventName, listener: (payload: never) => void) {
      const handler = (message: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return; // A frame we cannot read is dropped; the next "changed" event refreshes the screen anyway.
        }
        listener(payload as never);
      };
      const subscription: Subscription = { event, handler };
      subscriptions.add(subscription);
      const source = openEvents();
      if (!source) {
        subscriptions.delete(subscription);
        return () => undefined;
      }
      source.addEventListener(event, handler as EventListener);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        subscriptions.delete(subscription);
        events?.removeEventListener(event, handler as EventListener);
        if (subscriptions.size === 0 && events) {
          events.close();
          events = null;
        }
      };
    },
    watchHost(listener) {
      hostListeners.add(listener);
      return () => hostListeners.delete(listener);
    },
  };
}
