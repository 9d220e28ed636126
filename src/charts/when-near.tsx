import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface WhenNearProps {
  /** The chart's own box, kept free while it waits, so nothing below it moves when it appears. */
  readonly maxWidth: number;
  readonly aspectRatio: number;
  readonly children: ReactNode;
}


/**
 * Draws its chart once the chart's box comes into view, or when the page is printed. Mounting a
 * recharts chart blocks the main thread for tens of milliseconds (it measures the page and
 * re-renders synchronously while it sets itself up); on a phone the result page's charts are
 * below the first screen, so that work would only make the page slower to respond while it
 * loads. Without IntersectionObserver (old browsers, tests in jsdom) it draws at once.
 * The figure around it keeps its text alternative (summary and table) from the start.
 */
export function WhenNear({ maxWidth, aspectRatio, children }: WhenNearProps) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    const show = () => setNear(true);
    // Printing does not wait for React: the chart must be on the page before the handler returns.
    const showNow = () => flushSync(show);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show());
    observer.observe(element);
    const print = window.matchMedia?.('print');
    print?.addEventListener('change', showNow);
    window.addEventListener('beforeprint', showNow);
    return () => {
      observer.disconnect();
      print?.removeEventListener('change', showNow);
      window.removeEventListener('beforeprint', showNow);
    };
  }, [near]);
  if (near) return <>{children}</>;
  return <div ref={box} className="chart-waiting" style={{ width: '100%', maxWidth, aspectRatio }} />;
}
