import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: the page must not scroll sideways at 320 CSS px, nor
 * at 200 % zoom. Browser zoom halves the CSS viewport and doubles the device pixel ratio, so
 * 200 % of a 1280 × 800 laptop window is a 640 × 400 CSS viewport at deviceScaleFactor 2.
 */
export const NARROW = { width: 320, height: 640 } as const;
export const ZOOM_200 = { width: 640, height: 400 } as const;
export const WIDE = { width: 1280, height: 800 } as const;

export interface Reflow {
  /** How many CSS px the document is wider than the viewport. */
  overflow: number;
  /** The outermost elements that reach past the right edge, for the failure message. */
  offenders: string[];
}

export function measureReflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    // Reported, or inside a box that scrolls or clips on its own (a wide data table in its TableScroll).
    const marked = new Set<Element>();
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.parentElement && marked.has(el.parentElement)) {
        marked.add(el);
        continue;
      }
      if (getComputedStyle(el).overflowX !== 'visible') marked.add(el);
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5) {
        marked.add(el);
        offenders.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right edge at ${box.right.toFixed(0)} px: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return { overflow: document.documentElement.scrollWidth - width, offenders };
  });
}

/** Fails when the page scrolls sideways, naming what sticks out. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { overflow, offenders } = await measureReflow(page);
  expect(overflow, `${label} scrolls sideways by ${overflow} px:\n${offenders.join('\n')}`).toBeLessThanOrEqual(0);
}

/** Lets recharts measure its container and draw: the fonts in, then two frames. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
