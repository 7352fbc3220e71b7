// The window's lock-down: secure web preferences, the CSP header, and the guards on navigation, new windows,
// webviews and permissions. Pure functions over Electron-shaped objects, so every rule is unit-tested without Electron.
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Same policy as the renderer's <meta> tag and the preview host; the header also covers any response the meta tag cannot. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export type OpenExternal = (url: string) => void;

/** The only preferences the window is created with: the renderer gets no Node, no Electron and no webview. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

export function mainWindowOptions(preloadPath: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Refurb Desk',
    // Shown on ready-to-show, so the merchant never sees an empty white frame.
    show: false,
    backgroundColor: '#f6f7f9',
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The file:// URL of the built renderer page, the one page the window may show. */
export function appPageUrl(indexHtmlPath: string): string {
  return pathToFileURL(indexHtmlPath).href;
}

/**
 * Whether `url` is the app's own page. Compared as parsed URLs (scheme, host, path), not by prefix, so
 * `index.html.evil` or another file in the same folder is not mistaken for it; the hash and query are the page's own routing.
 */
export function isAppPage(url: string, appUrl: string): boolean {
  const candidate = parseUrl(url);
  const own = parseUrl(appUrl);
  if (!candidate || !own) return false;
  return candidate.protocol === own.protocol && candidate.host.toLowerCase() === own.host.toLowerCase() && samePath(candidate, own);
}

/**
 * Paths compared as the file they name, not as text: Chromium writes `file:///C:/Program%20Files/...` while Node's
 * pathToFileURL keeps the drive letter as the current directory had it (`c:` from some terminals) and may encode
 * other characters than Chromium does. Percent-encoding is undone on both sides; a Windows path (`/C:/...`) is
 * compared without case, as Windows itself compares file names. POSIX paths keep their case.
 */
function samePath(candidate: URL, own: URL): boolean {
  if (candidate.protocol !== 'file:') return candidate.pathname === own.pathname;
  const a = decodedPath(candidate.pathname);
  const b = decodedPath(own.pathname);
  if (a === undefined || b === undefined) return false;
  const isWindowsPath = (decoded: string) => /^\/[a-z]:\//i.test(decoded);
  return isWindowsPath(a) && isWindowsPath(b) ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname).replaceAll('\\', '/');
  } catch {
    return undefined;
  }
}

/** Only https goes to the merchant's browser: never file:, javascript:, http: or a custom scheme an OS handler would run. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined && parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** What setWindowOpenHandler is told of a new window; Electron's HandlerDetails satisfies it. */
export interface WindowOpenRequest {
  url: string;
  /** Set when a form with a target sends its fields to the new window. */
  postBody?: unknown;
}

/**
 * setWindowOpenHandler: the app never opens a second window. An https page opens in the merchant's browser instead —
 * the renderer sends every link to another site here (renderer/shell/external-links.ts). A form posting to a new
 * window is not opened: its fields were meant for a page, and the renderer never sends a form to another site.
 */
export function handleWindowOpen({ url, postBody }: WindowOpenRequest, openExternal: OpenExternal): { action: 'deny' } {
  const isFormPost = postBody !== undefined && postBody !== null;
  if (!isFormPost && isSafeExternalUrl(url)) openExternal(url);
  return { action: 'deny' };
}

interface PreventableEvent {
  preventDefault(): void;
}

/**
 * will-navigate: the window stays on the app's page. A link the merchant clicked to an https page (Back Market help,
 * say) opens in their browser; anything else is simply cancelled.
 */
export function guardNavigation(event: PreventableEvent, url: string, appUrl: string, openExternal: OpenExternal): void {
  if (isAppPage(url, appUrl)) return;
  event.preventDefault();
  if (isSafeExternalUrl(url)) openExternal(url);
}

/** will-redirect: a redirect is never the merchant's choice, so one leading off the app's page is cancelled, not opened. */
export function guardRedirect(event: PreventableEvent, url: string, appUrl: string): void {
  if (!isAppPage(url, appUrl)) event.preventDefault();
}

/** The parts of WebContents the guards attach to; Electron's WebContents satisfies it. */
export interface GuardableContents {
  setWindowOpenHandler(handler: (details: WindowOpenRequest) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

/** Applied to every WebContents the app creates (main.ts hooks web-contents-created), not just the main window's. */
export function guardWebContents(contents: GuardableContents, appUrl: string, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler((request) => handleWindowOpen(request, openExternal));
  contents.on('will-navigate', (event, url) => guardNavigation(event, url, appUrl, openExternal));
  contents.on('will-redirect', (event, url) => guardRedirect(event, url, appUrl));
  // webviewTag is off already; preventing the attach as well means a preference slip cannot bring one back.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type ResponseHeaders = Record<string, string | string[]>;

/** The response headers with our CSP in place of any the response carried (case-insensitively, so none survives beside it). */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** The parts of Session the lock-down uses; Electron's Session satisfies it. */
export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin?: string, details?: { requestingUrl?: string }) => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (details: { responseHeaders?: ResponseHeaders }, callback: (response: { responseHeaders: ResponseHeaders }) => void) => void,
    ): void;
  };
}

/** The one permission the app's own page gets: desktop notifications (a new order to accept, a long sync finished). */
const APP_PAGE_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

/**
 * Every permission request is refused — camera, clipboard read, geolocation... — except notifications asked for by the
 * app's own page (`appUrl`); any other page (there should be none) gets nothing.
 */
export function lockDownSession(session: GuardableSession, appUrl: string): void {
  const granted = (permission: string, url: string | undefined) => APP_PAGE_PERMISSIONS.has(permission) && url !== undefined && isAppPage(url, appUrl);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(granted(permission, details?.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => granted(permission, details?.requestingUrl));
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }));
}
