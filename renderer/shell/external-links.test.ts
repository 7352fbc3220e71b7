// The way out to another site: links, window.open and forms aimed at another origin never replace the app's page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installExternalLinks, outsideWebUrl } from './external-links';

const OUTSIDE = 'https://www.backmarket.fr/help';
const NEW_TAB = ['_blank', 'noopener,noreferrer'] as const;

describe('outsideWebUrl', () => {
  const preview = 'http://127.0.0.1:5173/#/settings';
  const electron = 'file:///opt/refurb-desk/out/renderer/index.html#/settings';

  it('names http(s) pages on another origin', () => {
    expect(outsideWebUrl(OUTSIDE, preview)?.href).toBe(OUTSIDE);
    expect(outsideWebUrl('http://example.com/', preview)?.href).toBe('http://example.com/');
    expect(outsideWebUrl('//example.com/x', preview)?.href).toBe('http://example.com/x');
    // Another port of the same machine is another origin.
    expect(outsideWebUrl('http://127.0.0.1:8080/', preview)?.href).toBe('http://127.0.0.1:8080/');
    // From the Electron page every web address is outside.
    expect(outsideWebUrl(OUTSIDE, electron)?.href).toBe(OUTSIDE);
  });

  it("leaves the app's own addresses and other schemes alone", () => {
    for (const href of ['#/catalogue', '/', '?step=2', 'http://127.0.0.1:5173/#/orders', '', 'mailto:ops@atelier.example', 'javascript:alert(1)', 'data:text/html,x', 'blob:http://127.0.0.1:5173/1']) {
      expect(outsideWebUrl(href, preview), href).toBeUndefined();
    }
    for (const href of ['#/catalogue', 'index.html', 'file:///etc/passwd', 'http://[broken']) {
      expect(outsideWebUrl(href, electron), href).toBeUndefined();
    }
  });
});

describe('installExternalLinks', () => {
  const originalOpen = window.open;
  const nativeOpen = vi.fn<Window['open']>(() => null);
  let uninstall: () => void;
  let submitted: { defaultPrevented: boolean } | undefined;
  const recordSubmit = (event: Event) => {
    submitted = { defaultPrevented: event.defaultPrevented };
    // jsdom cannot send a form; the record above is all the test needs.
    event.preventDefault();
  };

  beforeEach(() => {
    nativeOpen.mockClear();
    window.open = nativeOpen;
    uninstall = installExternalLinks(window);
    submitted = undefined;
    // Bubbling on the window: runs after the module's capture listener has had its say.
    window.addEventListener('submit', recordSubmit);
  });

  afterEach(() => {
    window.removeEventListener('submit', recordSubmit);
    uninstall();
    window.open = originalOpen;
    document.body.replaceChildren();
  });

  function place(html: string): HTMLElement {
    document.body.insertAdjacentHTML('beforeend', html);
    return document.body.lastElementChild as HTMLElement;
  }

  /** Clicks like a mouse would and says whether the page's own navigation would have gone ahead. */
  function click(target: EventTarget, init: MouseEventInit = {}): boolean {
    let wentAhead = false;
    const record = (event: Event) => {
      wentAhead = !event.defaultPrevented;
      // jsdom cannot follow a link to another document; what would have happened is recorded above.
      event.preventDefault();
    };
    window.addEventListener('click', record);
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
    window.removeEventListener('click', record);
    return wentAhead;
  }

  it.each(['', '_self', '_top', '_blank', '_parent'])('a link to another site (target "%s") opens apart, with no opener', (target) => {
    const link = place(`<a href="${OUTSIDE}"${target ? ` target="${target}"` : ''}>Help</a>`);
    expect(click(link)).toBe(false);
    expect(nativeOpen).toHaveBeenCalledExactlyOnceWith(OUTSIDE, ...NEW_TAB);
  });

  it("a click on the link's text or an image inside it counts", () => {
    const link = place(`<a href="${OUTSIDE}"><span>Open <b>Back Market</b></span><img alt=""></a>`);
    expect(click(link.querySelector('b')?.firstChild as Text)).toBe(false);
    expect(click(link.querySelector('img') as Element)).toBe(false);
    expect(nativeOpen).toHaveBeenCalledTimes(2);
  });

  it('SVG links, as charts draw them, with href or xlink:href', () => {
    const chart = place(
      `<svg><a href="${OUTSIDE}"><rect id="modern"></rect></a><a xlink:href="https://example.com/old"><rect id="legacy"></rect></a></svg>`,
    );
    expect(click(chart.querySelector('#modern') as Element)).toBe(false);
    expect(click(chart.querySelector('#legacy') as Element)).toBe(false);
    expect(nativeOpen.mock.calls).toEqual([
      [OUTSIDE, ...NEW_TAB],
      ['https://example.com/old', ...NEW_TAB],
    ]);
  });

  it("the app's own links, mail links and other clicks go ahead untouched", () => {
    const nav = place('<nav><a href="#/catalogue">Catalogue</a><a href="mailto:ops@atelier.example">Mail</a><a>No address</a><button>Save</button></nav>');
    for (const element of nav.children) expect(click(element), element.outerHTML).toBe(true);
    expect(nativeOpen).not.toHaveBeenCalled();
  });

  it('a middle click is left to the browser, which opens a tab of its own', () => {
    const link = place(`<a href="${OUTSIDE}">Help</a>`);
    expect(click(link, { button: 1 })).toBe(true);
    expect(nativeOpen).not.toHaveBeenCalled();
  });

  it('the app cannot be told to stop listening: a handler that stops the click in the page comes too late', () => {
    const link = place(`<a href="${OUTSIDE}"><span>Help</span></a>`);
    link.addEventListener('click', (event) => event.stopPropagation(), true);
    expect(click(link.querySelector('span') as Element)).toBe(false);
    expect(nativeOpen).toHaveBeenCalledOnce();
  });

  it.each([undefined, '_blank', '_self', '_top', 'refurb-desk'])('window.open of another site (target %s) opens apart and hands back nothing', (target) => {
    expect(window.open(OUTSIDE, target)).toBeNull();
    expect(window.open(new URL(OUTSIDE), target, 'popup')).toBeNull();
    expect(nativeOpen.mock.calls).toEqual([
      [OUTSIDE, ...NEW_TAB],
      [OUTSIDE, ...NEW_TAB],
    ]);
  });

  it("window.open of the app's own page or of nothing is passed through as asked", () => {
    window.open('#/orders', '_self');
    window.open();
    window.open('', 'print');
    expect(nativeOpen.mock.calls).toEqual([['#/orders', '_self', undefined], [undefined, undefined, undefined], ['', 'print', undefined]]);
  });

  it.each([
    ['a form addressed to another site', `<form action="${OUTSIDE}" method="post"><input name="token"><button>Send</button></form>`],
    ['a submit button sending elsewhere', `<form><button formaction="${OUTSIDE}" formtarget="_blank">Send</button></form>`],
    ['a form whose "action" field hides its address', `<form action="${OUTSIDE}"><input name="action" value="save"><button>Send</button></form>`],
  ])('%s is not sent', (_case, html) => {
    const form = place(html) as HTMLFormElement;
    form.requestSubmit(form.querySelector('button'));
    expect(submitted).toEqual({ defaultPrevented: true });
    expect(nativeOpen).not.toHaveBeenCalled();
  });

  it("the app's own forms are left to their handlers", () => {
    const form = place('<form><input name="sku"><button>Save</button></form>') as HTMLFormElement;
    form.requestSubmit(form.querySelector('button'));
    expect(submitted).toEqual({ defaultPrevented: false });
  });

  it('undoing restores window.open and stops intercepting', () => {
    uninstall();
    expect(window.open).toBe(nativeOpen);
    expect(click(place(`<a href="${OUTSIDE}">Help</a>`))).toBe(true);
    expect(nativeOpen).not.toHaveBeenCalled();
  });
});
