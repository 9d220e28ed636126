import { useEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LoadableChart } from './loadable-charts';

interface WhenNearProps<P> {
  /** The chart's own box, kept free while it waits, so nothing below it moves when it appears. */
  readonly maxWidth: number;
  readonly aspectRatio: number;
  readonly chart: LoadableChart<P>;
  readonly props: P;
}

/** Signs of a reader: from the first of these on, the chart's code is fetched even before it is in view. */
const READER_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Draws a chart once its box comes into view, or when the page is printed. Loading recharts and
 * mounting a chart block the main thread for tens of milliseconds (recharts measures the page and
 * re-renders synchronously while it sets itself up); on a phone the result page's charts are below
 * the first screen, so that work would only make the page slower to respond while it loads.
 *
 * The chart's code is fetched when the box comes into view or at the first sign of a reader
 * (a tap, a key, a scroll), and kept: printing from the browser's menu then draws the chart at
 * once (`beforeprint` with `flushSync`). The app's print buttons wait for `loadAllCharts()` first.
 * Without IntersectionObserver (old browsers, tests in jsdom) it draws as soon as the code is here.
 * The figure around it keeps its text alternative (summary and table) from the start.
 */
export function WhenNear<P extends object>({ maxWidth, aspectRatio, chart, props }: WhenNearProps<P>) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // The code lives in `chart.loaded` (kept for printing); this only asks for a render when it arrives.
  const [, redraw] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (near) return;
    const element = box.current;
    if (!element) return;
    const show = () => setNear(true);
    // Printing does not wait for React: the chart must be on the page before the handler returns.
    const showNow = () => flushSync(show);
    const fetchCode = () => void chart.load();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show());
    observer.observe(element);
    const print = window.matchMedia?.('print');
    print?.addEventListener('change', showNow);
    window.addEventListener('beforeprint', showNow);
    for (const type of READER_EVENTS) window.addEventListener(type, fetchCode, { once: true, passive: true });
    return () => {
      observer.disconnect();
      print?.removeEventListener('change', showNow);
      window.removeEventListener('beforeprint', showNow);
      for (const type of READER_EVENTS) window.removeEventListener(type, fetchCode);
    };
  }, [near, chart]);

  useEffect(() => {
    if (!near || chart.loaded) return;
    let current = true;
    void chart.load().then(() => current && redraw());
    return () => {
      current = false;
    };
  }, [near, chart]);

  const Drawn = near ? chart.loaded : null;
  if (Drawn) return <Drawn {...props} />;
  return <div ref={box} className="chart-waiting" style={{ width: '100%', maxWidth, aspectRatio }} />;
}
