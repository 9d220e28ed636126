import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A data table that may be wider than a 320 px phone (or a page at 400 % zoom) scrolls inside
 * this box, never the whole page: WCAG 1.4.10 lets a data table keep its two dimensions. Only
 * while it overflows is the box a named region in the tab order, so a keyboard can scroll it
 * (arrow keys) and a screen reader hears what it holds; otherwise it adds no tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="table-scroll" {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      {children}
    </div>
  );
}
