// Owns how the app leaves for another site: a link, window.open or a form aimed at another origin never replaces the
// app's page. Links and window.open go to a new window with no opener — in Electron, main's window-open handler turns
// that into the merchant's browser (https only) — and a form is never sent to another site.

/**
 * The web address `href` (resolved against the app's page, as the browser would) points to when it is an http(s) page
 * on another origin than the app's; undefined otherwise.
 */
export function outsideWebUrl(href: string, appUrl: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href, appUrl);
  } catch {
    return undefined;
  }
  // Other schemes are not ours to route: javascript: is refused by the CSP, mailto: belongs to the OS, and Electron's
  // main refuses every navigation off the app's page anyway.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // The Electron page is file:// (origin "null"), so every web address is outside it.
  return url.origin === new URL(appUrl).origin ? undefined : url;
}

const XLINK = 'http://www.w3.org/1999/xlink';

/** The href of the link (HTML <a>/<area>, or an SVG <a> as charts draw) the event started in, as written. */
function linkHref(target: EventTarget | null): string | undefined {
  // A click on a link's text starts at the text node.
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const link = element?.closest('a, area');
  return link?.getAttribute('href') ?? link?.getAttributeNS(XLINK, 'href') ?? undefined;
}

/** Where a form would be sent, as written: the submit button's formaction if it has one, else the form's action. */
function formActionOf(form: HTMLFormElement, submitter: HTMLElement | null): string {
  // getAttribute, not form.action: a field named "action" shadows that property. No action at all means the page itself.
  return submitter?.getAttribute('formaction') || form.getAttribute('action') || '';
}

/**
 * Makes every way out to another site leave the app's page in place: clicks on links, window.open (whatever target it
 * names, so '_self' cannot replace the app either) and form submissions. Mounted once at start; returns the undo.
 */
export function installExternalLinks(win: Window = window): () => void {
  const originalOpen = win.open;
  const nativeOpen = originalOpen.bind(win);
  // noopener: the other site gets no handle on the app's window (it could otherwise send it elsewhere); noreferrer:
  // it learns nothing of the app's address.
  const openOutside = (url: URL) => nativeOpen(url.href, '_blank', 'noopener,noreferrer');

  const onClick = (event: MouseEvent) => {
    // Middle clicks arrive as auxclick and already open a new tab (a browser) or go to main's window-open handler (Electron).
    if (event.defaultPrevented || event.button !== 0) return;
    const href = linkHref(event.target);
    const url = href === undefined ? undefined : outsideWebUrl(href, win.location.href);
    if (!url) return;
    event.preventDefault();
    openOutside(url);
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    // The app's forms are handled in the page; one addressed to another site would carry the merchant's input there.
    if (outsideWebUrl(formActionOf(form, event.submitter), win.location.href)) event.preventDefault();
  };

  const guardedOpen: Window['open'] = (url, target, features) => {
    const outside = url === undefined || url === '' ? undefined : outsideWebUrl(String(url), win.location.href);
    if (!outside) return nativeOpen(url, target, features);
    openOutside(outside);
    // As window.open does with noopener: the caller gets no handle on the other site's window.
    return null;
  };

  // Capture phase on the window: runs before any handler in the page could stop the event reaching us.
  win.addEventListener('click', onClick, true);
  win.addEventListener('submit', onSubmit, true);
  win.open = guardedOpen;
  return () => {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('submit', onSubmit, true);
    if (win.open === guardedOpen) win.open = originalOpen;
  };
}
