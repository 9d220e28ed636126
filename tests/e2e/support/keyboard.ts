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
