// The Electron main process: the composition root of the shell. App lifecycle, the single window, the core services
// bound over IPC, and the startup error the merchant sees when the catalogue cannot be opened.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell, type MenuItemConstructorOptions } from 'electron';
import { createCore, type Core } from './core/app';
import { DEFAULT_SETTINGS } from './core/connection/connection-settings';
import { AppError } from './core/errors';
import { bindContract, createTrustedSenderCheck, forwardEvents } from './ipc';
import { createKeyringOrMemorySecretStore, createSafeStorageSecretStore } from './platform/secret-store';
import { packingSlipPdfHandlers } from './platform/packing-slip-pdf';
import { openElectronSettings } from './platform/settings';
import { appPageUrl, guardWebContents, lockDownSession, mainWindowOptions } from './security';

export const STARTUP_ERROR_TITLE = 'Refurb Desk could not start';

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

export function launch(): void {
  const dataDir = resolveDataDir();
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

  let core: Core | undefined;
  let mainWindow: BrowserWindow | undefined;
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
    teardown.push(bindContract(ipcMain, { ...started.handlers, ...packingSlipPdfHandlers(() => mainWindow) }, createTrustedSenderCheck({ appUrl, currentContents }), console));
    teardown.push(forwardEvents(started.events, currentContents, console));
    mainWindow = createWindow();
  };

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
      dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(error, dataDir));
      app.exit(1);
    });
}

// Imported by tests with 'electron' mocked (no process.versions.electron), launched only inside Electron.
if (process.versions.electron) launch();
