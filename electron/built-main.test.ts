// The bundle Electron really loads — out/main/main.cjs, as esbuild built it — run under Node with a stand-in 'electron'
// module, and driven over a fake IPC that passes every argument and every result through structuredClone, as
// Electron's IPC does. Catches what unit tests of the TypeScript cannot: a dependency the bundle fails to load, a
// handler result that cannot cross IPC (a function, a class instance), a Uint8Array upload, undefined vs a missing key.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutcome } from '../shared/bridge';
import { EVENT_CHANNEL } from '../shared/bridge';
import { CALL_NAMES } from '../shared/contract';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'out', 'main', 'main.cjs');
type Listener = (...args: unknown[]) => unknown;

/** Electron as far as main.cjs uses it, recording what the app asked for. */
function standInElectron(dataDir: string) {
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const sent: unknown[][] = [];
  const windows: { options: Record<string, unknown>; loaded: string[] }[] = [];
  const webContents = {
    id: 1,
    isDestroyed: () => false,
    // Events cross IPC too: a payload that cannot be cloned throws here, as in Electron.
    send: (channel: string, ...args: unknown[]) => sent.push([channel, ...structuredClone(args)]),
  };
  class BrowserWindow {
    readonly webContents = webContents;
    readonly record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      windows.push(this.record);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    show() {}
    isDestroyed = () => false;
    async loadFile(file: string) {
      this.record.loaded.push(file);
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      on: (name: string, listener: Listener) => appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => dataDir,
      setPath: () => undefined,
      getAppPath: () => root,
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => true,
      enableSandbox: () => undefined,
      setAppUserModelId: () => undefined,
      quit: () => undefined,
      exit: (code: number) => {
        throw new Error(`The app exited with code ${code}`);
      },
    },
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => {
        throw new Error(`${title}: ${message}`);
      },
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
      on: () => undefined,
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    shell: { openExternal: async () => undefined, showItemInFolder: () => undefined },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain).reverse(),
      decryptString: (cipher: Buffer) => Buffer.from(cipher).reverse().toString(),
    },
  };
  return { electron, appListeners, handlers, sent, windows, webContents };
}

let dataDir: string;
let stand: ReturnType<typeof standInElectron>;
const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleInternals._load;

/** ipcRenderer.invoke → ipcMain.handle, with Electron's structured clone on the way in and on the way back. */
async function invoke(channel: string, input: unknown): Promise<CallOutcome> {
  const handler = stand.handlers.get(channel);
  if (!handler) throw new Error(`No handler registered for '${channel}'`);
  const appUrl = new URL(`file://${path.join(root, 'out', 'renderer', 'index.html')}`).href;
  const event = { sender: stand.webContents, senderFrame: { url: `${appUrl}#/settings`, parent: null } };
  const result = await handler(event, structuredClone(input));
  return structuredClone(result) as CallOutcome;
}

/** The newest source the bundle is built from: a bundle older than it is rebuilt first, so the test never runs a stale one. */
function newestSourceTime(): number {
  let newest = 0;
  for (const folder of ['electron', 'shared']) {
    for (const entry of fs.readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

beforeAll(async () => {
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newestSourceTime()) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-main.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:main failed:\n${build.stderr}`);
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb built main '));
  process.env.REFURB_DATA_DIR = dataDir;
  stand = standInElectron(dataDir);
  moduleInternals._load = function load(request: string, ...rest: unknown[]) {
    return request === 'electron' ? stand.electron : originalLoad.call(this, request, ...rest);
  };
  const main = createRequire(import.meta.url)(bundle) as { launch: () => void };
  main.launch();
  for (let attempt = 0; attempt < 100 && stand.windows.length === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20));
});

afterAll(async () => {
  stand.appListeners.get('will-quit')?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  moduleInternals._load = originalLoad;
  delete process.env.REFURB_DATA_DIR;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('out/main/main.cjs under Node with a stand-in electron', () => {
  it('opens one secure window on the built renderer and binds every contract call', () => {
    expect(stand.windows).toHaveLength(1);
    const webPreferences = stand.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: path.join(root, 'out', 'preload', 'preload.cjs') });
    expect(stand.windows[0]!.loaded).toEqual([path.join(root, 'out', 'renderer', 'index.html')]);
    expect([...stand.handlers.keys()].sort()).toEqual([...CALL_NAMES].sort());
  });

  it('answers calls whose results survive a structured clone', async () => {
    expect(await invoke('app:info', {})).toEqual({ ok: true, value: { version: '0.1.0', shell: 'electron' } });
    const status = await invoke('connection:status', {});
    expect(status).toMatchObject({ ok: true, value: { mode: 'none' } });
    expect(await invoke('updates:state', {})).toMatchObject({ ok: true, value: { status: 'unavailable' } });
    expect(await invoke('errorLog:info', {})).toEqual({ ok: true, value: { available: true, entries: 0, lastAt: null } });
  });

  it('writes settings through electron-store into the data folder', async () => {
    expect(await invoke('preferences:setLanguage', { language: 'nl' })).toEqual({ ok: true, value: { language: 'nl' } });
    expect(await invoke('preferences:get', {})).toEqual({ ok: true, value: { language: 'nl' } });
    const settingsFile = fs.readdirSync(dataDir).find((name) => name.endsWith('.json') && fs.readFileSync(path.join(dataDir, name), 'utf8').includes('"nl"'));
    expect(settingsFile, 'a settings file holding the language').toBeDefined();
  });

  it('takes an upload as a Uint8Array, as a cloned Buffer arrives', async () => {
    const bytes = new TextEncoder().encode('productNumber;title\nP-1;Phone\n');
    const staged = await invoke('files:stage', { name: 'catalogue.csv', bytes });
    expect(staged).toMatchObject({ ok: true, value: { sizeBytes: bytes.byteLength } });
    const fromBuffer = await invoke('files:stage', { name: 'catalogue.csv', bytes: Buffer.from(bytes) });
    expect(fromBuffer).toMatchObject({ ok: true, value: { sizeBytes: bytes.byteLength } });
  });

  it('treats a key set to undefined like a missing one, and refuses what cannot be parsed', async () => {
    expect(await invoke('connection:useSandbox', {})).toMatchObject({ ok: true, value: { mode: 'sandbox' } });
    const created = await invoke('catalogue:save', { id: undefined, product: { productNumber: 'P-1', title: 'Phone', stock: undefined, price: 199 } });
    expect(created).toMatchObject({ ok: true, value: { productNumber: 'P-1', title: 'Phone', price: 199 } });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const updated = await invoke('catalogue:save', { id, product: { productNumber: 'P-1', title: 'Phone 2' } });
    expect(updated).toMatchObject({ ok: true, value: { id, title: 'Phone 2' } });
    expect(await invoke('catalogue:get', { id: 'seven' })).toMatchObject({ ok: false, failure: { code: 'invalid-input' } });
    expect(await invoke('catalogue:get', { id, extra: undefined })).toMatchObject({ ok: false, failure: { code: 'invalid-input' } });
  });

  it('pushes events to the window through a structured clone', async () => {
    await invoke('updates:setEnabled', { enabled: false });
    expect(stand.sent).toContainEqual([EVENT_CHANNEL, 'updates:changed', expect.objectContaining({ status: 'unavailable', enabled: false })]);
    expect(stand.sent).toContainEqual([EVENT_CHANNEL, 'catalogue:changed', expect.objectContaining({ reason: 'edit' })]);
  });
});
