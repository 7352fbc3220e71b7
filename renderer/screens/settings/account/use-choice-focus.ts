// Where keyboard focus goes after a review choice. The choice's buttons are disabled while main records it, and the row
// leaves the list once the review is read again: without this, focus falls to the page's body and the merchant working
// by keyboard starts again from the top. It moves to the next row's first choice, or to the review's heading when no
// row follows; a button still there (a choice for every row, a choice that failed) gets focus back. When the last choice
// takes the whole review away, focus goes to the heading of the section that held it.
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

interface Chosen {
  /** The button pressed: focused again when it is still in the page. */
  trigger: HTMLElement;
  /** The keys of the rows listed after the chosen one when it was pressed, in order. */
  following: readonly string[];
}

interface ChoiceFocusOptions {
  /** Holds the rows, each `tr[data-choice]` naming its key. */
  section: RefObject<HTMLElement | null>;
  /** Focused when no row follows the chosen one (it needs tabIndex -1). */
  heading: RefObject<HTMLElement | null>;
  /** The keys of the rows listed now, in order. */
  keys: readonly string[] | undefined;
  /** The decision's state: focus moves only once main has answered. */
  deciding: boolean;
  /** The review is being read again: focus waits for the rows it gives. */
  reading: boolean;
  /** Focused when the review itself leaves the page while it holds focus or a choice is pending (tabIndex -1). */
  outer?: RefObject<HTMLElement | null>;
}

const rowButton = (section: HTMLElement | null, key: string): HTMLElement | undefined => {
  const row = [...(section?.querySelectorAll<HTMLElement>('tr[data-choice]') ?? [])].find((element) => element.dataset.choice === key);
  return row?.querySelector<HTMLElement>('button:not(:disabled)') ?? undefined;
};

export function useChoiceFocus({ section, heading, keys, deciding, reading, outer }: ChoiceFocusOptions) {
  const chosen = useRef<Chosen | null>(null);

  /** Called as a choice is made: `key` is the chosen row's, or undefined for a choice made for every row. */
  const choosing = useCallback(
    (trigger: HTMLElement, key?: string) => {
      const listed = keys ?? [];
      const index = key === undefined ? -1 : listed.indexOf(key);
      chosen.current = { trigger, following: index < 0 ? [] : listed.slice(index + 1) };
    },
    [keys],
  );

  useEffect(() => {
    const pending = chosen.current;
    if (!pending || deciding) return;
    if (pending.trigger.isConnected) {
      // The row is still listed until the review is read again; a button that stays (or a choice that failed) is
      // focused again once its row's fate is known.
      if (reading) return;
      chosen.current = null;
      pending.trigger.focus();
      return;
    }
    chosen.current = null;
    const next = pending.following.map((key) => rowButton(section.current, key)).find((button) => button !== undefined);
    (next ?? heading.current)?.focus();
  }, [keys, deciding, reading, section, heading]);

  // A layout effect's cleanup runs before the review's elements leave the page: whether focus is inside is still known.
  useLayoutEffect(() => {
    const review = section.current;
    return () => {
      const active = document.activeElement;
      const lost = active === null || active === document.body;
      const held = (review !== null && review.contains(active)) || (chosen.current !== null && lost);
      chosen.current = null;
      if (held) queueMicrotask(() => outer?.current?.focus());
    };
  }, [section, outer]);

  return choosing;
}
