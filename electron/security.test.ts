// The window lock-down: secure preferences, and the navigation, window.open, webview and permission guards.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  appPageUrl,
  CONTENT_SECURITY_POLICY,
  guardNavigation,
  guardRedirect,
  guardWebContents,
  handleWindowOpen,
  isAppPage,
  isSafeExternalUrl,
  lockDownSession,
  mainWindowOptions,
  secureWebPreferences,
  withContentSecurityPolicy,
  type GuardableContents,
  type GuardableSession,
} from './security';

const APP_URL = appPageUrl(path.resolve('/opt/refurb-desk/out/renderer/index.html'));

const preventable = () => ({ preventDefault: vi.fn() });

describe('window options', () => {
  it('are exactly the secure web preferences', () => {
    expect(secureWebPreferences('/app/out/preload/preload.cjs')).toEqual({
      preload: '/app/out/preload/preload.cjs',
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
    });
  });

  it('create the window hidden until ready, with the secure preferences', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});

describe('isAppPage', () => {
  it('accepts the app page, with its hash routes and query', () => {
    expect(isAppPage(APP_URL, APP_URL)).toBe(true);
    expect(isAppPage(`${APP_URL}#/catalogue`, APP_URL)).toBe(true);
    expect(isAppPage(`${APP_URL}?step=2`, APP_URL)).toBe(true);
  });

  it('refuses look-alikes and other pages', () => {
    expect(isAppPage(`${APP_URL}.evil.html`, APP_URL)).toBe(false);
    expect(isAppPage(APP_URL.replace('index.html', 'other.html'), APP_URL)).toBe(false);
    expect(isAppPage('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppPage('https://www.backmarket.fr/', APP_URL)).toBe(false);
    expect(isAppPage('not a url', APP_URL)).toBe(false);
  });
});

describe('external links', () => {
  it('only https goes to the browser', () => {
    expect(isSafeExternalUrl('https://www.backmarket.fr/dashboard')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-settings:', 'https://user:pw@example.com', 'garbage']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('window.open is always denied; https is opened externally instead', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen({ url: 'https://www.backmarket.fr/help' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.backmarket.fr/help');
  });

  it('window.open of http, file, javascript and custom-scheme URLs is denied and not opened', () => {
    const openExternal = vi.fn();
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:', 'https://user:pw@example.com']) {
      expect(handleWindowOpen({ url }, openExternal), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('a form posted to a new window is denied and not opened, even to https', () => {
    const openExternal = vi.fn();
    const postBody = { data: [{ type: 'rawData', bytes: Buffer.from('token=secret') }], contentType: 'application/x-www-form-urlencoded' };
    expect(handleWindowOpen({ url: 'https://example.com/collect', postBody }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    // Electron reports "no post data" as null.
    expect(handleWindowOpen({ url: 'https://example.com/', postBody: null }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/');
  });
});

describe('navigation guards', () => {
  it('will-navigate to the app page is allowed', () => {
    const event = preventable();
    const openExternal = vi.fn();
    guardNavigation(event, `${APP_URL}#/orders`, APP_URL, openExternal);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('will-navigate to an https page is prevented and opened in the browser', () => {
    const event = preventable();
    const openExternal = vi.fn();
    guardNavigation(event, 'https://evil.example/phish', APP_URL, openExternal);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/phish');
  });

  it('will-navigate to http, file or javascript is prevented and not opened', () => {
    const openExternal = vi.fn();
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', APP_URL.replace('index.html', 'x.html')]) {
      const event = preventable();
      guardNavigation(event, url, APP_URL, openExternal);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('will-redirect off the app page is prevented, even to https, and never opened', () => {
    const outside = preventable();
    guardRedirect(outside, 'https://example.com', APP_URL);
    expect(outside.preventDefault).toHaveBeenCalledOnce();
    const inside = preventable();
    guardRedirect(inside, APP_URL, APP_URL);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('guardWebContents wires every guard to the contents', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let windowOpenHandler: Parameters<GuardableContents['setWindowOpenHandler']>[0] | undefined;
    const contents: GuardableContents = {
      setWindowOpenHandler: (handler) => {
        windowOpenHandler = handler;
      },
      on: (name: string, listener: (...args: never[]) => void) => {
        listeners.set(name, listener as (...args: unknown[]) => void);
        return contents;
      },
    };
    const openExternal = vi.fn();
    guardWebContents(contents, APP_URL, openExternal);

    expect(windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(windowOpenHandler?.({ url: 'https://example.com/form', postBody: { data: [] } })).toEqual({ action: 'deny' });
    const navigate = preventable();
    listeners.get('will-navigate')?.(navigate, 'http://example.com');
    expect(navigate.preventDefault).toHaveBeenCalledOnce();
    const redirect = preventable();
    listeners.get('will-redirect')?.(redirect, 'https://example.com');
    expect(redirect.preventDefault).toHaveBeenCalledOnce();
    const webview = preventable();
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).not.toHaveBeenCalled();

    // The way the renderer sends a link to another site: a denied window, the page handed to the browser.
    expect(windowOpenHandler?.({ url: 'https://www.backmarket.fr/help' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.backmarket.fr/help');
  });
});

describe('session lock-down', () => {
  function fakeSession() {
    const state: {
      request?: Parameters<GuardableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<GuardableSession['setPermissionCheckHandler']>[0];
      headers?: Parameters<GuardableSession['webRequest']['onHeadersReceived']>[0];
    } = {};
    const session: GuardableSession = {
      setPermissionRequestHandler: (handler) => (state.request = handler),
      setPermissionCheckHandler: (handler) => (state.check = handler),
      webRequest: { onHeadersReceived: (listener) => (state.headers = listener) },
    };
    lockDownSession(session, APP_URL);
    return state;
  }

  it('grants no permission request but notifications to the app\'s own page', () => {
    const { request } = fakeSession();
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request?.({}, permission, callback, { requestingUrl: `${APP_URL}#/orders` });
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    const own = vi.fn();
    request?.({}, 'notifications', own, { requestingUrl: `${APP_URL}#/orders` });
    expect(own).toHaveBeenCalledWith(true);
    for (const requestingUrl of ['https://example.com/', APP_URL.replace('index.html', 'other.html'), undefined]) {
      const callback = vi.fn();
      request?.({}, 'notifications', callback, requestingUrl === undefined ? undefined : { requestingUrl });
      expect(callback, String(requestingUrl)).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no, but notifications for the app\'s own page', () => {
    const { check } = fakeSession();
    expect(check?.({}, 'media', 'file://', { requestingUrl: APP_URL })).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', 'file://', {})).toBe(false);
    expect(check?.({}, 'notifications', 'file://', { requestingUrl: APP_URL })).toBe(true);
    expect(check?.({}, 'notifications', 'https://example.com', { requestingUrl: 'https://example.com/' })).toBe(false);
  });

  it('puts the strict CSP on every response, replacing any other', () => {
    const { headers } = fakeSession();
    const callback = vi.fn();
    headers?.({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['kept'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['kept'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('the CSP allows scripts only from the app itself and nothing framed or embedded', () => {
    const policy = withContentSecurityPolicy(undefined)['Content-Security-Policy'];
    expect(policy).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    // No form ever posts anywhere: every form of the app is handled in script, so a form sent to an outside page is refused.
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
