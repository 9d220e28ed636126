import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import enQuality from '../../locales/en/quality.json';
import nlQuality from '../../locales/nl/quality.json';
import { SELF_CHECK_V2 } from '../../src/model/instruments/self-check-v2';
import { TEAM_CLIMATE } from '../../src/model/instruments/team-climate';
import { seededWorkshops } from '../../src/model/quality/test-workshops';
import { checkA11y, launchBrowserForFile, newRecordedContext } from './support/browser';
import { settled } from './support/reflow';
import { inFreshContext } from './support/self-check-flow';

/**
 * "Does the questionnaire hold?" with enough workshops kept on the device (12 climate teams and
 * 11 self-check teams of 10): reached from the workshops page, computed in a worker while the
 * page stays responsive (no task over 50 ms on the page's thread), the tables shown with
 * numbers in the page's language, a CSV of coefficients and counts only, and axe clean at 1366
 * and 375 px, in Dutch and English. And the single file, opened from disk, computes it too.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const TEXTS = { nl: nlQuality, en: enQuality } as const;
const WORKSHOPS = [...seededWorkshops(TEAM_CLIMATE, 12, 10, 4, 0.03), ...seededWorkshops(SELF_CHECK_V2, 11, 10, 5, 0.03)];
const STORED = { 'modusspiegel:workshops': JSON.stringify({ state: { workshops: WORKSHOPS }, version: 2 }) };
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 375, height: 740 };

/** Remembers every long task (over 50 ms) of the page's thread from the moment it is called. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

/** The caption of a form's table of scales, e.g. "Teamklimaat, versie 1: alfa en omega per schaal". */
function scalesCaption(lng: 'nl' | 'en', form: 'team-climate' | 'self-check', version: number): string {
  const t = TEXTS[lng];
  const name = t.csv.formName.replace('{{name}}', t.forms[form]).replace('{{version}}', String(version));
  return t.scales.caption.replace('{{form}}', name);
}

/** Waits until every scale is computed: the progress line reads "7 of 7". */
async function computed(page: Page, lng: 'nl' | 'en'): Promise<void> {
  const done = TEXTS[lng].progress.replace('{{done}}', '7').replace('{{total}}', '7');
  await page.getByRole('status').filter({ hasText: done }).waitFor({ timeout: 30_000 });
}

/** The cells of a CSV line: separated by `separator`, a cell in double quotes may hold it ("" is a quote). */
function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

/** Every cell of the CSV after its name columns is a number (decimal sign of the language) or empty. */
function expectOnlyNumbers(text: string, decimal: ',' | '.', separator: ';' | ','): void {
  const blocks = text.replace(/^\uFEFF/, '').split('\r\n\r\n').map((block) => block.split('\r\n').filter((r) => r !== '').slice(1).map((r) => cellsOf(r, separator)));
  expect(blocks).toHaveLength(3);
  const number = decimal === ',' ? /^(-?\d+(,\d+)?)?$/ : /^(-?\d+(\.\d+)?)?$/;
  // Name columns per block: the form and its status; the form and scale; the form, scale, statement id and direction.
  const names = [2, 2, 4];
  for (const [b, rows] of blocks.entries()) {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const cell of row.slice(names[b])) expect(cell).toMatch(number);
  }
  // Statements by their id, never by their text; no team's name.
  for (const row of blocks[2]!) expect(row[2]).toMatch(/^[cs]\d\d$/);
  expect(text).not.toMatch(/Team \d/);
}

describe.each(['nl', 'en'] as const)('does the questionnaire hold? (%s)', (lng) => {
  const t = TEXTS[lng];

  it('is reached from the workshops page and computed in a worker without a long task on the page', async () => {
    await inFreshContext(browser, baseURL, { viewport: WIDE, locale: lng === 'nl' ? 'nl-NL' : 'en-GB' }, async (context, requests) => {
      await context.addInitScript((values: Record<string, string>) => {
        if (sessionStorage.getItem('e2e:seeded') !== null) return;
        sessionStorage.setItem('e2e:seeded', '1');
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      }, { ...STORED, 'modusspiegel:language': lng });
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      const link = page.getByRole('link', { name: t.link });
      await link.waitFor();
      // The quality page's own chunk loaded beforehand: what is watched is the computing, not a download.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      await watchLongTasks(page);
      await link.click();
      await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
      await computed(page, lng);
      expect(requests.some((url) => /quality\.worker-[^/]*\.js$/.test(url))).toBe(true);

      for (const form of [['team-climate', 1], ['self-check', 2]] as const) {
        const table = page.getByRole('table', { name: scalesCaption(lng, form[0], form[1]) });
        await table.waitFor();
        const alphas = await table.locator('tbody tr td:nth-child(4)').allTextContents();
        expect(alphas.length).toBeGreaterThan(0);
        for (const alpha of alphas) expect(alpha).toMatch(lng === 'nl' ? /^0,\d\d$/ : /^0\.\d\d$/);
      }
      expect(await page.getByRole('table').count()).toBe(2 + 2 + 5 + 2);
      // From the click to every table shown, no task of the page's thread took over 50 ms.
      await settled(page);
      expect(await longTasks(page)).toEqual([]);
      await checkA11y(page, `#/quality (${lng}, 1366 px)`);
    });
  });

  it('saves a CSV of coefficients and counts only, and is clean for axe on a phone', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE, locale: lng === 'nl' ? 'nl-NL' : 'en-GB' }, async (context) => {
      await context.addInitScript((values: Record<string, string>) => {
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      }, { ...STORED, 'modusspiegel:language': lng });
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/quality`);
      await computed(page, lng);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.export.download }).click()]);
      expect(download.suggestedFilename()).toBe(t.csv.fileName);
      const text = await readFile((await download.path()) ?? '', 'utf8');
      expectOnlyNumbers(text, lng === 'nl' ? ',' : '.', lng === 'nl' ? ';' : ',');
      await page.getByText(t.export.saved).waitFor();
      await checkA11y(page, `#/quality (${lng}, 375 px)`);
    });
  });
});

describe('the single file', () => {
  it('computes the figures from file:// in a worker started from the page itself', async () => {
    const root = resolve(import.meta.dirname, '../..');
    await build({ root, mode: 'single', logLevel: 'error' });
    const fileUrl = pathToFileURL(resolve(root, 'dist-single', 'index.html')).href;
    const { context, requests } = await newRecordedContext(browser, { viewport: WIDE, locale: 'nl-NL' });
    try {
      await context.addInitScript((values: Record<string, string>) => {
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      }, { ...STORED, 'modusspiegel:language': 'nl' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      let workers = 0;
      page.on('worker', () => (workers += 1));
      await page.goto(`${fileUrl}#/quality`);
      await computed(page, 'nl');
      await page.getByRole('table', { name: scalesCaption('nl', 'team-climate', 1) }).waitFor();
      expect(workers).toBe(1);
      expect(errors).toEqual([]);
      // Nothing but the file itself and what the page made (the worker's blob:).
      expect(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && url.split('#')[0] !== fileUrl)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
