// The main process with Electron mocked: the window is the secure one, every call is bound and guarded, and a startup
// failure shows the merchant's message (no stack) and leaves the catalogue file untouched.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, type CallOutcome } from '../shared/bridge';
import { CALL_NAMES, type Handlers } from '../shared/contract';
import { openDatabase } from './core/db/connection';
import { EventBus } from './core/events';
import { appPageUrl, secureWebPreferences } from './security';

const APP_ROOT = path.resolve('/opt/refurb-desk');

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    appListeners: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    ipcHandlers: new Map<string, Listener>(),
    sessionHandlers: {} as Record<string, Listener>,
    singleInstance: true,
    readyCallbacks: [] as (() => void)[],
  };
  class FakeWindow {
    readonly listeners = new Map<string, Listener>();
    readonly webContents = { id: state.windows.length + 1, send: vi.fn(), isDestroyed: () => false };
    readonly show = vi.fn();
    readonly loadFile = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    isMinimized = () => false;
    focus = vi.fn();
    restore = vi.fn();
  }
  const app = {
    on: vi.fn((name: string, listener: Listener) => state.appListeners.set(name, listener)),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => '/unused/user-data'),
    setPath: vi.fn(),
    getAppPath: vi.fn(() => ''),
    getVersion: vi.fn(() => '1.2.3'),
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => state.singleInstance),
    enableSandbox: vi.fn(),
    setAppUserModelId: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => state.ipcHandlers.delete(channel)),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.sessionHandlers.request = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.sessionHandlers.check = handler),
        webRequest: { onHeadersReceived: (handler: Listener) => (state.sessionHandlers.headers = handler) },
      },
    },
    shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
    safeStorage: { isEncryptionAvailable: () => true, encryptString: (plain: string) => Buffer.from(plain), decryptString: (ciphertext: Buffer) => ciphertext.toString() },
  };
  return { state, electron, FakeWindow };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

/** electron-updater's autoUpdater, replaced: the installed app's updates without a network or a release. */
const updaterFake = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    listeners,
    autoUpdater: {
      autoDownload: false,
      autoInstallOnAppQuit: false,
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      checkForUpdates: vi.fn(async () => undefined),
      quitAndInstall: vi.fn(),
      setFeedURL: vi.fn(),
    },
  };
});
vi.mock('electron-updater', () => ({ autoUpdater: updaterFake.autoUpdater }));

// electron-store would write under the fake userData; the settings adapter has its own test.
vi.mock('./platform/settings', () => ({
  openElectronSettings: vi.fn(async () => ({ get: () => undefined, set: () => undefined, all: () => ({}), reset: () => undefined, path: '' })),
}));

/** The core, with spy services over the real database opener, so the startup checks on the file are the real ones. */
const coreSpy = vi.hoisted(() => ({
  handlers: {} as Record<string, ReturnType<typeof vi.fn>>,
  events: undefined as unknown,
  close: vi.fn(),
  token: 'bWVyY2hhbnQtdG9rZW4tbmV2ZXItbG9nZ2Vk',
}));
vi.mock('./core/app', () => ({
  createCore: vi.fn((options: { dataDir: string }) => {
    const db = openDatabase(path.join(options.dataDir, 'refurb-desk.sqlite'));
    coreSpy.close.mockImplementation(() => db.close());
    const connection = { knownSecrets: () => [coreSpy.token] };
    return { handlers: coreSpy.handlers as unknown as Handlers, events: coreSpy.events, db, close: coreSpy.close, connection };
  }),
}));

const { launch, startupErrorMessage, STARTUP_ERROR_TITLE, menuTemplate, APP_USER_MODEL_ID } = await import('./main');
const { AppError } = await import('./core/errors');

let dataDir: string;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-main-'));
  process.env.REFURB_DATA_DIR = dataDir;
  fake.electron.app.getAppPath.mockReturnValue(APP_ROOT);
  fake.state.appListeners.clear();
  fake.state.ipcHandlers.clear();
  fake.state.windows.length = 0;
  fake.state.sessionHandlers = {};
  fake.state.singleInstance = true;
  coreSpy.handlers = Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(async () => ({ served: name }))]));
  coreSpy.events = new EventBus();
  vi.clearAllMocks();
  // Startup failures and refused senders are logged; keep the test output for real failures.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  fake.state.appListeners.get('will-quit')?.();
  vi.restoreAllMocks();
  delete process.env.REFURB_DATA_DIR;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('launch', () => {
  it('creates one window with the secure preferences, loading the built renderer, shown when ready', async () => {
    launch();
    await flush();
    expect(fake.electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.state.windows).toHaveLength(1);
    const window = fake.state.windows[0]!;
    expect(window.options.webPreferences).toEqual(secureWebPreferences(path.join(APP_ROOT, 'out', 'preload', 'preload.cjs')));
    expect(window.options.show).toBe(false);
    expect(window.loadFile).toHaveBeenCalledWith(path.join(APP_ROOT, 'out', 'renderer', 'index.html'));
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('uses the data folder for the database and for userData', async () => {
    launch();
    await flush();
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fs.existsSync(path.join(dataDir, 'refurb-desk.sqlite'))).toBe(true);
  });

  it('binds every contract call, serving the window and refusing other frames', async () => {
    launch();
    await flush();
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual([...CALL_NAMES].sort());
    const window = fake.state.windows[0]!;
    const appUrl = appPageUrl(path.join(APP_ROOT, 'out', 'renderer', 'index.html'));
    const call = fake.state.ipcHandlers.get('catalogue:get')!;

    const fromWindow = (await call({ sender: window.webContents, senderFrame: { url: appUrl, parent: null } }, { id: 3 })) as CallOutcome;
    expect(fromWindow).toEqual({ ok: true, value: { served: 'catalogue:get' } });
    const fromIframe = (await call({ sender: window.webContents, senderFrame: { url: appUrl, parent: {} } }, { id: 3 })) as CallOutcome;
    const fromElsewhere = (await call({ sender: window.webContents, senderFrame: { url: 'https://evil.example', parent: null } }, { id: 3 })) as CallOutcome;
    expect(fromIframe.ok).toBe(false);
    expect(fromElsewhere.ok).toBe(false);
    expect(coreSpy.handlers['catalogue:get']).toHaveBeenCalledOnce();
  });

  it('forwards core events to the window', async () => {
    launch();
    await flush();
    (coreSpy.events as EventBus).emit('catalogue:changed', { reason: 'edit' });
    expect(fake.state.windows[0]!.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'catalogue:changed', { reason: 'edit' });
  });

  it('denies every permission and guards every new webContents', async () => {
    launch();
    await flush();
    const callback = vi.fn();
    fake.state.sessionHandlers.request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.state.sessionHandlers.check?.({}, 'media', 'file://', {})).toBe(false);

    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    fake.state.appListeners.get('web-contents-created')?.({}, contents);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(openHandler({ url: 'https://www.backmarket.fr' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://www.backmarket.fr');
    expect(contents.on.mock.calls.map(([name]) => name).sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });

  it('closes the core when the app quits', async () => {
    launch();
    await flush();
    fake.state.appListeners.get('will-quit')?.();
    expect(coreSpy.close).toHaveBeenCalledOnce();
    expect(fake.state.ipcHandlers.size).toBe(0);
  });

  it('quits at once when another Refurb Desk already runs', async () => {
    fake.state.singleInstance = false;
    launch();
    await flush();
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('on a catalogue from a newer app: shows its message without a stack, exits, and leaves the file exactly as it was', async () => {
    const file = path.join(dataDir, 'refurb-desk.sqlite');
    const newer = new Database(file);
    newer.exec('create table kept (value text); insert into kept values (\'the merchant data\');');
    newer.pragma('user_version = 999');
    newer.close();
    const digest = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = digest();

    launch();
    await flush();

    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, message] = fake.electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe(STARTUP_ERROR_TITLE);
    expect(message).toMatch(/newer version of Refurb Desk/);
    expect(message).not.toMatch(/\n\s+at |Error:/);
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
    // The detail goes to the log, for support.
    expect(console.error).toHaveBeenCalledWith('Startup failed', expect.objectContaining({ fileVersion: 999 }));
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.ipcHandlers.size).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    expect(digest()).toBe(before);
  });
});

describe('the desktop parts: Windows identity, error log, updates', () => {
  const trusted = () => {
    const window = fake.state.windows[0]!;
    return { sender: window.webContents, senderFrame: { url: appPageUrl(path.join(APP_ROOT, 'out', 'renderer', 'index.html')), parent: null } };
  };
  const call = async (name: string, input: unknown = {}) => (await fake.state.ipcHandlers.get(name)!(trusted(), input)) as CallOutcome;

  it("on Windows, names the app with electron-builder's appId, so notifications say Refurb Desk", async () => {
    const appId = /^appId:\s*(\S+)$/m.exec(fs.readFileSync(path.resolve('electron-builder.yml'), 'utf8'))?.[1];
    expect(APP_USER_MODEL_ID).toBe(appId);
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    try {
      launch();
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    await flush();
    expect(fake.electron.app.setAppUserModelId).toHaveBeenCalledWith('com.refurbdesk.app');
  });

  it('logs a renderer crash, opens the log from Settings, and puts it in the support bundle without the token', async () => {
    coreSpy.handlers['activity:export'] = vi.fn(async () => ({ fileName: 'support.json', content: JSON.stringify({ app: { version: '1.2.3' } }) }));
    launch();
    await flush();
    fake.state.appListeners.get('render-process-gone')?.({}, {}, { reason: 'crashed', exitCode: 139 });
    fake.state.appListeners.get('render-process-gone')?.({}, {}, { reason: 'clean-exit', exitCode: 0 });
    fake.state.appListeners.get('child-process-gone')?.({}, { type: 'GPU', reason: 'oom', exitCode: 5, name: `GPU ${coreSpy.token}` });

    expect(await call('errorLog:info')).toEqual({ ok: true, value: { available: true, entries: 2, lastAt: expect.any(String) } });
    expect(await call('errorLog:open')).toEqual({ ok: true, value: { opened: true } });
    expect(fake.electron.shell.showItemInFolder).toHaveBeenCalledWith(path.join(dataDir, 'logs', 'refurb-desk-errors.log'));

    const bundle = await call('activity:export');
    const content = bundle.ok ? (bundle.value as { content: string }).content : '';
    const parsed = JSON.parse(content) as { app: unknown; errorLog: { kind: string; message: string }[] };
    expect(parsed.app).toEqual({ version: '1.2.3' });
    expect(parsed.errorLog.map((entry) => entry.kind)).toEqual(['renderer-gone', 'child-process-gone']);
    expect(parsed.errorLog[0]?.message).toContain('crashed');
    expect(content).not.toContain(coreSpy.token);
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'refurb-desk-errors.log'), 'utf8')).not.toContain(coreSpy.token);
  });

  it('answers the update calls: unavailable in a developer checkout, with nothing to restart into', async () => {
    launch();
    await flush();
    expect(await call('updates:state')).toMatchObject({ ok: true, value: { status: 'unavailable' } });
    expect(await call('updates:restart', { unsavedWork: false })).toEqual({ ok: true, value: { restarting: false, blockedBy: 'not-ready' } });
  });
});

describe('updates in the installed app', () => {
  afterEach(() => {
    fake.electron.app.isPackaged = false;
  });

  it('offers the downloaded update to the window and restarts into it only when no sync runs', async () => {
    fake.electron.app.isPackaged = true;
    let syncRunning = true;
    coreSpy.handlers['sync:state'] = vi.fn(async () => ({ running: syncRunning ? { step: 'sending' } : null, lastRun: null, pendingChanges: 0, openTasks: 0 }));
    launch();
    await flush();
    await flush();
    expect(updaterFake.autoUpdater.autoDownload).toBe(true);
    const window = fake.state.windows[0]!;
    const trusted = { sender: window.webContents, senderFrame: { url: appPageUrl(path.join(APP_ROOT, 'out', 'renderer', 'index.html')), parent: null } };
    updaterFake.listeners.get('update-downloaded')?.({ version: '9.9.9' });
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'updates:changed', expect.objectContaining({ status: 'ready', version: '9.9.9' }));

    const restart = fake.state.ipcHandlers.get('updates:restart')!;
    expect(await restart(trusted, { unsavedWork: false })).toEqual({ ok: true, value: { restarting: false, blockedBy: 'sync' } });
    syncRunning = false;
    expect(await restart(trusted, { unsavedWork: true })).toEqual({ ok: true, value: { restarting: false, blockedBy: 'unsaved-work' } });
    expect(await restart(trusted, { unsavedWork: false })).toEqual({ ok: true, value: { restarting: true, blockedBy: null } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(updaterFake.autoUpdater.quitAndInstall).toHaveBeenCalledWith(false, true);
  });
});

describe('startupErrorMessage', () => {
  it("uses an AppError's own message", () => {
    expect(startupErrorMessage(new AppError('unavailable', 'Install the latest Refurb Desk.'), '/data')).toBe('Install the latest Refurb Desk.');
  });

  it('turns anything else into a plain message naming the folder, never the error or its stack', () => {
    const error = new Error('SQLITE_CANTOPEN: unable to open database file');
    const message = startupErrorMessage(error, '/home/shop/.config/Refurb Desk');
    expect(message).toContain('/home/shop/.config/Refurb Desk');
    expect(message).toContain('Nothing was deleted');
    expect(message).not.toContain('SQLITE_CANTOPEN');
    expect(message).not.toContain(error.stack!.split('\n')[1]!.trim());
  });
});

describe('menuTemplate', () => {
  it('offers developer tools only when unpackaged', () => {
    const roles = (packaged: boolean) => JSON.stringify(menuTemplate('linux', packaged));
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('editMenu');
  });
});
