// The Electron main process: the composition root of the shell. App lifecycle, the single window, the core services
// bound over IPC, and the startup error the merchant sees when the catalogue cannot be opened.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell, type MenuItemConstructorOptions } from 'electron';
import { createCore, type Core } from './core/app';
import { DEFAULT_SETTINGS } from './core/connection/connection-settings';
import { AppError } from './core/errors';
import type { Handlers } from '../shared/contract';
import { bindContract, createTrustedSenderCheck, forwardEvents } from './ipc';
import { desktopHandlers } from './platform/desktop-handlers';
import { createErrorLog, recordProcessErrors, withErrorLog, type ErrorLog } from './platform/error-log';
import { createKeyringOrMemorySecretStore, createSafeStorageSecretStore } from './platform/secret-store';
import { packingSlipPdfHandlers } from './platform/packing-slip-pdf';
import { openElectronSettings } from './platform/settings';
import { createUpdateController, type UpdateController, type UpdaterLike } from './platform/updater';
import { appPageUrl, guardWebContents, lockDownSession, mainWindowOptions } from './security';

export const STARTUP_ERROR_TITLE = 'Refurb Desk could not start';
/**
 * electron-builder.yml's appId. On Windows the app's notifications and taskbar entry are grouped under this id; without
 * it they show "electron.app.refurb-desk" (scripts/packaging.test.ts keeps the two the same).
 */
export const APP_USER_MODEL_ID = 'com.refurbdesk.app';

/** What the merchant reads when startup fails: an AppError's own message, otherwise a plain one. Never a stack trace. */
export function startupErrorMessage(error: unknown, dataDir: string): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error && /NODE_MODULE_VERSION|dlopen/.test(error.message)) {
    // Only a developer checkout gets here (a package is built for Electron): say which command fixes it.
    return 'The database engine was built for another runtime. Run "npm start", which rebuilds it for Electron, and try again.';
  }
  return (
    `Refurb Desk could not open your catalogue in ${dataDir}. Nothing was deleted or changed. ` +
    'Restart your computer and try again; if it happens again, contact support and mention this folder.'
  );
}

/** A small menu: the edit roles keep copy/paste shortcuts working in fields on macOS; developer items only unpackaged. */
export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    platform === 'darwin' ? { role: 'appMenu' } : { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...developerItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
}

/** The data folder: userData, unless REFURB_DATA_DIR names another (the end-to-end tests give each test a fresh one). */
function resolveDataDir(): string {
  const override = process.env.REFURB_DATA_DIR;
  if (override) {
    const dataDir = path.resolve(override);
    // Chromium's own data, electron-store and the single-instance lock follow, so two test runs never share state.
    app.setPath('userData', dataDir);
    return dataDir;
  }
  return app.getPath('userData');
}

/** electron-updater's autoUpdater in an installed app; none in a developer checkout (npm start), which has no feed. */
async function loadUpdater(errorLog: ErrorLog): Promise<UpdaterLike | undefined> {
  if (!app.isPackaged) return undefined;
  try {
    const { autoUpdater } = await import('electron-updater');
    return autoUpdater as unknown as UpdaterLike;
  } catch (error) {
    errorLog.record('startup-failed', error, 'electron-updater could not be loaded; updates are unavailable');
    return undefined;
  }
}

/** Crashes of the window's renderer and of Chromium's helper processes, into the error log (a clean exit is not one). */
function recordProcessCrashes(errorLog: ErrorLog): void {
  app.on('render-process-gone', (_event, _contents, details) => {
    if (details.reason === 'clean-exit') return;
    errorLog.record('renderer-gone', `The window's page stopped: ${details.reason}`, `exit code ${details.exitCode}`);
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    errorLog.record('child-process-gone', `A ${details.type} process stopped: ${details.reason}`, `exit code ${details.exitCode}${details.name ? `, ${details.name}` : ''}`);
  });
}

export function launch(): void {
  const dataDir = resolveDataDir();
  let core: Core | undefined;
  // First of all, so even a failed startup leaves its trace; the token is taken out of every entry.
  const errorLog = createErrorLog({ dataDir, secrets: () => core?.connection.knownSecrets() ?? [] });
  // Only inside Electron: a test that calls launch() must not take over its runner's own uncaught-error handling.
  if (process.versions.electron) recordProcessErrors(process, errorLog);
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  if (!app.requestSingleInstanceLock()) {
    // Another Refurb Desk already has this catalogue open; it is brought to the front by its second-instance handler.
    app.quit();
    return;
  }
  app.enableSandbox();

  const appRoot = app.getAppPath();
  const indexHtml = path.join(appRoot, 'out', 'renderer', 'index.html');
  const preload = path.join(appRoot, 'out', 'preload', 'preload.cjs');
  const appUrl = appPageUrl(indexHtml);
  // electronegativity: OPEN_EXTERNAL_JS_CHECK — only security.ts calls this, and only for a URL that isSafeExternalUrl
  // accepted (https, no credentials); every other scheme is refused before it gets here.
  const openExternal = (url: string) => {
    shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url} in the browser`, error));
  };

  let mainWindow: BrowserWindow | undefined;
  let updates: UpdateController | undefined;
  const teardown: (() => void)[] = [];

  const createWindow = () => {
    const window = new BrowserWindow(mainWindowOptions(preload));
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    window.loadFile(indexHtml).catch((error: unknown) => {
      console.error('Could not load the renderer', error);
      dialog.showErrorBox(STARTUP_ERROR_TITLE, "Refurb Desk's screens could not be loaded. Reinstall Refurb Desk; your catalogue is not affected.");
    });
    return window;
  };

  const start = async () => {
    // A failure here (a catalogue from a newer app, a locked file) lands in the catch below: the stack goes to the
    // log, the merchant gets the message, and the database file is left exactly as it was.
    const settings = await openElectronSettings({ defaults: DEFAULT_SETTINGS });
    // The token: encrypted by the system keyring in its own file; if the keyring cannot encrypt, memory until quit.
    const secrets = createKeyringOrMemorySecretStore(createSafeStorageSecretStore({ dataDir, safeStorage }));
    const started = await createCore({ dataDir, shell: 'electron', version: app.getVersion(), settings, secrets });
    core = started;
    lockDownSession(session.defaultSession, appUrl);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.isPackaged)));
    const currentContents = () => mainWindow?.webContents;
    teardown.push(forwardEvents(started.events, currentContents, console));
    const updateController = createUpdateController({
      updater: await loadUpdater(errorLog),
      settings,
      env: process.env,
      isSyncRunning: async () => (await started.handlers['sync:state']({})).running !== null,
      onChange: (state) => started.events.emit('updates:changed', state),
      log: { error: (message, detail) => errorLog.record('update-failed', detail ?? message, message) },
    });
    updates = updateController;
    const handlers: Handlers = {
      ...started.handlers,
      ...packingSlipPdfHandlers(() => mainWindow),
      ...desktopHandlers({ updates: updateController, errorLog, showItemInFolder: (fullPath) => shell.showItemInFolder(fullPath) }),
      // The support bundle carries the error log too, the token taken out again.
      'activity:export': async (input) => withErrorLog(await started.handlers['activity:export'](input), errorLog, started.connection.knownSecrets()),
    };
    teardown.push(bindContract(ipcMain, handlers, createTrustedSenderCheck({ appUrl, currentContents }), console));
    mainWindow = createWindow();
    updateController.start();
  };

  recordProcessCrashes(errorLog);
  // Every WebContents, not only the main window's, gets the navigation, window.open and webview guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl, openExternal));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    // macOS keeps the app in the dock until Quit; the core stays open for the next window.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && !mainWindow) mainWindow = createWindow();
  });
  app.on('will-quit', () => {
    updates?.stop();
    for (const stop of teardown.splice(0)) stop();
    // The database closes and the sandbox marketplace saves synchronously inside close(); the rest may finish or not.
    Promise.resolve(core?.close()).catch((error: unknown) => console.error('Closing the core failed', error));
    core = undefined;
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Startup failed', error);
      errorLog.record('startup-failed', error);
      dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(error, dataDir));
      app.exit(1);
    });
}

// Imported by tests with 'electron' mocked (no process.versions.electron), launched only inside Electron.
if (process.versions.electron) launch();
