// The IPC binding: every contract call bound, inputs validated before a service sees them, untrusted senders refused,
// and core events forwarded to the window.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, type CallOutcome } from '../shared/bridge';
import { CALL_NAMES, type Handlers } from '../shared/contract';
import { EventBus } from './core/events';
import { bindContract, createTrustedSenderCheck, forwardEvents, UNTRUSTED_SENDER_OUTCOME, type FrameLike, type InvokeEventLike, type IpcMainLike } from './ipc';
import { appPageUrl } from './security';

const APP_URL = appPageUrl(path.resolve('/opt/refurb-desk/out/renderer/index.html'));

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const channels = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (channels.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      channels.set(channel, listener);
    },
    removeHandler: (channel) => channels.delete(channel),
  };
  const invoke = async (channel: string, event: InvokeEventLike, input: unknown) => {
    const listener = channels.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return (await listener(event, input)) as CallOutcome;
  };
  return { ipcMain, channels, invoke };
}

/** A spy per contract entry, each resolving to a marker naming its call. */
function spyHandlers() {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(async () => ({ served: name }))])) as unknown as Handlers &
    Record<string, ReturnType<typeof vi.fn>>;
}

const windowContents = { id: 1 };
const mainFrame: FrameLike = { url: `${APP_URL}#/catalogue`, parent: null };
const trustedEvent: InvokeEventLike = { sender: windowContents, senderFrame: mainFrame };
const trustAll = () => true;

describe('bindContract', () => {
  it('binds exactly one handler per contract entry', () => {
    const { ipcMain, channels } = fakeIpcMain();
    bindContract(ipcMain, spyHandlers(), trustAll);
    expect(channels.size).toBe(CALL_NAMES.length);
    expect([...channels.keys()].sort()).toEqual([...CALL_NAMES].sort());
  });

  it('passes a valid input, parsed, to its service and returns the outcome', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handlers = spyHandlers();
    bindContract(ipcMain, handlers, trustAll);
    const outcome = await invoke('catalogue:get', trustedEvent, { id: 7 });
    expect(outcome).toEqual({ ok: true, value: { served: 'catalogue:get' } });
    expect(handlers['catalogue:get']).toHaveBeenCalledWith({ id: 7 });
  });

  it('never lets a bad input reach a service', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handlers = spyHandlers();
    bindContract(ipcMain, handlers, trustAll);
    const invalid = await invoke('catalogue:get', trustedEvent, { id: -1 });
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.failure.code).toBe('invalid-input');
    const extraKey = await invoke('catalogue:get', trustedEvent, { id: 1, sql: 'drop table products' });
    expect(!extraKey.ok && extraKey.failure.code).toBe('invalid-input');
    for (const name of CALL_NAMES) {
      const outcome = await invoke(name, trustedEvent, 'not an object');
      expect(outcome.ok, name).toBe(false);
      expect(!outcome.ok && outcome.failure.code, name).toBe('invalid-input');
    }
    for (const name of CALL_NAMES) expect(handlers[name], name).not.toHaveBeenCalled();
  });

  it('answers an untrusted sender with a failure before parsing or calling a service', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handlers = spyHandlers();
    const isTrusted = vi.fn(() => false);
    bindContract(ipcMain, handlers, isTrusted);
    for (const name of CALL_NAMES) {
      expect(await invoke(name, trustedEvent, {}), name).toEqual(UNTRUSTED_SENDER_OUTCOME);
    }
    expect(isTrusted).toHaveBeenCalledTimes(CALL_NAMES.length);
    for (const name of CALL_NAMES) expect(handlers[name], name).not.toHaveBeenCalled();
  });

  it('returns an unbind that removes every handler', () => {
    const { ipcMain, channels } = fakeIpcMain();
    const unbind = bindContract(ipcMain, spyHandlers(), trustAll);
    unbind();
    expect(channels.size).toBe(0);
  });
});

describe('createTrustedSenderCheck', () => {
  const check = createTrustedSenderCheck({ appUrl: APP_URL, currentContents: () => windowContents });

  it("trusts the main frame of our window showing the app's page", () => {
    expect(check(trustedEvent)).toBe(true);
  });

  it('refuses another URL, a look-alike file, a subframe, another webContents, or a gone frame', () => {
    expect(check({ sender: windowContents, senderFrame: { url: 'https://evil.example/', parent: null } })).toBe(false);
    expect(check({ sender: windowContents, senderFrame: { url: `${APP_URL}.html`, parent: null } })).toBe(false);
    expect(check({ sender: windowContents, senderFrame: { url: APP_URL, parent: mainFrame } })).toBe(false);
    expect(check({ sender: { id: 2 }, senderFrame: mainFrame })).toBe(false);
    expect(check({ sender: windowContents, senderFrame: null })).toBe(false);
  });

  it('refuses everything while there is no window', () => {
    const noWindow = createTrustedSenderCheck({ appUrl: APP_URL, currentContents: () => undefined });
    expect(noWindow(trustedEvent)).toBe(false);
  });

  it('keeps untrusted frames away from the services end to end', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handlers = spyHandlers();
    bindContract(ipcMain, handlers, check);
    const fromSubframe = await invoke('catalogue:get', { sender: windowContents, senderFrame: { url: APP_URL, parent: mainFrame } }, { id: 1 });
    const fromOtherPage = await invoke('catalogue:get', { sender: windowContents, senderFrame: { url: 'file:///tmp/evil.html', parent: null } }, { id: 1 });
    expect(fromSubframe).toEqual(UNTRUSTED_SENDER_OUTCOME);
    expect(fromOtherPage).toEqual(UNTRUSTED_SENDER_OUTCOME);
    expect(handlers['catalogue:get']).not.toHaveBeenCalled();
    expect(await invoke('catalogue:get', trustedEvent, { id: 1 })).toEqual({ ok: true, value: { served: 'catalogue:get' } });
    expect(handlers['catalogue:get']).toHaveBeenCalledOnce();
  });
});

describe("createTrustedSenderCheck with the URLs Chromium really reports", () => {
  // Written out by hand, not built with appPageUrl: the app's URL is what Node's pathToFileURL gave for the path the
  // process saw; the frame's URL is what Chromium shows for the page it loaded.
  const windowsApp = (appUrl: string) => createTrustedSenderCheck({ appUrl, currentContents: () => windowContents });
  const fromMainFrame = (url: string): InvokeEventLike => ({ sender: windowContents, senderFrame: { url, parent: null } });
  const nodeUrl = 'file:///c:/Users/Jo%20Doe/AppData/Local/Programs/Refurb%20Desk/resources/app.asar/out/renderer/index.html';

  it('trusts the page when Chromium upper-cases the drive letter Node kept in lower case', () => {
    const check = windowsApp(nodeUrl);
    expect(check(fromMainFrame('file:///C:/Users/Jo%20Doe/AppData/Local/Programs/Refurb%20Desk/resources/app.asar/out/renderer/index.html#/catalogue'))).toBe(true);
  });

  it('trusts the page whatever characters each side percent-encodes', () => {
    const check = windowsApp("file:///C:/Users/Jos%C3%A9%20O'Brien/Refurb%20Desk/out/renderer/index.html");
    expect(check(fromMainFrame("file:///C:/Users/Jos%C3%A9%20O%27Brien/Refurb%20Desk/out/renderer/index.html?lang=fr#/"))).toBe(true);
    expect(check(fromMainFrame('file:///C:/Users/José O\'Brien/Refurb Desk/out/renderer/index.html'))).toBe(true);
  });

  it('compares Windows paths without case, as Windows does, and POSIX paths with it', () => {
    expect(windowsApp(nodeUrl)(fromMainFrame(nodeUrl.toUpperCase().replace('FILE:', 'file:')))).toBe(true);
    const macApp = windowsApp('file:///Applications/Refurb%20Desk.app/Contents/Resources/app.asar/out/renderer/index.html');
    expect(macApp(fromMainFrame('file:///Applications/Refurb%20Desk.app/Contents/Resources/app.asar/out/renderer/index.html#/'))).toBe(true);
    expect(macApp(fromMainFrame('file:///applications/refurb%20desk.app/Contents/Resources/app.asar/out/renderer/index.html'))).toBe(false);
  });

  it('still refuses another file, another drive or another folder on Windows', () => {
    const check = windowsApp(nodeUrl);
    expect(check(fromMainFrame('file:///D:/Users/Jo%20Doe/AppData/Local/Programs/Refurb%20Desk/resources/app.asar/out/renderer/index.html'))).toBe(false);
    expect(check(fromMainFrame('file:///C:/Users/Jo%20Doe/Downloads/index.html'))).toBe(false);
    expect(check(fromMainFrame('file:///C:/Users/Jo%20Doe/AppData/Local/Programs/Refurb%20Desk/resources/app.asar/out/renderer/index.html.evil'))).toBe(false);
    expect(check(fromMainFrame('file://evil-host/C:/Users/Jo%20Doe/AppData/Local/Programs/Refurb%20Desk/resources/app.asar/out/renderer/index.html'))).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends each core event to the window as (name, payload) on the event channel', () => {
    const events = new EventBus();
    const target = { isDestroyed: () => false, send: vi.fn() };
    const stop = forwardEvents(events, () => target);
    events.emit('catalogue:changed', { reason: 'import' });
    expect(target.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'catalogue:changed', { reason: 'import' });
    stop();
    events.emit('catalogue:changed', { reason: 'edit' });
    expect(target.send).toHaveBeenCalledOnce();
  });

  it('never lets a throwing send reach the service that emitted the event', () => {
    const events = new EventBus();
    const failing = {
      isDestroyed: () => false,
      send: vi.fn(() => {
        throw new Error('An object could not be cloned.');
      }),
    };
    const log = { error: vi.fn() };
    forwardEvents(events, () => failing, log);
    const afterTheWindow = vi.fn();
    events.subscribe(afterTheWindow);
    expect(() => events.emit('sync:finished', { outcome: 'done' } as never)).not.toThrow();
    expect(failing.send).toHaveBeenCalledOnce();
    expect(afterTheWindow).toHaveBeenCalledOnce();
    expect(log.error).toHaveBeenCalledWith('Could not send the event sync:finished to the window', expect.any(Error));
  });

  it('drops events while there is no live window', () => {
    const events = new EventBus();
    const destroyed = { isDestroyed: () => true, send: vi.fn() };
    forwardEvents(events, () => destroyed);
    forwardEvents(events, () => undefined);
    events.emit('catalogue:changed', { reason: 'delete' });
    expect(destroyed.send).not.toHaveBeenCalled();
  });
});
