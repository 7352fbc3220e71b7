// The browser-preview transport: calls as POST /api/call/<name>, files as POST /api/files, events over SSE, all on the page's origin.
import i18next from 'i18next';
import type { CallOutcome } from '../../shared/bridge';
import type { CallFailure, EventName } from '../../shared/contract';
import type { Transport } from './client';

export interface HttpTransportOptions {
  /** The per-launch secret the host injected into index.html. */
  secret: string;
  /** Defaults to the page's origin: the host serves the renderer and the API together. */
  baseUrl?: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

export const SECRET_META_NAME = 'refurb-preview-secret';

export function readPreviewSecret(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${SECRET_META_NAME}"]`)?.content || null;
}

const unavailable = (message: string): CallOutcome<never> => ({ ok: false, failure: { code: 'unavailable', message } });

function isOutcome(body: unknown): body is CallOutcome {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const outcome = body as { ok: unknown; failure?: Partial<CallFailure> };
  return outcome.ok === true || (outcome.ok === false && typeof outcome.failure?.message === 'string');
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  let events: EventSource | null = null;
  let listenerCount = 0;

  async function post(path: string, body: BodyInit, contentType: string): Promise<CallOutcome<never>> {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': contentType, 'X-Refurb-Secret': options.secret },
        body,
      });
    } catch {
      return unavailable(i18next.t('errors.hostUnreachable'));
    }
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

  function eventSource(): EventSource | null {
    if (!EventSourceImpl) return null;
    events ??= new EventSourceImpl(`${baseUrl}/api/events?secret=${encodeURIComponent(options.secret)}`);
    return events;
  }

  return {
    call: (name, input) => post(`/api/call/${name}`, JSON.stringify(input ?? {}), 'application/json'),
    stageFile: async (file) => post(`/api/files?name=${encodeURIComponent(file.name)}`, await file.arrayBuffer(), 'application/octet-stream'),
    on(event: EventName, listener: (payload: never) => void) {
      const source = eventSource();
      if (!source) return () => undefined;
      const handler = (message: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return; // A frame we cannot read is dropped; the next "changed" event refreshes the screen anyway.
        }
        listener(payload as never);
      };
      source.addEventListener(event, handler as EventListenerOrEventListenerObject);
      listenerCount += 1;
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        source.removeEventListener(event, handler as EventListenerOrEventListenerObject);
        listenerCount -= 1;
        if (listenerCount === 0) {
          source.close();
          events = null;
        }
      };
    },
  };
}
