// A one-line text that an ellipsis may cut where its box is narrow (a grid cell): while it is cut, its whole text is
// its title, so the merchant reads it on hover. The layout spec accepts an ellipsis only where this is so.
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function CutText({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  // After every render: the text or the column's width may have changed. Written only when it changes, and no layout
  // reads a title: scrolling the grid measures each cell once.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const whole = node.textContent?.trim() ?? '';
    const cut = node.scrollWidth > node.clientWidth + 1;
    const title = cut ? whole : '';
    if (node.title === title) return;
    if (title) node.title = title;
    else node.removeAttribute('title');
  });
  return (
    <span ref={ref} className={className}>
      {children}
    </span>
  );
}
