import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * WCAG 2.5.5 Target Size (AAA, the app's own rule, decision 89): everything a finger taps is at
 * least 44 × 44 CSS px. Excepted, as the criterion excepts them: a link inside running text (a
 * sentence in a paragraph or list item, with text beside it). A radio or checkbox counts by the
 * label around it or naming it (`for`), which is what a finger taps; a hidden file input by its
 * visible button.
 * Only what is shown counts: not in a closed <details> or dialog, not `display: none`.
 */
export const MIN_TARGET = 44;

export interface SmallTarget {
  readonly what: string;
  readonly width: number;
  readonly height: number;
}

export function smallTapTargets(page: Page, min = MIN_TARGET): Promise<SmallTarget[]> {
  return page.evaluate((minimum) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    const small: { what: string; width: number; height: number }[] = [];
    const inRunningText = (el: Element) => {
      if (el.tagName !== 'A') return false;
      const parent = el.closest('p, li, dd, td, figcaption, label');
      if (!parent) return false;
      // Text beside the link inside the same block: the link is part of a sentence.
      return (parent.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    };
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (el instanceof HTMLElement && el.closest('[inert], [aria-hidden="true"]')) continue;
      // A radio or checkbox is tapped by its label (around it, or naming it with `for`).
      const label = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null)) : null;
      const target = label ?? el;
      const box = target.getBoundingClientRect();
      // Not rendered (display: none, a closed <details> or <dialog>, visually hidden file input).
      if (box.width <= 1 || box.height <= 1) continue;
      if (getComputedStyle(target).visibility === 'hidden') continue;
      if (inRunningText(el)) continue;
      if (box.width + 0.5 < minimum || box.height + 0.5 < minimum) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        small.push({ what: `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${name}"`, width: Math.round(box.width), height: Math.round(box.height) });
      }
    }
    return small;
  }, min);
}

/** Fails, naming each one and its size, when something tappable is smaller than 44 × 44 px. */
export async function expectTapTargets(page: Page, label: string): Promise<void> {
  const small = await smallTapTargets(page);
  expect(small.map((s) => `${s.what} ${s.width} × ${s.height}`), `${label}: tap targets under ${MIN_TARGET} × ${MIN_TARGET} px`).toEqual([]);
}
