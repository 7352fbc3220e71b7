// Opens a mapping screen at the right place: a problem's link carries ?focus=<key>, and the row marked
// data-focus-key=<key> gets keyboard focus (its first control) once it is on screen. Rows of a category's attributes
// arrive after the screen itself, so the row is looked for a little while before giving up.
import { useEffect } from 'react';
import { useHashParams } from '../../shell/use-hash-route';

const CONTROL = 'input, select, textarea, button';
const LOOK_FOR_MS = 3000;
const EVERY_MS = 100;

function focusRow(key: string): boolean {
  const row = [...document.querySelectorAll<HTMLElement>('[data-focus-key]')].find((element) => element.dataset.focusKey === key);
  if (!row) return false;
  // A closed <details> hides the control: open it first.
  for (let details = row.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  row.scrollIntoView({ block: 'center' });
  (row.matches(CONTROL) ? row : row.querySelector<HTMLElement>(CONTROL))?.focus();
  return true;
}

export function useFocusTarget(ready: boolean): string | undefined {
  const { focus } = useHashParams();
  useEffect(() => {
    if (!ready || !focus) return;
    if (focusRow(focus)) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (focusRow(focus) || Date.now() - started > LOOK_FOR_MS) clearInterval(timer);
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [ready, focus]);
  return focus;
}
