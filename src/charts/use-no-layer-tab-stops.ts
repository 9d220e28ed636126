import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps recharts' z-index layers out of the tab order. recharts 3 draws each layer as a bare
 * `<g>` that it fills through a React portal; React 19 listens for focus events on every portal
 * container, and Chromium makes an SVG element with focus listeners focusable. Without this, Tab
 * stopped on five unnamed, invisible layers in every window chart (found by keyboard-flows.e2e.ts).
 */
export function useNoLayerTabStops(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const mark = () => {
      for (const layer of root.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])')) layer.setAttribute('tabindex', '-1');
    };
    mark();
    // recharts adds a layer when a chart first needs it, after its first drawing.
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
