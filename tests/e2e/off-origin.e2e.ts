import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { assertNoOffOriginRequests, launchBrowserForFile, newRecordedContext } from './support/browser';
import { PHONE, TEXTS, answerRest, chooseLanguage, answersFrom, expectResultPage, startFromHome } from './support/self-check-flow';
import { storedProgress, storedResult, storedWorkshop } from '../../src/testing/bench-fixtures';

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

      // Switch language on the result page: its texts are the app's own chunks, from its origin.
      await chooseLanguage(page, 'nl', 'en');
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

/**
 * Every route of the app, read from src/app/app.tsx, so a new route is walked without a change
 * here (a parameter this test cannot fill fails it, loudly). Storage holds a workshop with results,
 * a finished self-check and a self-check in progress, so each screen shows its full content.
 */
describe('nothing leaves the browser on any screen', () => {
  it('walks every route with stored data, in both languages', async () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../src/app/app.tsx'), 'utf8');
    const paths = [...source.matchAll(/<Route\s+(?:path="([^"]*)"|index)/g)].map((m) => m[1] ?? '');
    const workshop = storedWorkshop(6);
    const result = storedResult();
    const joinCode = JSON.parse(workshop.value).state.workshops[0].code as string;
    const params: Record<string, string> = { id: workshop.id, code: joinCode, word: 'coach', formVersion: 'v2' };
    // A result id and a hand-over id are ids of other stores than a workshop's.
    const routeParams = (path: string): Record<string, string> => (path.startsWith('result/') || path.startsWith('handover/') ? { ...params, id: result.id } : params);
    const routes = paths.map((path) =>
      path === '*'
        ? '/no-such-page'
        : `/${path.replace(/:(\w+)/g, (_, name: string) => {
            const value = routeParams(path)[name];
            if (!value) throw new Error(`off-origin walk: no value for :${name} in route ${path}; add one here`);
            return value;
          })}`,
    );
    expect(routes).toContain('/privacy');

    for (const lng of ['nl', 'en'] as const) {
      const { context, requests } = await newRecordedContext(browser, { viewport: PHONE, locale: lng === 'nl' ? 'nl-NL' : 'en-GB', serviceWorkers: 'allow' });
      const failed: string[] = [];
      context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      try {
        await context.addInitScript((values: Record<string, string>) => {
          if (localStorage.getItem('e2e:seeded') !== null) return;
          localStorage.setItem('e2e:seeded', '1');
          for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
        }, { [workshop.key]: workshop.value, ...result.values, ...storedProgress(), 'modusspiegel:language': lng });
        const page = await context.newPage();
        for (const route of routes) {
          await page.goto(`${baseURL}/#${route}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
        }
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
        assertNoOffOriginRequests(requests, baseURL);
        expect(failed).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});
