import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import {
  HISTORY_KEY,
  ITEMS,
  PHONE,
  PROGRESS_KEY,
  QUARANTINE_PREFIX,
  TEXTS,
  answerAndGoOn,
  answerOf,
  answerRest,
  answersFrom,
  expectResultPage,
  expectStatement,
  inFreshContext,
  startFromHome,
  storedJson,
  storedKeys,
} from './support/self-check-flow';
import type { LikertItem } from '../../src/model/instruments/types';
import { CURRENT_SELF_CHECK } from '../../src/model/instruments/registry';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const storage = TEXTS.nl.common.storage;
const answers = answersFrom('4152435241323425');

/** Puts raw values into localStorage before the app's first load only (not on later reloads). */
async function seedOnce(context: BrowserContext, values: Record<string, string>): Promise<void> {
  await context.addInitScript((seed: Record<string, string>) => {
    if (localStorage.getItem('e2e:seeded') !== null) return;
    localStorage.setItem('e2e:seeded', '1');
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, values);
}

/** Collects uncaught errors of a page: none may happen, whatever is in storage. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function alertWith(page: Page, text: string) {
  return page.getByRole('alert').filter({ hasText: text });
}

async function quarantined(page: Page, key: string): Promise<Record<string, string | null>> {
  const keys = (await storedKeys(page)).filter((k) => k.startsWith(`${QUARANTINE_PREFIX}${key}`));
  return page.evaluate((ks) => Object.fromEntries(ks.map((k) => [k, localStorage.getItem(k)])), keys);
}

describe('corrupted storage', () => {
  it('broken JSON in the history: kept aside, the user told, and a new self-check still works', async () => {
    const broken = '{"state":{"results":[{"id":"x", truncated';
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      await seedOnce(context, { [HISTORY_KEY]: broken });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${baseURL}/`);
      await page.getByRole('heading', { level: 1, name: TEXTS.nl.home.title }).waitFor();

      const alert = alertWith(page, storage.corrupted);
      await alert.waitFor();
      // The raw value is kept, byte for byte, under a quarantine key.
      const kept = await quarantined(page, HISTORY_KEY);
      expect(Object.values(kept)).toEqual([broken]);

      // The notice offers the kept value as a download, unchanged.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        alert.getByRole('button', { name: storage.corruptedDownload, exact: true }).click(),
      ]);
      expect(await readFile(await download.path(), 'utf8')).toBe(broken);

      await alert.getByRole('button', { name: storage.dismiss, exact: true }).click();
      await expect.poll(() => alertWith(page, storage.corrupted).count()).toBe(0);

      // A new self-check can be done and is saved as valid history.
      await page.getByRole('link', { name: TEXTS.nl.home.start, exact: true }).click();
      const id = await answerRest(page, 'nl', answers);
      await expectResultPage(page, 'nl', answers);
      const history = (await storedJson(page, HISTORY_KEY)) as { state: { results: { id: string }[] } };
      expect(history.state.results.map((r) => r.id)).toEqual([id]);

      // After a reload the history is readable again: no notice, the result is there, the copy still kept.
      await page.reload();
      await expectResultPage(page, 'nl', answers);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(Object.values(await quarantined(page, HISTORY_KEY))).toEqual([broken]);
      expect(errors).toEqual([]);
    });
  });

  it('one damaged result in the history is kept aside alone; every other result stays on the page', async () => {
    const result = (id: string, day: number) => ({ id, instrumentId: 'self-check', instrumentVersion: CURRENT_SELF_CHECK.version, answers, completedAt: `2026-11-${day}T10:00:00.000Z` });
    // A statement the questionnaire never asked: before issue 18 this one entry hid both others.
    const damaged = { ...result('damaged', 12), answers: { ...answers, x99: 5 } };
    const seeded = JSON.stringify({ state: { results: [result('earlier', 10), damaged, result('later', 14)] }, version: 2 });
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      await seedOnce(context, { [HISTORY_KEY]: seeded });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${baseURL}/#/history`);
      await alertWith(page, storage.corrupted).waitFor();
      const list = page.getByRole('list', { name: TEXTS.nl.history.listTitle, exact: true });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
      const history = (await storedJson(page, HISTORY_KEY)) as { state: { results: { id: string }[] } };
      expect(history.state.results.map((r) => r.id).sort()).toEqual(['earlier', 'later']);
      const kept = Object.values(await quarantined(page, HISTORY_KEY)).map((raw) => JSON.parse(raw ?? '') as unknown);
      expect(kept).toEqual([{ state: { results: [damaged] }, version: 2 }]);
      expect(errors).toEqual([]);
    });
  });

  it('progress that is valid JSON but not ours is kept aside and the check starts at statement 1', async () => {
    const wrongShape = JSON.stringify({ state: { sessions: { self: { index: -3, answers: { s01: 9 } } } }, version: 2 });
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      await seedOnce(context, { [PROGRESS_KEY]: wrongShape });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${baseURL}/#/self-check`);
      await alertWith(page, storage.corrupted).waitFor();
      await expectStatement(page, 'nl', 0);
      expect(Object.values(await quarantined(page, PROGRESS_KEY))).toEqual([wrongShape]);
      await answerAndGoOn(page, 'nl', 0, answerOf(answers, ITEMS[0] as LikertItem));
      await expectStatement(page, 'nl', 1);
      expect(errors).toEqual([]);
    });
  });
});

describe('storage that does not take writes', () => {
  it('a full storage (QuotaExceededError) does not stop the questionnaire and tells the user', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      await context.addInitScript(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await startFromHome(page, baseURL, 'nl');
      await answerAndGoOn(page, 'nl', 0, answerOf(answers, ITEMS[0] as LikertItem));
      await expectStatement(page, 'nl', 1);

      const alert = alertWith(page, storage.full);
      await alert.waitFor();
      // The notice is shown once, not once per answer.
      await answerAndGoOn(page, 'nl', 1, answerOf(answers, ITEMS[1] as LikertItem));
      await expectStatement(page, 'nl', 2);
      expect(await alert.count()).toBe(1);

      // The questionnaire goes on to a result, kept in memory for this visit.
      await answerRest(page, 'nl', answers, 2);
      await expectResultPage(page, 'nl', answers);
      expect(await storedKeys(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('storage that cannot be opened at all (private mode) still lets the check be done, with a notice', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await startFromHome(page, baseURL, 'nl');
      await alertWith(page, storage.unavailable).waitFor();
      await answerRest(page, 'nl', answers);
      await expectResultPage(page, 'nl', answers);
      expect(errors).toEqual([]);
    });
  });
});
