// The Sync button's keyboard accelerator: Ctrl+Shift+S, or Cmd+Shift+S on a Mac; listened for on the whole window so
// it works from any screen, and named the platform's way in the tooltip and in aria-keyshortcuts.
import { useEffect, useRef } from 'react';

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface Shortcut {
  /** As the merchant reads it: "Ctrl+Shift+S" or "⌘⇧S". */
  label: string;
  /** As aria-keyshortcuts spells it. */
  aria: string;
}

export const syncShortcut = (mac = isMac()): Shortcut => (mac ? { label: '⌘⇧S', aria: 'Meta+Shift+S' } : { label: 'Ctrl+Shift+S', aria: 'Control+Shift+S' });

export function isSyncShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac = isMac()): boolean {
  const command = mac ? event.metaKey : event.ctrlKey;
  // event.code: the S key wherever the layout puts its letter; key: layouts where the S key types another letter.
  return command && event.shiftKey && !event.altKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's');
}

export function useSyncShortcut(onShortcut: () => void): void {
  const handler = useRef(onShortcut);
  handler.current = onShortcut;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !isSyncShortcut(event)) return;
      event.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
