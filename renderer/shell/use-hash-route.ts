// The current screen from the URL hash (#/catalogue), so nav items are real links and the file:// build needs no server routing.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentPath = () => window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '');
}

export const hrefOf = (screenId: string) => `#/${screenId}`;

export function navigateTo(screenId: string): void {
  window.location.hash = `/${screenId}`;
}
