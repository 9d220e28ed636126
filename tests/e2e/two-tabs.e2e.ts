import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { fill, inFreshContext } from './support/self-check-flow';
import { createWorkshop, selfCheckCodes as codes, storedWorkshops } from './support/workshop-tabs';
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

async function storedCount(page: Page): Promise<number> {
  return (await storedWorkshops(page))[0]?.results.length ?? 0;
}

/** Presses "add these codes" in every tab at the same wall-clock millisecond, from inside each page. */
async function pressAtOnce(tabs: readonly Page[]): Promise<void> {
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
}

async function twoTabsOnOneWorkshop(context: BrowserContext, name: string): Promise<{ tabs: [Page, Page]; code: string }> {
  const a = await context.newPage();
  const code = await createWorkshop(a, baseURL, name);
  const b = await context.newPage();
  await b.goto(a.url());
  await b.locator('.join-code strong').waitFor();
  return { tabs: [a, b], code };
}

describe('two tabs', () => {
  it('taking codes in at the same moment, round after round, lose nothing and count nothing twice', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1000, height: 800 } }, async (context) => {
      const { tabs, code } = await twoTabsOnOneWorkshop(context, 'Twee tabbladen');
      const [a, b] = tabs;

      let next = 1;
      for (let round = 0; round < ROUNDS; round++) {
        const batches = [codes(code, next, PER_TAB), codes(code, next + PER_TAB, PER_TAB)];
        next += 2 * PER_TAB;
        await Promise.all(tabs.map((tab, i) => tab.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(batches[i]?.join('\n') ?? '')));
        await pressAtOnce(tabs);
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

  it('taking the same 10 codes in at the same moment: each tab says what its own write added, 10 in all (issue 18)', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1000, height: 800 } }, async (context) => {
      const { tabs, code } = await twoTabsOnOneWorkshop(context, 'Dezelfde codes');
      const same = codes(code, 500, 10).join('\n');
      await Promise.all(tabs.map((tab) => tab.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(same)));
      await pressAtOnce(tabs);
      // Each summary line, once its write is done: "{added} nieuw opgenomen, {duplicates} al ontvangen, …".
      const summaryPattern = new RegExp(fill(nlWorkshop.summary, { added: '(\\d+)', duplicates: '(\\d+)', refused: '0' }).replace(/\./g, '\\.'));
      const said = await Promise.all(
        tabs.map(async (tab) => {
          const line = tab.getByRole('status', { name: nlWorkshop.outcomeLabel }).locator('p');
          await line.waitFor();
          const [, added, duplicates] = summaryPattern.exec((await line.textContent()) ?? '') ?? [];
          return { added: Number(added), duplicates: Number(duplicates) };
        }),
      );
      expect(said.reduce((sum, s) => sum + s.added, 0)).toBe(10);
      expect(said.reduce((sum, s) => sum + s.duplicates, 0)).toBe(10);
      await expect.poll(() => storedCount(tabs[0])).toBe(10);
    });
  });
});
