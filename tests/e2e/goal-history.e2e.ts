import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkA11y, launchBrowserForFile } from './support/browser';
import {
  PHONE,
  TEXTS,
  answerRest,
  answersFrom,
  bodyRows,
  expectResultPage,
  inFreshContext,
  resultFigures,
  startFromHome,
  type Lng,
} from './support/self-check-flow';

/**
 * The goal and the history (issue 21), walked as a new professional would: at 375 px in Dutch and
 * at 1366 px in English. A self-check; the goal's sliders start at the person's own point; the
 * small window beside them stays on the screen while a slider has focus (by Tab and by Shift+Tab);
 * the goal joins the window's table; the print carries the answers and lines for notes; a second
 * self-check, and the history puts the two side by side with both charts and the movement
 * sentence. axe finds nothing on either page. Screenshots go to $GOAL_SHOTS when it is set.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

// First a DOOR pattern (support 28, expectations 84), then a MET pattern: a clear movement.
const DOOR = answersFrom('2442415524321245');
const MET = answersFrom('5412411554214215');
const LAPTOP_WIDE = { width: 1366, height: 768 } as const;
const SHOTS = process.env.GOAL_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the keyboard's own way there. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the control`);
}

/** The box lies wholly inside the viewport. */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (!box) throw new Error(`${what} is not laid out`);
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(-0.5);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(height + 0.5);
}

const walks = [
  ['375 px in Dutch', PHONE, 'nl'],
  ['1366 px in English', LAPTOP_WIDE, 'en'],
] as const;

describe('the goal and the history', () => {
  it.each(walks)('at %s', async (label, viewport, lng: Lng) => {
    const t = TEXTS[lng];
    const r = t.results;
    await inFreshContext(browser, baseURL, { viewport, locale: lng === 'nl' ? 'nl-NL' : 'en-GB' }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, lng);
      await answerRest(page, lng, DOOR);
      const expected = await expectResultPage(page, lng, DOOR);

      // The sliders start where the person stands, as the page shows it: 28 and 84, not 70/70.
      const wanted = page.getByRole('region', { name: r.wantedTitle, exact: true });
      const support = wanted.getByRole('slider', { name: t.instrument.scales.support, exact: true });
      const expectations = wanted.getByRole('slider', { name: t.instrument.scales.expectations, exact: true });
      expect([await support.inputValue(), await expectations.inputValue()]).toEqual([expected.support, expected.expectations]);

      // The small window beside them, drawn, with its words for screen readers.
      const goalWindow = wanted.getByRole('figure', { name: r.goalWindowCaption, exact: true });
      const drawing = goalWindow.getByRole('img').first();
      await page.evaluate(() => window.scrollTo(0, 0));
      await tabTo(page, support);
      await drawing.locator('svg.recharts-surface').waitFor();
      await expectOnScreen(page, drawing, 'the goal window, support slider focused by Tab');
      await expectOnScreen(page, support, 'the support slider');
      await shot(page, `goal-${lng}-tab`);

      // Move the goal with the keys: right on support, up on expectations. It follows at once.
      for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp');
      const goalSupport = await support.inputValue();
      expect(Number(goalSupport)).toBeGreaterThan(Number(expected.support));
      expect(await drawing.getAttribute('aria-label')).toContain(goalSupport);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowUp');
      await expectOnScreen(page, drawing, 'the goal window, expectations slider focused by Tab');

      // Coming back from below (Shift+Tab from the first step) keeps the window on the screen too.
      const firstStep = wanted.getByRole('textbox', { name: r.wantedFirstStep, exact: true });
      await firstStep.focus();
      await firstStep.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await tabTo(page, expectations, 'Shift+Tab');
      await expectOnScreen(page, drawing, 'the goal window, expectations slider focused by Shift+Tab');
      await expectOnScreen(page, expectations, 'the expectations slider');
      await shot(page, `goal-${lng}-shift-tab`);

      // Where the window stands: above the sliders on a phone, beside them on a laptop.
      const [windowBox, sliderBox] = [await drawing.boundingBox(), await support.boundingBox()];
      if (!windowBox || !sliderBox) throw new Error('not laid out');
      if (viewport.width < 700) expect(windowBox.y + windowBox.height).toBeLessThanOrEqual(sliderBox.y);
      else {
        expect(windowBox.x).toBeGreaterThanOrEqual(sliderBox.x + sliderBox.width);
        expect(windowBox.y).toBeLessThan(sliderBox.y + sliderBox.height);
      }

      // The goal joins the full window's table as a column of its own.
      const table = resultFigures(page, lng).window.getByRole('table', { name: r.windowTableCaption, exact: true });
      expect(await table.locator('thead th').allTextContents()).toEqual([r.now, r.goal]);
      expect((await bodyRows(table))[0]).toEqual([r.column.support, expected.support, goalSupport]);
      await firstStep.fill(lng === 'nl' ? 'Maandag vraag ik eerst wat de jongere zelf wil.' : 'On Monday I first ask what they want.');
      await wanted.getByRole('button', { name: r.wantedSave, exact: true }).click();
      await wanted.getByText(r.wantedSaved, { exact: true }).waitFor();
      await checkA11y(page, `result page with a goal (${label})`);

      // On paper: the answers, unfolded, and a place to write.
      await page.emulateMedia({ media: 'print' });
      const answersTable = page.getByRole('table', { name: r.allAnswersCaption, exact: true });
      expect(await answersTable.isVisible()).toBe(true);
      expect(await answersTable.locator('tbody tr').count()).toBe(16);
      expect(await page.getByRole('heading', { level: 2, name: r.ownAnswersTitle, exact: true }).isVisible()).toBe(true);
      const notes = page.getByRole('heading', { level: 2, name: r.notesTitle, exact: true });
      expect(await notes.isVisible()).toBe(true);
      expect(await page.locator('.note-line').evaluateAll((lines) => lines.filter((l) => l.getBoundingClientRect().height > 20).length)).toBeGreaterThanOrEqual(5);
      // The small window is for choosing; on paper the full window shows the goal.
      expect(await goalWindow.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(await notes.isVisible()).toBe(false);

      // A second self-check, then the history: both results side by side.
      await page.getByRole('link', { name: r.again, exact: true }).click();
      await answerRest(page, lng, MET);
      await expectResultPage(page, lng, MET);
      await page.getByRole('link', { name: r.allResults, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: t.history.pageTitle, exact: true }).waitFor();
      const compare = page.getByRole('region', { name: t.history.compareTitle, exact: true });
      await compare.scrollIntoViewIfNeeded();
      const figures = [
        compare.getByRole('figure', { name: t.history.compareWindowCaption, exact: true }),
        compare.getByRole('figure', { name: t.history.compareRadarCaption, exact: true }),
      ];
      for (const figure of figures) {
        await figure.getByRole('img').first().scrollIntoViewIfNeeded();
        await figure.locator('svg.recharts-surface').first().waitFor();
        // Each chart has its table, with a difference column.
        expect(await figure.getByRole('columnheader', { name: t.history.column.difference, exact: true }).count()).toBe(1);
      }
      // Stacked on a phone, side by side on a laptop (measured together: no scrolling in between).
      const [first, second] = await Promise.all(figures.map((f) => f.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)));
      if (!first || !second) throw new Error('a comparison chart is not laid out');
      if (viewport.width < 700) expect(second.top).toBeGreaterThanOrEqual(first.bottom);
      else expect(second.left).toBeGreaterThanOrEqual(first.right);
      // The model's verdict in the model's words: a clear movement.
      expect(await compare.getByText(r.movement.moved).isVisible()).toBe(true);
      await shot(page, `history-${lng}`);
      await checkA11y(page, `history with two results (${label})`);
    });
  }, 180_000);
});
