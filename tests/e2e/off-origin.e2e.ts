import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { assertNoOffOriginRequests, launchBrowserForFile, newRecordedContext } from './support/browser';
import { PHONE, TEXTS, answerRest, answersFrom, expectResultPage, startFromHome } from './support/self-check-flow';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

describe('nothing leaves the browser', () => {
  it('during a whole self-check, its result, the history and a saved copy, with the service worker running', async () => {
    const { context, requests } = await newRecordedContext(browser, { viewport: PHONE, serviceWorkers: 'allow' });
    const failed: string[] = [];
    context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    try {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      const answers = answersFrom('3142534251423514');
      await answerRest(page, 'nl', answers);
      await expectResultPage(page, 'nl', answers);

      // Switch language on the result page: texts are bundled, nothing is fetched for them.
      await page.getByRole('button', { name: TEXTS.nl.common.language.en, exact: true }).click();
      await expectResultPage(page, 'en', answers);

      await page.getByRole('link', { name: TEXTS.en.results.allResults, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: TEXTS.en.history.pageTitle }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: TEXTS.en.history.save, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);

      // Let the service worker finish its precache, so its downloads are in the log too.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });

      // The lazy chunks of the questionnaire and the result page were requested, from the app's origin.
      expect(requests.some((url) => /\/assets\/.*\.js$/.test(url))).toBe(true);
      assertNoOffOriginRequests(requests, baseURL);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
