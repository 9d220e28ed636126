import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { pdfPages, pdfTitle, type PdfPage } from './support/pdf';
import {
  LAPTOP,
  PHONE,
  TEXTS,
  answerRest,
  answersFrom,
  expectResultPage,
  inFreshContext,
  resultFigures,
  startFromHome,
  type Lng,
} from './support/self-check-flow';

/**
 * Print / save as PDF from the result page: the button calls window.print(); Chromium's own PDF
 * output (page.pdf, the same layout engine as the print dialog) gives at most three A4 pages (the
 * report, the person's answers and lines for notes: a sheet for a conversation, decision 82); under
 * print media the app around the result, every button and every link are gone, the report's
 * parts and a closing line with the date are there, and the charts have a fixed printed width.
 *
 * Only Chromium and npm packages: no pdftotext in CI (.ci/run installs Chromium alone). The PDF is
 * read with zlib: page objects, their size and their drawing; the words are checked on the page
 * itself under print media.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

// A MET pattern, and before it a DOOR pattern (history.e2e.ts uses the same two).
const DOOR_FIRST = answersFrom('2442415524321245');
const MET = answersFrom('5412411554214215');

const MM = 96 / 25.4;
/** A4 portrait at 96 px per inch, and its width inside the 14 mm side margins of result-print.css. */
const A4 = { width: 210 * MM, height: 297 * MM };
const A4_CONTENT_WIDTH = Math.floor((210 - 2 * 14) * MM);

/**
 * Chromium lays a page out for paper without running scripts, so recharts' ResizeObserver never
 * re-measures a chart before it is printed. Under print emulation it would: this wrapper lets a
 * test switch re-measuring off, so the charts keep the size they were drawn at on screen, as in
 * the print dialog.
 */
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

async function freezeResize(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __freezeResize?: boolean }).__freezeResize = true;
  });
}

/** The printed result as Chromium writes it: A4 pages, and checks that hold for every one. */
async function printToPdf(page: Page, lng: Lng): Promise<PdfPage[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfTitle(pdf)).toContain(TEXTS[lng].results.pageTitle);
  const pages = pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(3);
  for (const { mediaBox, content } of pages) {
    // A4 in points: 595.92 × 842.88 (210 × 297 mm).
    expect(mediaBox[2]).toBeCloseTo(595.92, 0);
    expect(mediaBox[3]).toBeCloseTo(842.88, 0);
    // No empty page: every page draws text.
    expect(content).toMatch(/\bBT\b[\s\S]*?\bT[Jj]\b/);
  }
  return pages;
}

/**
 * "Ingevuld op 30 november 2026": the date line under the title, as the app wrote it (the app's
 * own date format, not a copy of it here).
 */
async function completedOnText(page: Page, lng: Lng): Promise<string> {
  const [before, after] = TEXTS[lng].results.completedOn.split('{{date}}');
  const line = page.getByText(new RegExp(`^${escapeRegExp(before ?? '')}[^.]+${escapeRegExp(after ?? '')}$`));
  return (await line.first().innerText()).trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The result page on paper, in one language: what is gone, what is there, and the charts' size. */
async function expectPrintedPage(page: Page, lng: Lng, placementSentence: string): Promise<{ chartWidths: number[] }> {
  const t = TEXTS[lng];
  const r = t.results;
  const closingLine = `${await completedOnText(page, lng)}. ${t.common.conversationTool}`;
  await freezeResize(page);
  await page.emulateMedia({ media: 'print' });
  // The width of the printed column on A4.
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: Math.round(A4.height) });

  // Gone: the app's header with its menu and language switch, the footer, every button, every link
  // (the history list links, "do it again", "all your results").
  await page.getByRole('heading', { level: 1, name: r.pageTitle, exact: true }).waitFor();
  expect(await page.getByRole('navigation').count()).toBe(0);
  expect(await page.getByRole('group', { name: t.common.language.label, exact: true }).count()).toBe(0);
  expect(await page.getByRole('button').count()).toBe(0);
  expect(await page.getByRole('link').count()).toBe(0);
  expect(await page.getByText(t.common.privacy, { exact: true }).isVisible()).toBe(false);

  // There: the headline, what it means, the two charts, the reflection questions, the closing line
  // (the conversation-tool sentence once, in that line, not also under the title).
  await page.getByRole('heading', { level: 2, name: placementSentence, exact: true }).waitFor();
  await page.getByRole('heading', { level: 3, name: r.meaningTitle, exact: true }).waitFor();
  const reflection = page.getByRole('region', { name: r.reflectionTitle, exact: true });
  expect(await reflection.getByRole('listitem').count()).toBeGreaterThan(0);
  expect(await page.getByText(closingLine, { exact: true }).isVisible()).toBe(true);
  expect(await page.getByText(t.common.conversationTool, { exact: true }).isVisible()).toBe(false);

  // Nothing wider than the paper.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
  const { window, radar } = resultFigures(page, lng);
  const chartWidths: number[] = [];
  for (const figure of [window, radar]) {
    const box = await figure.boundingBox();
    const svg = figure.getByRole('img').locator('svg.recharts-surface').first();
    const drawn = await svg.boundingBox();
    const attrs = await svg.evaluate((el) => ({ width: Number(el.getAttribute('width')), height: Number(el.getAttribute('height')) }));
    if (!box || !drawn) throw new Error('a chart is not laid out in print');
    // Neither collapsed nor overflowing: a real size, inside its card, inside the page.
    expect(drawn.width).toBeGreaterThan(200);
    expect(drawn.height).toBeGreaterThan(180);
    expect(drawn.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(A4_CONTENT_WIDTH + 0.5);
    // Scaled, not stretched: the drawing keeps the proportions it was drawn with.
    expect(drawn.height / drawn.width).toBeCloseTo(attrs.height / attrs.width, 2);
    chartWidths.push(Math.round(drawn.width));
  }
  return { chartWidths };
}

describe('print / save as PDF', () => {
  it('prints a Dutch result on A4: the report without the app around it', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await allowFreezingResize(page);
      await startFromHome(page, baseURL, 'nl');
      await answerRest(page, 'nl', MET);
      const expected = await expectResultPage(page, 'nl', MET);

      // The visible button asks the browser to print.
      await page.evaluate(() => {
        const w = window as unknown as { __printed: number };
        w.__printed = 0;
        window.print = () => {
          w.__printed += 1;
        };
      });
      const button = page.getByRole('button', { name: TEXTS.nl.results.print, exact: true });
      expect(await button.isVisible()).toBe(true);
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

      // The goal panel is on screen, but no point has been chosen: it stays off the paper.
      await page.getByRole('region', { name: TEXTS.nl.results.wantedTitle, exact: true }).waitFor();

      const pages = await printToPdf(page, 'nl');
      console.info(`print.e2e: Dutch result, laptop: ${pages.length} A4 page(s)`);

      // The charts were drawn for a 1280 px screen; on paper they take their printed width.
      const screenWidth = await resultFigures(page, 'nl').window.locator('svg.recharts-surface').first().getAttribute('width');
      const { chartWidths } = await expectPrintedPage(page, 'nl', expected.placementSentence);
      expect(await page.getByRole('region', { name: TEXTS.nl.results.wantedTitle, exact: true }).count()).toBe(0);
      // A first self-check has no earlier one to speak of.
      expect(await page.getByRole('heading', { name: TEXTS.nl.results.historyTitle, exact: true }).count()).toBe(0);
      expect(await page.getByText(TEXTS.nl.results.firstTime, { exact: true }).isVisible()).toBe(false);
      expect(Number(screenWidth)).toBeGreaterThan(chartWidths[0] ?? 0);
      // Both charts side by side at the same fixed width, and they still fit: two columns on A4.
      expect(chartWidths[0]).toBe(chartWidths[1]);
      expect((chartWidths[0] ?? 0) * 2).toBeLessThan(A4_CONTENT_WIDTH);
    });
  });

  it('gives the charts the same printed width whether a phone or a laptop drew them', async () => {
    const widths: number[][] = [];
    for (const viewport of [PHONE, LAPTOP]) {
      await inFreshContext(browser, baseURL, { viewport }, async (context) => {
        const page = await context.newPage();
        await allowFreezingResize(page);
        await startFromHome(page, baseURL, 'nl');
        await answerRest(page, 'nl', MET);
        const expected = await expectResultPage(page, 'nl', MET);
        await printToPdf(page, 'nl');
        widths.push((await expectPrintedPage(page, 'nl', expected.placementSentence)).chartWidths);
      });
    }
    expect(widths[0]).toEqual(widths[1]);
  });

  it('prints in the chosen language, with the earlier point in the window, on at most three pages', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await allowFreezingResize(page);
      await startFromHome(page, baseURL, 'nl');
      await answerRest(page, 'nl', DOOR_FIRST);
      await page.getByRole('link', { name: TEXTS.nl.results.again, exact: true }).click();
      await answerRest(page, 'nl', MET);

      // Switch to English on the result page itself.
      await page.getByRole('button', { name: TEXTS.nl.common.language.en, exact: true }).click();
      const expected = await expectResultPage(page, 'en', MET);
      expect(await page.getByRole('button', { name: TEXTS.en.results.print, exact: true }).isVisible()).toBe(true);

      // A goal: support 20 down from where the person stands (the sliders start there), and a first step.
      const en = TEXTS.en;
      const step = 'On Monday I first ask what the client wants, before I offer a solution.';
      await page.getByRole('slider', { name: en.instrument.scales.support, exact: true }).focus();
      for (let i = 0; i < 2; i++) await page.keyboard.press('PageDown');
      await page.getByRole('textbox', { name: en.results.wantedFirstStep, exact: true }).fill(step);
      await page.getByRole('button', { name: en.results.wantedSave, exact: true }).click();
      await page.getByText(en.results.wantedSaved, { exact: true }).waitFor();

      const pages = await printToPdf(page, 'en');
      console.info(`print.e2e: English result with an earlier one and a goal, laptop: ${pages.length} A4 page(s)`);
      await expectPrintedPage(page, 'en', expected.placementSentence);

      // On paper the goal is text: the two numbers and the first step; no sliders, no saved notice.
      const wanted = page.getByRole('region', { name: en.results.wantedTitle, exact: true });
      await wanted.waitFor();
      expect(await wanted.getByRole('slider').count()).toBe(0);
      expect(await wanted.getByText(en.instrument.scales.support, { exact: true }).isVisible()).toBe(true);
      expect(await wanted.getByText(en.instrument.scales.expectations, { exact: true }).isVisible()).toBe(true);
      expect(await wanted.locator('output').allInnerTexts()).toEqual([String(Number(expected.support) - 20), expected.expectations]);
      expect(await wanted.innerText()).not.toContain(en.results.wantedSaved);
      const firstStep = wanted.getByRole('textbox', { name: en.results.wantedFirstStep, exact: true });
      expect(await firstStep.inputValue()).toBe(step);
      // The box grows with what was written: nothing cut off.
      expect(await firstStep.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      // The movement since last time is printed; the list of links to other results is not.
      const earlier = page.getByRole('region', { name: en.results.historyTitle, exact: true });
      await earlier.waitFor();
      expect(await earlier.getByRole('listitem').count()).toBe(0);
      // The window's table still shows last time's column and the goal's on paper.
      const table = resultFigures(page, 'en').window.getByRole('table', { name: TEXTS.en.results.windowTableCaption, exact: true });
      expect(await table.locator('thead th').count()).toBe(3);
      // A sheet for the conversation: every answer, and lines under a heading to write on.
      expect(await page.getByRole('table', { name: en.results.allAnswersCaption, exact: true }).locator('tbody tr').count()).toBe(16);
      expect(await page.getByRole('heading', { level: 2, name: en.results.notesTitle, exact: true }).isVisible()).toBe(true);
    });
  });
});
