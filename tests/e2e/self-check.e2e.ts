import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import type { Answers, LikertItem } from '../../src/model/instruments/types';
import {
  HISTORY_KEY,
  ITEMS,
  LAPTOP,
  PHONE,
  PROGRESS_KEY,
  TEXTS,
  TOTAL,
  answerAndGoOn,
  answerOf,
  answerRest,
  answersFrom,
  expectResultPage,
  expectStatement,
  fill,
  inFreshContext,
  resultFigures,
  startFromHome,
  storedJson,
  waitForResultPage,
} from './support/self-check-flow';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

describe('a full self-check', () => {
  it('in Dutch on a phone: the result page shows what the model computes (DOOR, fractional scores)', async () => {
    // Low support, high expectations: support 28.125 → 28, expectations 84.375 → 84, DOOR.
    const answers = answersFrom('2442415524321245');
    await inFreshContext(browser, baseURL, { viewport: PHONE, locale: 'nl-NL' }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      // The first statement can be skipped but not gone back from.
      const q = TEXTS.nl.questionnaire;
      expect(await page.getByRole('button', { name: q.previous, exact: true }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: q.skip, exact: true }).waitFor();

      // Every screen shows "n van 16" as well as the progress bar.
      const id = await answerRest(page, 'nl', answers, 0, { visibleProgress: true });
      const expected = await expectResultPage(page, 'nl', answers);
      expect(expected.score.placement).toBe('DOOR');
      expect([expected.support, expected.expectations]).toEqual(['28', '84']);
      await page.getByText(TEXTS.nl.results.firstTime, { exact: true }).waitFor();

      // The finished check is kept as answers, and the progress is gone.
      const history = (await storedJson(page, HISTORY_KEY)) as { state: { results: { id: string; answers: unknown }[] } };
      expect(history.state.results).toEqual([expect.objectContaining({ id, answers })]);
      const progress = (await storedJson(page, PROGRESS_KEY)) as { state: { sessions: Record<string, unknown> } } | null;
      expect(progress?.state.sessions ?? {}).toEqual({});
    });
  });

  it('in English on a laptop: a clear MET pattern reads as MET (WITH)', async () => {
    // Agree with every plus statement, disagree with every minus statement: support 90.625, expectations 87.5.
    const answers = answersFrom('5412411554214215');
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'en-GB' }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'en');
      await expectStatement(page, 'en', 0, { visibleProgress: true });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      await answerRest(page, 'en', answers);
      const expected = await expectResultPage(page, 'en', answers);
      expect(expected.score.placement).toBe('MET');
      expect(expected.placementSentence).toContain('MET');
      expect([expected.support, expected.expectations]).toEqual(['91', '88']);

      const label = expected.quadrantLabel('MET');
      expect(label).toBe('MET (WITH)');
      const { window, radar } = resultFigures(page, 'en');
      // The quadrant label is drawn in the window (its gloss on a line of its own: decision 69)
      // and is the row header in the radar's table.
      const drawn = await window.locator('svg text').evaluateAll((texts) => texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
      expect(drawn).toContain(label);
      await radar.getByRole('rowheader', { name: label, exact: true }).waitFor();
    });
  });

  it('with skipped statements: too few of one keying asks for more; 2 of 4 of each keying is enough', async () => {
    const all = answersFrom('3415243524153242');
    // Three of the four support statements keyed plus (positions 0, 4 and 8).
    const skipped = new Set([0, 4, 8].map((i) => (ITEMS[i] as LikertItem).id));
    expect([...skipped].map((id) => ITEMS.find((item) => item.id === id)?.keying)).toEqual(['plus', 'plus', 'plus']);
    const q = TEXTS.nl.questionnaire;
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      for (let i = 0; i < TOTAL; i++) {
        const item = ITEMS[i] as LikertItem;
        if (!skipped.has(item.id)) {
          await answerAndGoOn(page, 'nl', i, answerOf(all, item));
          continue;
        }
        await expectStatement(page, 'nl', i);
        await page.getByRole('button', { name: q.skip, exact: true }).click();
      }
      // 1 of the 4 plus statements of support is below the rule (2 of each keying): no result yet, and no result saved.
      const alert = page.getByRole('alert').filter({ hasText: fill(q.notEnough, { open: skipped.size }) });
      await alert.waitFor();
      expect(await storedJson(page, HISTORY_KEY)).toBeNull();
      await alert.getByRole('button', { name: q.goToOpen, exact: true }).click();
      await answerAndGoOn(page, 'nl', 0, answerOf(all, ITEMS[0] as LikertItem));
      // Walk to the end; the two statements still open offer Skip.
      for (let i = 1; i < TOTAL - 1; i++) {
        await expectStatement(page, 'nl', i);
        const open = skipped.has((ITEMS[i] as LikertItem).id);
        await page.getByRole('button', { name: open ? q.skip : q.next, exact: true }).click();
      }
      await expectStatement(page, 'nl', TOTAL - 1);
      await page.getByRole('button', { name: q.finish, exact: true }).click();
      await waitForResultPage(page, 'nl');

      // 2 of 4 plus and 4 of 4 minus statements is enough: the mean of the plus mean and the minus mean.
      const given: Answers = Object.fromEntries(Object.entries(all).filter(([id]) => id === ITEMS[0]?.id || !skipped.has(id)));
      expect(Object.keys(given)).toHaveLength(TOTAL - 2);
      await expectResultPage(page, 'nl', given);
    });
  });

  it('a double click on "See my result" saves one result', async () => {
    const answers = answersFrom('4444444444444444');
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      for (let i = 0; i < TOTAL - 1; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
      const group = await expectStatement(page, 'nl', TOTAL - 1);
      await group.getByRole('radio').nth(3).check();
      await page.getByRole('button', { name: TEXTS.nl.questionnaire.finish, exact: true }).dblclick();
      await waitForResultPage(page, 'nl');
      // Everything at "agree" balances out: exactly 50 on both axes, between modes.
      const expected = await expectResultPage(page, 'nl', answers);
      expect(expected.score.placement).toBe('between');
      const history = (await storedJson(page, HISTORY_KEY)) as { state: { results: unknown[] } };
      expect(history.state.results).toHaveLength(1);
      // Back from the result does not reopen a finished questionnaire.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: TEXTS.nl.home.title }).waitFor();
      await page.getByRole('link', { name: TEXTS.nl.home.start, exact: true }).waitFor();
    });
  });
});
