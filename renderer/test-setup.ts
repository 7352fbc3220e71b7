// Prepares every renderer test: translations loaded, the DOM cleaned between tests, UI stores back to their start.
import './i18n';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useCatalogueStore } from './store/catalogue-store';
import { useImportStore } from './store/import-store';

// jsdom lays nothing out: the grid gets its size from `initialRect`, and scrolling is a no-op.
// Scrolling moves scrollTop and tells listeners, as a browser would, so the virtualiser follows the keyboard.
Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
  const top = typeof options === 'number' ? options : options?.top;
  if (top === undefined) return;
  Object.defineProperty(this, 'scrollTop', { value: top, configurable: true, writable: true });
  this.dispatchEvent(new Event('scroll'));
};
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};

afterEach(() => {
  cleanup();
  useCatalogueStore.getState().reset();
  useImportStore.getState().startOver();
  window.location.hash = '';
});
