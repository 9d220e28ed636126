import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { answerRest, answersFrom, chooseLanguage, expectResultPage, inFreshContext, startFromHome, type Lng } from './support/self-check-flow';

/**
 * Printed charts stay legible whoever drew them (issue 19): the result page printed from a phone
 * (375 px) and from a laptop (1366 px), in Dutch and English. Under print media at the width of
 * the printed column, no two words of a chart overlap ("DOORMET", "75100") and none leaves its
 * chart ("OOOR"). Checked on screen, then under print media three ways: with the drawing the
 * screen made at the printed column's width (Chromium prints without running scripts, so a chart
 * keeps it), after the chart re-measured itself there, and laid out for paper at the device's own
 * width with re-measuring (a phone's browser that does so: this drew the window at 150 px, the
 * garbled print of issue 19). Chromium's own PDF of the page is made too.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const MET = answersFrom('5412411554214215');
const MM = 96 / 25.4;
/** The printed column: A4 inside the 14 mm side margins of result-print.css. */
const A4_CONTENT = { width: Math.floor((210 - 2 * 14) * MM), height: Math.round(297 * MM) };

/** Lets a test stop recharts from re-measuring (as while Chromium lays a page out for paper). */
async function allowFreezingResize(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.ResizeObserver;
    const w = window as unknown as { __freezeResize?: boolean };
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => {
          if (!w.__freezeResize) callback(entries, observer);
        });
      }
    };
  });
}

/** Waits until every recharts chart of the result has drawn itself at its box's present width. */
async function remeasured(page: Page): Promise<void> {
  // Up to 10 s, not the 1 s default: on a busy 2-core runner the redraw after a resize can take longer.
  await expect
    .poll(
      () =>
      page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('.result .chart-area svg.recharts-surface')].every(
          // Drawn at the size it is shown at: scaled by 1, not by its viewBox.
          (svg) => Math.abs(Number(svg.getAttribute('width')) - svg.getBoundingClientRect().width) <= 1.5,
        ),
      ),
      { timeout: 10_000 },
    )
    .toBe(true);
}

interface LabelProblems {
  labels: number;
  overlaps: string[];
  cut: string[];
}

/** Every word drawn in a chart of the result: pairs that overlap, and words outside their SVG. */
async function chartLabelProblems(page: Page): Promise<LabelProblems> {
  return page.evaluate(() => {
    const overlaps: string[] = [];
    const cut: string[] = [];
    let labels = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.result .chart-area svg')) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      // A text's own lines (tspans) belong together; each line is a box of its own.
      const boxes = [...svg.querySelectorAll('text')]
        .flatMap((text) => {
          const spans = [...text.querySelectorAll('tspan')];
          const parts = spans.length > 0 ? spans : [text];
          return parts.map((part) => ({ text, word: (part.textContent ?? '').trim(), box: part.getBoundingClientRect() }));
        })
        .filter((b) => b.word !== '' && b.box.width > 0);
      labels += boxes.length;
      for (const b of boxes) {
        if (b.box.left < frame.left - 0.5 || b.box.right > frame.right + 0.5 || b.box.top < frame.top - 0.5 || b.box.bottom > frame.bottom + 0.5)
          cut.push(`${b.word} [${Math.round(b.box.left - frame.left)},${Math.round(b.box.top - frame.top)},${Math.round(frame.right - b.box.right)},${Math.round(frame.bottom - b.box.bottom)}]`);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const c = boxes[j]!;
          if (a.text === c.text) continue;
          const w = Math.min(a.box.right, c.box.right) - Math.max(a.box.left, c.box.left);
          const h = Math.min(a.box.bottom, c.box.bottom) - Math.max(a.box.top, c.box.top);
          if (w > 0.5 && h > 0.5) overlaps.push(`${a.word} / ${c.word}`);
        }
      }
    }
    return { labels, overlaps, cut };
  });
}

const SCREENS = [
  { name: 'phone', viewport: { width: 375, height: 812 }, isMobile: true, deviceScaleFactor: 3 },
  { name: 'laptop', viewport: { width: 1366, height: 768 }, isMobile: false, deviceScaleFactor: 1 },
] as const;
const LANGUAGES: readonly Lng[] = ['nl', 'en'];

describe('printed charts', () => {
  for (const screen of SCREENS) {
    for (const lng of LANGUAGES) {
      it(`print legibly from a ${screen.name} (${screen.viewport.width} px) in ${lng === 'nl' ? 'Dutch' : 'English'}: no chart word overlaps another or is cut`, async () => {
        await inFreshContext(browser, baseURL, { viewport: screen.viewport, isMobile: screen.isMobile, deviceScaleFactor: screen.deviceScaleFactor }, async (context) => {
          const page = await context.newPage();
          await allowFreezingResize(page);
          await startFromHome(page, baseURL, 'nl');
          await answerRest(page, 'nl', MET);
          // The language is chosen on the result page itself, as a reader would.
          if (lng === 'en') await chooseLanguage(page, 'nl', 'en');
          await expectResultPage(page, lng, MET);
          const onScreen = await chartLabelProblems(page);
          expect(onScreen.labels).toBeGreaterThan(10);
          const all: Record<string, LabelProblems> = { onScreen };

          // As printed: print media at the printed column's width, the drawing the screen made.
          await page.evaluate(() => ((window as unknown as { __freezeResize?: boolean }).__freezeResize = true));
          await page.emulateMedia({ media: 'print' });
          await page.setViewportSize(A4_CONTENT);
          all.printed = await chartLabelProblems(page);

          // As a browser that re-measures the chart for paper would print it: back to the screen,
          // re-measuring on, then to paper again.
          await page.emulateMedia({ media: 'screen' });
          await page.setViewportSize(screen.viewport);
          await page.evaluate(() => ((window as unknown as { __freezeResize?: boolean }).__freezeResize = false));
          await remeasured(page);
          await page.emulateMedia({ media: 'print' });
          await page.setViewportSize(A4_CONTENT);
          await remeasured(page);
          all.redrawn = await chartLabelProblems(page);

          // As a phone's browser that lays the page out for paper at its own width and lets the
          // chart re-measure: the charts must not be squeezed below the width they print at.
          await page.setViewportSize(screen.viewport);
          await remeasured(page);
          all.ownWidth = await chartLabelProblems(page);
          await page.setViewportSize(A4_CONTENT);
          // Every stage: no two words of a chart on top of each other, none outside its chart.
          for (const [stage, problems] of Object.entries(all)) {
            expect(problems.labels, stage).toBe(onScreen.labels);
            expect({ overlaps: problems.overlaps, cut: problems.cut }, stage).toEqual({ overlaps: [], cut: [] });
          }

          const pdf = await page.pdf({ format: 'A4', printBackground: true });
          expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        });
      });
    }
  }
});
