import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import {
  ITEMS,
  PHONE,
  PROGRESS_KEY,
  TEXTS,
  answerAndGoOn,
  answerOf,
  answerRest,
  answersFrom,
  expectResultPage,
  expectStatement,
  fill,
  inFreshContext,
  scaleLabel,
  startFromHome,
  storedJson,
} from './support/self-check-flow';
import type { LikertItem } from '../../src/model/instruments/types';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const answers = answersFrom('3452135241524325');
const ANSWERED = 7;
const q = TEXTS.nl.questionnaire;

/** Goes back from statement 8 to statement 1, checking that each earlier answer is still checked. */
async function walkBackAndCheck(page: Page): Promise<void> {
  for (let i = ANSWERED - 1; i >= 0; i--) {
    await page.getByRole('button', { name: q.previous, exact: true }).click();
    const group = await expectStatement(page, 'nl', i, { visibleProgress: true });
    const value = answerOf(answers, ITEMS[i] as LikertItem);
    expect(await group.getByRole('radio', { name: scaleLabel('nl', value), exact: true }).isChecked()).toBe(true);
    expect(await group.getByRole('radio', { checked: true }).count()).toBe(1);
    // An answered statement offers Next, not Skip.
    await page.getByRole('button', { name: q.next, exact: true }).waitFor();
  }
}

/** Forward again from statement 1 to statement 8 with Next only (the answers are there). */
async function walkForward(page: Page): Promise<void> {
  for (let i = 0; i < ANSWERED; i++) {
    await expectStatement(page, 'nl', i);
    await page.getByRole('button', { name: q.next, exact: true }).click();
  }
  await expectStatement(page, 'nl', ANSWERED);
}

describe('resuming an unfinished self-check', () => {
  it('after a reload, and in a new page of the same browser, it continues at statement 8 with every answer kept', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      for (let i = 0; i < ANSWERED; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
      await expectStatement(page, 'nl', ANSWERED);
      // Statement 8 is not answered yet: it offers Skip.
      await page.getByRole('button', { name: q.skip, exact: true }).waitFor();

      const stored = (await storedJson(page, PROGRESS_KEY)) as { state: { sessions: Record<string, { answers: unknown; index: number }> } };
      const sessions = Object.values(stored.state.sessions);
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ index: ANSWERED, answers: Object.fromEntries(ITEMS.slice(0, ANSWERED).map((item) => [item.id, answers[item.id]])) });

      // 1. Reload.
      await page.reload();
      expect(page.url()).toMatch(/#\/self-check$/);
      await expectStatement(page, 'nl', ANSWERED);
      await page.getByText('8 van 16', { exact: true }).waitFor();
      await walkBackAndCheck(page);
      await walkForward(page);

      // 2. Close the page; open a new one in the same browser context, from the home page.
      await page.close();
      const again = await context.newPage();
      await again.goto(`${baseURL}/`);
      await again.getByText(fill(TEXTS.nl.home.resumeProgress, { answered: ANSWERED, total: ITEMS.length }), { exact: true }).waitFor();
      await again.getByRole('link', { name: TEXTS.nl.home.resume, exact: true }).click();
      await expectStatement(again, 'nl', ANSWERED);
      await again.getByText('8 van 16', { exact: true }).waitFor();
      await walkBackAndCheck(again);
      await walkForward(again);

      // 3. And it still finishes with all 16 answers counted.
      await answerRest(again, 'nl', answers, ANSWERED);
      await expectResultPage(again, 'nl', answers);
    });
  });

  it('a new page opened straight on #/self-check resumes too; "start again" clears it after confirmation', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      for (let i = 0; i < ANSWERED; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
      await expectStatement(page, 'nl', ANSWERED);
      await page.close();

      const again = await context.newPage();
      await again.goto(`${baseURL}/#/self-check`);
      await expectStatement(again, 'nl', ANSWERED);
      await walkBackAndCheck(again);

      // "Start again" on the home page asks first, then starts at statement 1 with nothing checked.
      const home = TEXTS.nl.home;
      await again.goto(`${baseURL}/`);
      await again.getByRole('button', { name: home.restart, exact: true }).click();
      const dialog = again.getByRole('dialog', { name: home.restartConfirmTitle, exact: true });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: TEXTS.nl.common.confirm.cancel, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await again.getByText(fill(home.resumeProgress, { answered: ANSWERED, total: ITEMS.length }), { exact: true }).waitFor();
      await again.getByRole('button', { name: home.restart, exact: true }).click();
      await dialog.getByRole('button', { name: home.restartConfirm, exact: true }).click();
      const group = await expectStatement(again, 'nl', 0);
      expect(await group.getByRole('radio', { checked: true }).count()).toBe(0);
      await again.getByRole('button', { name: q.skip, exact: true }).waitFor();
    });
  });
});

