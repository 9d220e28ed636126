import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../src/model/instruments/registry';
import { scoreAnswers } from '../../src/model/scoring/score';
import { movementBetween } from '../../src/model/scoring/movement';
import {
  HISTORY_KEY,
  LAPTOP,
  PROGRESS_KEY,
  TEXTS,
  answerRest,
  answersFrom,
  bodyRows,
  expectResultPage,
  fill,
  inFreshContext,
  resultFigures,
  startFromHome,
  storedJson,
} from './support/self-check-flow';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const r = TEXTS.nl.results;
const h = TEXTS.nl.history;
// First a DOOR pattern, then a MET pattern: a clear movement to the right.
const first = answersFrom('2442415524321245');
const second = answersFrom('5412411554214215');

/** "+63" as the app writes a signed whole number, in the page's own Intl. */
function signed(page: Page, value: number): Promise<string> {
  return page.evaluate((v) => new Intl.NumberFormat('nl', { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(v), value);
}

async function storedIds(page: Page): Promise<string[]> {
  const stored = (await storedJson(page, HISTORY_KEY)) as { state: { results: { id: string }[] } } | null;
  return stored?.state.results.map((x) => x.id) ?? [];
}

describe('history', () => {
  it('after two checks shows the earlier one and the movement; deletes one after confirmation; erases everything', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      const firstId = await answerRest(page, 'nl', first);
      await expectResultPage(page, 'nl', first);
      await page.getByText(r.firstTime, { exact: true }).waitFor();

      // Second check, started from the result page.
      await page.getByRole('link', { name: r.again, exact: true }).click();
      const secondId = await answerRest(page, 'nl', second);
      expect(secondId).not.toBe(firstId);
      await expectResultPage(page, 'nl', second);

      // The movement sentence, from the model.
      const movement = movementBetween(scoreAnswers(SELF_CHECK, first), scoreAnswers(SELF_CHECK, second));
      if (!movement) throw new Error('no movement');
      const sizes = { one: Math.ceil(movement.needed.support), both: Math.ceil(movement.needed.both) };
      expect(sizes).toEqual({ one: 27, both: 19 });
      const sentence = [
        fill(r.movement.change, { since: r.movement.sinceLast, support: await signed(page, movement.support), expectations: await signed(page, movement.expectations) }),
        movement.reliable ? r.movement.moved : r.movement.notMoved,
        fill(r.movement.rule, sizes),
      ].join(' ');
      const earlier = page.getByRole('region', { name: r.historyTitle, exact: true });
      await earlier.getByText(sentence, { exact: true }).waitFor();
      expect(await page.getByText(r.firstTime, { exact: true }).count()).toBe(0);

      // Both checks are listed: this one marked as current, the earlier one as a link.
      const items = earlier.getByRole('listitem');
      expect(await items.count()).toBe(2);
      const current = earlier.locator('[aria-current="page"]');
      expect(await current.textContent()).toContain(r.current);
      expect(await current.textContent()).toContain(TEXTS.nl.modes.MET.name);
      const link = earlier.getByRole('link');
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe(`#/result/${firstId}`);
      expect(await link.textContent()).toContain(TEXTS.nl.modes.DOOR.name);

      // The window table has a column for last time, with the first check's numbers.
      const { window } = resultFigures(page, 'nl');
      const table = window.getByRole('table', { name: r.windowTableCaption, exact: true });
      const headers = await table.locator('thead th').allTextContents();
      expect(headers).toHaveLength(2);
      expect(headers[1]).toMatch(new RegExp(`^${r.previous.split('(')[0]?.trim()} \\(`));
      expect((await bodyRows(table)).map((row) => row[2])).toEqual(['28', '84', TEXTS.nl.modes.DOOR.name]);
      // The earlier result opens from the link, itself with no earlier one.
      await link.click();
      await page.waitForURL(new RegExp(`#/result/${firstId}$`));
      await expectResultPage(page, 'nl', first);
      await page.getByText(r.firstTime, { exact: true }).waitFor();

      // History page: two results, newest first.
      await page.getByRole('link', { name: r.allResults, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: h.pageTitle }).waitFor();
      const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: new RegExp(TEXTS.nl.modes.MET.name) }) });
      const listItems = list.getByRole('listitem');
      await expect.poll(() => listItems.count()).toBe(2);
      expect(await listItems.nth(0).getByRole('link').getAttribute('href')).toBe(`#/result/${secondId}`);
      expect(await listItems.nth(1).getByRole('link').getAttribute('href')).toBe(`#/result/${firstId}`);

      // Delete the older one: first cancel, then confirm.
      const deleteOlder = listItems.nth(1).getByRole('button');
      expect(await deleteOlder.getAttribute('aria-label')).toMatch(new RegExp(`^${h.deleteLabel.split('{{')[0]}`));
      await deleteOlder.click();
      const dialog = page.getByRole('dialog', { name: h.deleteConfirmTitle, exact: true });
      await dialog.waitFor();
      // Cancel has focus, so Enter never deletes by accident.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TEXTS.nl.common.confirm.cancel);
      await dialog.getByRole('button', { name: TEXTS.nl.common.confirm.cancel, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await listItems.count()).toBe(2);
      expect(await storedIds(page)).toEqual([secondId, firstId]);

      await deleteOlder.click();
      await dialog.waitFor();
      await dialog.getByRole('button', { name: h.deleteConfirm, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('status').getByText(h.deleted, { exact: true }).waitFor();
      await expect.poll(() => listItems.count()).toBe(1);
      expect(await listItems.nth(0).getByRole('link').getAttribute('href')).toBe(`#/result/${secondId}`);
      expect(await storedIds(page)).toEqual([secondId]);

      // Escape closes the dialog without erasing.
      await page.getByRole('button', { name: h.deleteAll, exact: true }).click();
      const eraseDialog = page.getByRole('dialog', { name: h.deleteAllConfirmTitle, exact: true });
      await eraseDialog.waitFor();
      await page.keyboard.press('Escape');
      await eraseDialog.waitFor({ state: 'hidden' });
      expect(await storedIds(page)).toEqual([secondId]);

      // An unfinished check, to see that "erase everything" takes it too.
      await page.goto(`${baseURL}/#/self-check`);
      await page.getByRole('radio', { name: TEXTS.nl.instrument.answerScales.agreement['4'], exact: true }).check();
      await page.getByRole('button', { name: TEXTS.nl.questionnaire.next, exact: true }).waitFor();
      await page.goto(`${baseURL}/#/history`);
      await page.getByRole('heading', { level: 1, name: h.pageTitle }).waitFor();

      await page.getByRole('button', { name: h.deleteAll, exact: true }).click();
      await eraseDialog.waitFor();
      await eraseDialog.getByRole('button', { name: h.deleteAllConfirm, exact: true }).click();
      await eraseDialog.waitFor({ state: 'hidden' });
      await page.getByRole('status').getByText(h.deletedAll, { exact: true }).waitFor();
      await page.getByText(h.empty).waitFor();
      expect(await storedIds(page)).toEqual([]);
      const progress = (await storedJson(page, PROGRESS_KEY)) as { state: { sessions: Record<string, unknown> } } | null;
      expect(progress?.state.sessions ?? {}).toEqual({});

      // After a reload, still empty; the home page offers a fresh start, not a resume.
      await page.reload();
      await page.getByText(h.empty).waitFor();
      await page.goto(`${baseURL}/`);
      await page.getByRole('link', { name: TEXTS.nl.home.start, exact: true }).waitFor();
      expect(await page.getByRole('link', { name: TEXTS.nl.home.resume, exact: true }).count()).toBe(0);
    });
  });

  // Found by this test: the stores used to read localStorage only at start-up, so a second tab
  // open before a check was finished in the first wrote its older list over it. They now re-read
  // a key when another tab writes it (src/stores/sync-tabs.ts).
  it('finishing a check in a second open tab keeps the result finished in the first tab', { timeout: 30_000 }, async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const tabB = await context.newPage();
      await tabB.goto(`${baseURL}/#/history`);
      await tabB.getByRole('heading', { level: 1, name: h.pageTitle }).waitFor();

      const tabA = await context.newPage();
      // Headless Chromium throttles a tab in the background: bring each tab to the front to use it.
      await tabA.bringToFront();
      await startFromHome(tabA, baseURL, 'nl');
      const idA = await answerRest(tabA, 'nl', first);
      expect(await storedIds(tabA)).toEqual([idA]);

      await tabB.bringToFront();
      // The open history in tab B has picked up tab A's result without a reload.
      await tabB.getByRole('list').getByRole('listitem').first().waitFor();
      expect(await tabB.getByText(h.empty).count()).toBe(0);
      await tabB.getByRole('link', { name: TEXTS.nl.common.nav.selfCheck, exact: true }).click();
      const idB = await answerRest(tabB, 'nl', second);
      expect((await storedIds(tabB)).sort()).toEqual([idA, idB].sort());
    });
  });
});

