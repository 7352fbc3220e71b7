// The current screen from the URL hash (#/catalogue), so nav items are real links and the file:// build needs no server routing.
// A screen may take parameters after "?" (#/mapping-attributes?section=offer): a link can open a screen at the right place.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash.replace(/^#\/?/, '');
const currentPath = () => currentHash().split('?')[0] ?? '';
const currentQuery = () => currentHash().split('?')[1] ?? '';

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '');
}

/** The parameters of the current screen's hash, e.g. { section: 'offer', field: 'brand' }. */
export function useHashParams(): Record<string, string> {
  const query = useSyncExternalStore(subscribe, currentQuery, () => '');
  return Object.fromEntries(new URLSearchParams(query));
}

export const hrefOf = (screenId: string, params?: Record<string, string>) => {
  const query = params && Object.keys(params).length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${screenId}${query}`;
};

export function navigateTo(screenId: string, params?: Record<string, string>): void {
  window.location.hash = hrefOf(screenId, params).slice(1);
}
