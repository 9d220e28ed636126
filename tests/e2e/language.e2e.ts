import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import {
  ITEMS,
  LANGUAGE_KEY,
  LAPTOP,
  TEXTS,
  answerAndGoOn,
  answerOf,
  answerRest,
  answersFrom,
  expectResultPage,
  expectStatement,
  inFreshContext,
  progressText,
  scaleLabel,
  startFromHome,
  type Lng,
} from './support/self-check-flow';
import type { LikertItem } from '../../src/model/instruments/types';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const answers = answersFrom('4231524315243152');

async function expectLanguage(page: Page, lng: Lng): Promise<void> {
  const other: Lng = lng === 'nl' ? 'en' : 'nl';
  const switcher = page.getByRole('group', { name: TEXTS[lng].common.language.label, exact: true });
  await switcher.waitFor();
  const pressed = (l: Lng) => switcher.getByRole('button', { name: TEXTS[lng].common.language[l], exact: true }).getAttribute('aria-pressed');
  expect(await pressed(lng)).toBe('true');
  expect(await pressed(other)).toBe('false');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lng);
  // The navigation follows the language too.
  await page.getByRole('navigation', { name: TEXTS[lng].common.nav.label, exact: true }).waitFor();
}

describe('switching language', () => {
  it('mid-questionnaire: texts change, answers are kept, and the choice survives a reload', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context, requests) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      await expectLanguage(page, 'nl');
      for (let i = 0; i < 3; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
      await expectStatement(page, 'nl', 3);
      const requestsBefore = requests.length;

      await page.getByRole('button', { name: TEXTS.nl.common.language.en, exact: true }).click();
      // Statement 4, its scale, the progress and the buttons are now in English.
      const group = await expectStatement(page, 'en', 3, { visibleProgress: true });
      await expectLanguage(page, 'en');
      for (const v of [1, 2, 3, 4, 5] as const) await group.getByRole('radio', { name: scaleLabel('en', v), exact: true }).waitFor();
      await page.getByRole('button', { name: TEXTS.en.questionnaire.skip, exact: true }).waitFor();
      await page.getByRole('button', { name: TEXTS.en.questionnaire.previous, exact: true }).waitFor();
      await page.getByText(TEXTS.en.questionnaire.instruction, { exact: true }).waitFor();
      expect(await page.getByText(progressText('nl', 4), { exact: true }).count()).toBe(0);
      // The texts are bundled with the app: switching fetches only the other language's own chunks
      // (src/lib/i18n.ts loads one language at start), from the app's origin.
      const fetched = requests.slice(requestsBefore).map((url) => new URL(url));
      expect(fetched.map((url) => url.pathname.replace(/-[\w-]{8}\.js$/, '.js')).sort()).toEqual(['/assets/rest-en.js', '/assets/start-en.js']);
      expect(fetched.every((url) => url.origin === new URL(baseURL).origin)).toBe(true);

      // The answers given in Dutch are still there.
      for (let i = 2; i >= 0; i--) {
        await page.getByRole('button', { name: TEXTS.en.questionnaire.previous, exact: true }).click();
        const earlier = await expectStatement(page, 'en', i);
        const value = answerOf(answers, ITEMS[i] as LikertItem);
        expect(await earlier.getByRole('radio', { name: scaleLabel('en', value), exact: true }).isChecked()).toBe(true);
      }

      // Reload: still English, still on the same statement.
      await page.reload();
      await expectStatement(page, 'en', 0);
      await expectLanguage(page, 'en');
      expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBe('en');

      // A new page in the same browser opens in English too, on the Dutch-locale browser.
      const fresh = await context.newPage();
      await fresh.goto(`${baseURL}/`);
      await fresh.getByRole('link', { name: TEXTS.en.home.resume, exact: true }).waitFor();
      await expectLanguage(fresh, 'en');
      await fresh.close();

      // Finish in English; the result is in English and scores every answer.
      for (let i = 0; i < 3; i++) {
        await expectStatement(page, 'en', i);
        await page.getByRole('button', { name: TEXTS.en.questionnaire.next, exact: true }).click();
      }
      await answerRest(page, 'en', answers, 3);
      await expectResultPage(page, 'en', answers);

      // And back to Dutch on the result page: the same numbers, in Dutch.
      await page.getByRole('button', { name: TEXTS.en.common.language.nl, exact: true }).click();
      await expectLanguage(page, 'nl');
      await expectResultPage(page, 'nl', answers);
    });
  });
});

describe('the first screen, before any script of the app has run', () => {
  // The prerendered start screen in index.html chooses its language with one inline script
  // (src/app/prerender-language.ts). The app's bundles are held back here, so what shows is
  // only that HTML and that script.
  async function firstPaint(locale: string, stored: string | null): Promise<{ heading: string; lang: string; errors: string[] }> {
    let heading = '';
    let lang = '';
    const errors: string[] = [];
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale }, async (context) => {
      if (stored) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, stored] as const);
      await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('net::ERR_FAILED')) errors.push(message.text());
      });
      await page.goto(`${baseURL}/`);
      heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      lang = await page.evaluate(() => document.documentElement.lang);
    });
    return { heading, lang, errors };
  }

  it('is English for an English browser, Dutch for a Dutch one, and follows a remembered choice', async () => {
    expect(await firstPaint('en-US', null)).toEqual({ heading: TEXTS.en.home.title, lang: 'en', errors: [] });
    expect(await firstPaint('nl-NL', null)).toEqual({ heading: TEXTS.nl.home.title, lang: 'nl', errors: [] });
    // The remembered choice wins over the browser, as in the app; the script passes the CSP (no error).
    expect(await firstPaint('en-GB', 'nl')).toEqual({ heading: TEXTS.nl.home.title, lang: 'nl', errors: [] });
    expect(await firstPaint('de-DE', 'en')).toEqual({ heading: TEXTS.en.home.title, lang: 'en', errors: [] });
  });
});
