// Binds every contract call to its service over IPC, refusing calls from any frame but the app's own page,
// and forwards core events to the window. Validation itself is dispatch()'s, shared with the preview host.
import type { CallOutcome } from '../shared/bridge';
import { EVENT_CHANNEL } from '../shared/bridge';
import { CALL_NAMES, type EventMap, type EventName, type Handlers } from '../shared/contract';
import { dispatch, type DispatchLog } from './core/dispatch';
import type { EventBus } from './core/events';
import { isAppPage } from './security';

/** The parts of a sender frame the trust check reads; Electron's WebFrameMain satisfies it. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

/** The parts of an invoke event the trust check reads; Electron's IpcMainInvokeEvent satisfies it. */
export interface InvokeEventLike {
  readonly sender: unknown;
  /** Null once the frame has navigated away or been destroyed, so such a call is refused too. */
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export type TrustedSenderCheck = (event: InvokeEventLike) => boolean;

export const UNTRUSTED_SENDER_OUTCOME: CallOutcome = {
  ok: false,
  failure: {
    code: 'invalid-input',
    message: "This request did not come from Refurb Desk's own window, so it was refused. Restart Refurb Desk if this keeps happening.",
  },
};

/**
 * Registers one handler per contract entry. A call from an untrusted sender is answered with a failure before any
 * parsing or service runs. Returns a function that removes the handlers (for tests and for a clean quit).
 */
export function bindContract(ipcMain: IpcMainLike, handlers: Handlers, isTrustedSender: TrustedSenderCheck, log?: DispatchLog): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, async (event, input) => {
      if (!isTrustedSender(event)) {
        log?.error(`Refused ${name}: the sender is not the app's own page`);
        return UNTRUSTED_SENDER_OUTCOME;
      }
      return dispatch(handlers, name, input, log);
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(name);
  };
}

export interface TrustedSenderOptions {
  /** The file:// URL of out/renderer/index.html. */
  appUrl: string;
  /** The webContents of the app's window right now (the window can be re-created on macOS), or undefined if none. */
  currentContents: () => unknown;
}

/**
 * Trusted = sent by our window's webContents, from its main frame (no parent: an iframe, even one on our page, is
 * refused), while that frame shows the app's own page.
 */
export function createTrustedSenderCheck({ appUrl, currentContents }: TrustedSenderOptions): TrustedSenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    const contents = currentContents();
    if (!frame || contents === undefined) return false;
    return event.sender === contents && frame.parent === null && isAppPage(frame.url, appUrl);
  };
}

/** The parts of WebContents the event forwarding uses. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Pushes every core event to the window as (name, payload) on EVENT_CHANNEL; events with no window to receive them are
 * dropped. A send that throws (a payload that cannot be cloned, a window closing mid-send) is logged and dropped here:
 * the event bus calls this inside the service that emitted, and a sync or an import must never fail because a window
 * could not be told about it.
 */
export function forwardEvents(events: EventBus, currentTarget: () => EventTarget | undefined, log?: DispatchLog): () => void {
  return events.subscribe(<N extends EventName>(name: N, payload: EventMap[N]) => {
    try {
      const target = currentTarget();
      if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, name, payload);
    } catch (error) {
      log?.error(`Could not send the event ${name} to the window`, error);
    }
  });
}
