import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { fill, inFreshContext, storedJson } from './support/self-check-flow';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../src/model/instruments/registry';
import { toTextCode } from '../../src/model/codec/result-code';
import type { AnswerValue } from '../../src/model/instruments/types';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * Two facilitator tabs on one device taking codes in at the same moment (the break test lost 79
 * of 198 results this way, while both tabs said "added"): every write is a read–change–write under
 * a Web Lock, so after many simultaneous rounds every result is stored exactly once.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const ROUNDS = 12;
const PER_TAB = 4;

function codes(workshopCode: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const nonce = from + i;
    const answers = Object.fromEntries(SELF_CHECK.items.map((item, j) => [item.id, (((nonce + j) % 5) + 1) as AnswerValue]));
    return toTextCode({ workshopCode, nonce, questionnaires: [{ instrument: SELF_CHECK, answers }] });
  });
}

async function storedCount(page: Page): Promise<number> {
  const stored = (await storedJson(page, 'modusspiegel:workshops')) as { state: { workshops: { results: unknown[] }[] } } | null;
  return stored?.state.workshops[0]?.results.length ?? 0;
}

describe('two tabs', () => {
  it('taking codes in at the same moment, round after round, lose nothing and count nothing twice', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1000, height: 800 } }, async (context) => {
      const a = await context.newPage();
      await a.goto(`${baseURL}/#/workshops`);
      await a.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Twee tabbladen');
      await a.getByRole('button', { name: nlWorkshop.create }).click();
      const code = ((await a.locator('.join-code strong').textContent()) ?? '').replace('-', '').trim();
      const b = await context.newPage();
      await b.goto(a.url());
      await b.locator('.join-code strong').waitFor();

      let next = 1;
      for (let round = 0; round < ROUNDS; round++) {
        const batches = [codes(code, next, PER_TAB), codes(code, next + PER_TAB, PER_TAB)];
        next += 2 * PER_TAB;
        const tabs = [a, b];
        await Promise.all(tabs.map((tab, i) => tab.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(batches[i]?.join('\n') ?? '')));
        // Both buttons pressed at the same wall-clock millisecond, from inside each page.
        const at = Date.now() + 150;
        await Promise.all(
          tabs.map((tab) =>
            tab.getByRole('button', { name: nlWorkshop.pasteButton }).evaluate(
              (button: HTMLButtonElement, when: number) =>
                new Promise<void>((resolve) =>
                  setTimeout(() => {
                    button.click();
                    resolve();
                  }, when - Date.now()),
                ),
              at,
            ),
          ),
        );
        for (const tab of tabs) {
          await tab.getByRole('status', { name: nlWorkshop.outcomeLabel }).getByText(fill(nlWorkshop.summary, { added: PER_TAB, duplicates: 0, refused: 0 })).waitFor();
        }
      }
      await expect.poll(() => storedCount(a)).toBe(ROUNDS * 2 * PER_TAB);
      await a.reload();
      await a.getByText(fill(nlWorkshop.count_other, { count: ROUNDS * 2 * PER_TAB })).first().waitFor();
      expect(await storedCount(b)).toBe(ROUNDS * 2 * PER_TAB);
    });
  });
});
