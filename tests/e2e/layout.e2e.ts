import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { measureReflow, type Reflow } from './support/reflow';
import { TEXTS, answerRest, answersFrom, chooseLanguage, expectResultPage, expectStatement, inFreshContext, startFromHome } from './support/self-check-flow';

/**
 * Phone layout: no page may scroll sideways (WCAG 1.4.10 Reflow asks for 320 CSS px; the phone we
 * design for is 375 px), and chart labels must not be cut off. One pass through the app measures
 * each page at both widths (reloaded at each); every page gets its own verdict below.
 */

const baseURL = inject('baseURL');
let browser: Browser;

interface Measure extends Reflow {
  /** Texts inside a recharts SVG that reach outside that SVG. */
  clipped: string[];
  /** How many charts were drawn (and so checked for clipped texts). */
  charts: number;
}

/** Sideways scroll by the same rule as every other reflow check (support/reflow.ts), and cut-off chart labels. */
async function measure(page: Page): Promise<Measure> {
  const reflow = await measureReflow(page);
  const charts = await page.evaluate(() => {
    const clipped: string[] = [];
    const surfaces = Array.from(document.querySelectorAll('svg.recharts-surface'));
    for (const svg of surfaces) {
      const frame = svg.getBoundingClientRect();
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        const box = text.getBoundingClientRect();
        if (box.width > 0 && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)) {
          clipped.push(`"${text.textContent}" spans ${box.left.toFixed(0)}–${box.right.toFixed(0)} px, its chart ${frame.left.toFixed(0)}–${frame.right.toFixed(0)} px`);
        }
      }
    }
    return { clipped, charts: surfaces.length };
  });
  return { ...reflow, ...charts };
}

type PageName = 'home' | 'question' | 'result' | 'result with an earlier one' | 'result with an earlier one, English' | 'history, English' | 'privacy, English';
const WIDTHS = [375, 320] as const;
const measured = new Map<string, Measure>();

/**
 * Measures the page at each width. A new width gets a reload, so the page is drawn as it would be
 * when opened at that size (after a mere resize, recharts may still be placing its labels).
 */
async function measureEach(page: Page, name: PageName, ready: () => Promise<unknown>): Promise<void> {
  await ready();
  const now = page.viewportSize()?.width;
  // Start with the width the page was drawn at; reload only for the other one.
  const order = [...WIDTHS.filter((w) => w === now), ...WIDTHS.filter((w) => w !== now)];
  for (const width of order) {
    if (width !== page.viewportSize()?.width) {
      await page.setViewportSize({ width, height: 812 });
      await page.reload();
      await ready();
    }
    measured.set(`${width} ${name}`, await measure(page));
  }
}

/** One pass through the app, measuring each page on the way at every width. */
async function measurePages(): Promise<void> {
  await inFreshContext(browser, baseURL, { viewport: { width: WIDTHS[0], height: 812 } }, async (context) => {
    const page = await context.newPage();
    const home = () => page.getByRole('heading', { level: 1, name: TEXTS.nl.home.title }).waitFor();
    await page.goto(`${baseURL}/`);
    await measureEach(page, 'home', home);
    await startFromHome(page, baseURL, 'nl');
    await measureEach(page, 'question', () => expectStatement(page, 'nl', 0));
    const first = answersFrom('2442415524321245');
    await answerRest(page, 'nl', first);
    await measureEach(page, 'result', () => expectResultPage(page, 'nl', first));
    await page.getByRole('link', { name: TEXTS.nl.results.again, exact: true }).click();
    const second = answersFrom('5412411554214215');
    await answerRest(page, 'nl', second);
    await measureEach(page, 'result with an earlier one', () => expectResultPage(page, 'nl', second));
    await chooseLanguage(page, 'nl', 'en');
    await measureEach(page, 'result with an earlier one, English', () => expectResultPage(page, 'en', second));
    await page.getByRole('link', { name: TEXTS.en.results.allResults, exact: true }).click();
    await measureEach(page, 'history, English', () => page.getByRole('heading', { level: 1, name: TEXTS.en.history.pageTitle }).waitFor());
    await page.getByRole('contentinfo').getByRole('link', { name: TEXTS.en.common.privacyLink, exact: true }).click();
    await measureEach(page, 'privacy, English', () => page.getByRole('heading', { level: 1, name: TEXTS.en.privacy.pageTitle }).waitFor());
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  await measurePages();
});

afterAll(async () => {
  await browser?.close();
});

function fitsWidth(width: number, name: PageName): void {
  const m = measured.get(`${width} ${name}`);
  if (!m) throw new Error(`${name} at ${width} px was not measured`);
  expect(m.overflow, `${name} at ${width} px scrolls sideways by ${m.overflow} px:\n${m.offenders.join('\n')}`).toBeLessThanOrEqual(0);
}

function labelsInside(width: number, name: PageName): void {
  const m = measured.get(`${width} ${name}`);
  if (!m) throw new Error(`${name} at ${width} px was not measured`);
  expect(m.charts, `no chart was drawn on ${name} at ${width} px`).toBeGreaterThan(0);
  expect(m.clipped, `chart labels cut off on ${name} at ${width} px`).toEqual([]);
}

describe('a 375 px phone', () => {
  it('home fits', () => fitsWidth(375, 'home'));
  it('history fits (English)', () => fitsWidth(375, 'history, English'));
  it('the privacy page fits (English)', () => fitsWidth(375, 'privacy, English'));
  it('the Dutch result page draws every chart label inside its chart', () => {
    labelsInside(375, 'result');
    labelsInside(375, 'result with an earlier one');
  });

  it('a statement fits', () => fitsWidth(375, 'question'));
  // Found by these tests: the window's data table once had 4 columns and stuck out of a phone.
  it('the result page fits', () => fitsWidth(375, 'result'));
  it('the result page with an earlier result fits', () =>
    fitsWidth(375, 'result with an earlier one'),
  );
  it('the English result page fits', () =>
    fitsWidth(375, 'result with an earlier one, English'),
  );
  // Found by these tests: "DOOR (TO)" and "VOOR (FOR)" once reached outside the SVG.
  it('the English radar draws its labels inside the chart', () => labelsInside(375, 'result with an earlier one, English'));
});

// 320 CSS px is also what a 640 px wide window shows at 200 % zoom (and a 1280 px one at 400 %).
describe('320 px (WCAG 1.4.10 reflow)', () => {
  it('the privacy page fits', () => fitsWidth(320, 'privacy, English'));
  it('history fits (English)', () => fitsWidth(320, 'history, English'));
  it('home fits', () => fitsWidth(320, 'home'));
  it('a statement fits', () => fitsWidth(320, 'question'));
  it('the result page fits', () => fitsWidth(320, 'result with an earlier one'));
  it('the Dutch radar draws its labels inside the chart', () => labelsInside(320, 'result with an earlier one'));
});
