import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { focused, isButton, tabTo } from './support/keyboard';
import {
  HISTORY_KEY,
  ITEMS,
  LAPTOP,
  TEXTS,
  TOTAL,
  answerOf,
  answersFrom,
  expectResultPage,
  expectStatement,
  inFreshContext,
  storedJson,
  waitForResultPage,
} from './support/self-check-flow';
import type { LikertItem } from '../../src/model/instruments/types';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const q = TEXTS.nl.questionnaire;

/** The app puts focus on the statement's answers when it appears (the checked one, else the first). */
async function expectFocusOnAnswers(page: Page, index: number): Promise<void> {
  const item = ITEMS[index] as LikertItem;
  await expect.poll(async () => {
    const f = await focused(page);
    return f.tag === 'input' && f.type === 'radio' && f.name === item.id;
  }, { timeout: 2000 }).toBe(true);
}

/** Chooses a value with the keyboard: Space checks the focused (first) radio, arrows move the choice. */
async function chooseWithKeys(page: Page, index: number, value: number): Promise<void> {
  const item = ITEMS[index] as LikertItem;
  const f = await focused(page);
  if (!f.checked) await page.keyboard.press('Space');
  let current = Number((await focused(page)).value);
  while (current !== value) {
    await page.keyboard.press(current < value ? 'ArrowRight' : 'ArrowLeft');
    current = Number((await focused(page)).value);
  }
  const now = await focused(page);
  expect(now).toMatchObject({ name: item.id, value: String(value), checked: true });
}


describe('keyboard only', () => {
  it('starts on the home page, answers all 16 statements, goes back once and reaches the result', async () => {
    const answers = answersFrom('4213524135241352');
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.getByRole('heading', { level: 1, name: TEXTS.nl.home.title }).waitFor();

      // The first Tab reaches the skip link; then on to the start link.
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe(TEXTS.nl.common.skipToContent);
      await tabTo(page, (f) => f.tag === 'a' && f.text === TEXTS.nl.home.start, 'the start link');
      await page.keyboard.press('Enter');

      for (let i = 0; i < TOTAL; i++) {
        const value = answerOf(answers, ITEMS[i] as LikertItem);
        await expectStatement(page, 'nl', i);
        await expectFocusOnAnswers(page, i);
        await chooseWithKeys(page, i, value);

        if (i === 2) {
          // Once: back to statement 2, and forward again. From the answers, one Tab reaches Next
          // (the way forward comes first, decision 91); Previous is the Tab after it.
          await page.keyboard.press('Tab');
          expect(await focused(page)).toMatchObject({ tag: 'button', text: q.next });
          await tabTo(page, isButton(q.previous), 'Previous', 'Tab', 1);
          await page.keyboard.press('Enter');
          await expectStatement(page, 'nl', 1);
          await expectFocusOnAnswers(page, 1);
          // Focus lands on the checked answer of statement 2.
          expect(await focused(page)).toMatchObject({ checked: true, value: String(answerOf(answers, ITEMS[1] as LikertItem)) });
          await tabTo(page, isButton(q.next), 'Next');
          await page.keyboard.press('Enter');
          await expectStatement(page, 'nl', 2);
          await expectFocusOnAnswers(page, 2);
          expect(await focused(page)).toMatchObject({ checked: true, value: String(value) });
        }

        const last = i === TOTAL - 1;
        await tabTo(page, isButton(last ? q.finish : q.next), last ? 'See my result' : 'Next');
        await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
      }

      await waitForResultPage(page, 'nl');
      await expectResultPage(page, 'nl', answers);
      // The stored result holds exactly the answers chosen by keyboard.
      const history = (await storedJson(page, HISTORY_KEY)) as { state: { results: { answers: unknown }[] } };
      expect(history.state.results.map((r) => r.answers)).toEqual([answers]);
    });
  });

  // Found by this test: coming back to an unfinished check once its page has been loaded, the
  // layout's "focus <main> after navigation" effect ran after the statement's "focus the answers"
  // effect. The layout now leaves focus alone when the page already placed it inside <main>.
  it('returning to an unfinished check puts focus on the answers', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/self-check`);
      await expectStatement(page, 'nl', 0);
      await expectFocusOnAnswers(page, 0);
      await page.keyboard.press('Space');
      await tabTo(page, isButton(q.next), 'Next');
      await page.keyboard.press('Enter');
      await expectStatement(page, 'nl', 1);
      await expectFocusOnAnswers(page, 1);

      // Keyboard only: to the home page through the brand link, then "Continue where you left off".
      await tabTo(page, (f) => f.tag === 'a' && f.text === TEXTS.nl.common.appName, 'the brand link', 'Shift+Tab', 40);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: TEXTS.nl.home.title }).waitFor();
      await tabTo(page, (f) => f.tag === 'a' && f.text === TEXTS.nl.home.resume, 'the resume link');
      await page.keyboard.press('Enter');
      await expectStatement(page, 'nl', 1);
      await expectFocusOnAnswers(page, 1);
    });
  });
});

