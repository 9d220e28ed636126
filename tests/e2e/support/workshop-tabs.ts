import type { Page } from 'playwright-core';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../../src/model/instruments/registry';
import { toTextCode } from '../../../src/model/codec/result-code';
import type { AnswerValue } from '../../../src/model/instruments/types';
import nlWorkshop from '../../../locales/nl/workshop.json';
import { storedJson } from './self-check-flow';

/** Real self-check codes for a workshop, one per nonce from `from`, each with other answers. */
export function selfCheckCodes(workshopCode: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const nonce = from + i;
    const answers = Object.fromEntries(SELF_CHECK.items.map((item, j) => [item.id, (((nonce + j) % 5) + 1) as AnswerValue]));
    return toTextCode({ workshopCode, nonce, questionnaires: [{ instrument: SELF_CHECK, answers }] });
  });
}

/** Creates a workshop on the workshops page of `page` (which then shows it) and returns its code. */
export async function createWorkshop(page: Page, baseURL: string, name: string): Promise<string> {
  await page.goto(`${baseURL}/#/workshops`);
  await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill(name);
  await page.getByRole('button', { name: nlWorkshop.create }).click();
  return ((await page.locator('.join-code strong').textContent()) ?? '').replace('-', '').trim();
}

type StoredWorkshops = { state: { workshops: { id: string; name: string; results: unknown[] }[] } } | null;

/** The workshops as stored in localStorage, as the page sees them. */
export async function storedWorkshops(page: Page): Promise<{ id: string; name: string; results: unknown[] }[]> {
  return ((await storedJson(page, 'modusspiegel:workshops')) as StoredWorkshops)?.state.workshops ?? [];
}

/**
 * Fills the origin's localStorage to the last character with one filler key (Chromium counts its
 * quota per origin): from then on, only a write no larger than what it replaces fits.
 */
export async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const key = 'e2e:filler';
    let fits = 0;
    let tooBig = 64 * 1024 * 1024;
    while (tooBig - fits > 1) {
      const size = Math.floor((fits + tooBig) / 2);
      try {
        localStorage.setItem(key, 'x'.repeat(size));
        fits = size;
      } catch {
        tooBig = size;
      }
    }
    localStorage.setItem(key, 'x'.repeat(fits));
    return fits;
  });
}

/** Starts counting the storage events of the workshops key that reach `page` (another tab's writes). */
export async function countWorkshopEvents(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { e2eWorkshopEvents: number };
    w.e2eWorkshopEvents = 0;
    window.addEventListener('storage', (e) => {
      if (e.key === 'modusspiegel:workshops') w.e2eWorkshopEvents += 1;
    });
  });
  return () => page.evaluate(() => (window as unknown as { e2eWorkshopEvents: number }).e2eWorkshopEvents);
}
