import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What has focus: its tag, type, name, value, checked state, text and accessible label. */
export interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
  /** aria-label, else the text of its first <label>. */
  label: string;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return { tag: 'body', type: '', name: '', value: '', checked: false, text: '', label: '' };
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      name: el.name ?? '',
      value: el.value ?? '',
      checked: Boolean(el.checked),
      text: (el.textContent ?? '').trim(),
      label: (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, key = 'Tab', max = 40): Promise<Focused> {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`${what} not reached with ${max} × ${key}; focus is on ${JSON.stringify(await focused(page))}`);
}

export const isButton = (label: string) => (f: Focused) => f.tag === 'button' && f.text === label;
export const isLink = (label: string) => (f: Focused) => f.tag === 'a' && f.text === label;
export const isField = (label: string) => (f: Focused) => ['input', 'select', 'textarea'].includes(f.tag) && f.label === label;

/** Tabs to the button or link named `label` and presses Enter. */
export async function activate(page: Page, label: string, kind: 'button' | 'link' = 'button'): Promise<void> {
  // As a keyboard user does, start tabbing once the control is on the screen: a lazily loaded page
  // can take longer than 40 presses on a busy machine (seen in CI).
  await page.getByRole(kind, { name: label, exact: true }).first().waitFor();
  await tabTo(page, kind === 'button' ? isButton(label) : isLink(label), `${kind} "${label}"`);
  await page.keyboard.press('Enter');
}

/** Waits until a radio button has focus (the questionnaires put it on a statement's answers). */
export async function expectFocusOnRadio(page: Page): Promise<Focused> {
  await expect.poll(async () => (await focused(page)).type, { timeout: 3000 }).toBe('radio');
  return focused(page);
}

/**
 * Answers the statement whose radio has focus with the keyboard only: Space checks the focused
 * answer, then `steps` × ArrowRight moves the choice on. Returns the chosen value.
 */
export async function answerByKeys(page: Page, steps: number): Promise<string> {
  const start = await expectFocusOnRadio(page);
  if (!start.checked) await page.keyboard.press('Space');
  for (let n = 0; n < steps; n++) await page.keyboard.press('ArrowRight');
  const now = await focused(page);
  expect(now).toMatchObject({ type: 'radio', name: start.name, checked: true });
  return now.value;
}

/**
 * Every control on the screen can be reached with Tab: the visible links, buttons, fields and
 * focusable boxes (a radio group counts once: Tab stops at one of its radios, arrows move within
 * it). Tabs through the page once and fails naming each control it never reached, and each tab
 * stop that is none of them (an unnamed, invisible element in the tab order).
 */
export async function expectTabReachesEveryControl(page: Page, label: string): Promise<void> {
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    const all = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => {
      if (el.matches(':disabled') || el.closest('[inert]') || el.tabIndex < 0) return false;
      const style = getComputedStyle(el);
      // checkVisibility: not inside a closed <details> either (its content is skipped, not hidden).
      return el.getClientRects().length > 0 && style.visibility !== 'hidden' && el.checkVisibility();
    });
    const keys = new Map<string, string>();
    all.forEach((el, i) => {
      const key = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : `el:${i}`;
      el.dataset.e2eTab = key;
      if (!keys.has(key)) keys.set(key, `<${el.tagName.toLowerCase()}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`);
    });
    return [...keys.entries()];
  });
  const wanted = new Map(controls);
  const reached = new Set<string>();
  // Tab stops that are none of the controls: an invisible or unnamed element in the tab order.
  const stray = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let n = 0; n < wanted.size * 2 + 10 && reached.size < wanted.size; n++) {
    await page.keyboard.press('Tab');
    const { key, what } = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | SVGElement | null;
      if (!el || el === document.body) return { key: '', what: '' };
      return { key: el.dataset.e2eTab ?? '', what: `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">` };
    });
    if (key) reached.add(key);
    else if (what) stray.add(what);
  }
  const missed = [...wanted].filter(([key]) => !reached.has(key)).map(([, what]) => what);
  expect(missed, `${label}: not reachable with Tab`).toEqual([]);
  expect([...stray], `${label}: Tab stops on something that is not a control`).toEqual([]);
}

/**
 * WCAG 2.4.11 Focus Not Obscured: Tab (or Shift+Tab) `presses` times; after each, some part of the
 * focused element must be on screen and not under anything else (a sticky bar, a banner). Probes
 * a 5 × 5 grid of points of its box with elementFromPoint. Fails naming the hidden ones.
 */
export async function expectFocusNeverHidden(page: Page, presses: number, key = 'Tab'): Promise<void> {
  const hidden: string[] = [];
  for (let n = 0; n < presses; n++) {
    await page.keyboard.press(key);
    const verdict = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return '';
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) {
          const x = box.left + ((i + 0.5) / 5) * box.width;
          const y = box.top + ((j + 0.5) / 5) * box.height;
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === el || el.contains(hit) || hit.contains(el))) return '';
        }
      }
      const over = document.elementFromPoint(Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1), Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1));
      return `<${el.tagName.toLowerCase()}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" at ${box.top.toFixed(0)}–${box.bottom.toFixed(0)} px, under <${over?.tagName.toLowerCase()} class="${over?.getAttribute('class') ?? ''}">`;
    });
    if (verdict) hidden.push(`${key} ${n + 1}: ${verdict}`);
  }
  expect(hidden, 'focused elements entirely hidden').toEqual([]);
}
