import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { assertNoOffOriginRequests, launchBrowserForFile, newRecordedContext } from './support/browser';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

describe('home page', () => {
  it('shows the app title, sets a strict CSP and loads nothing from elsewhere', async () => {
    const { context, requests } = await newRecordedContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.getByRole('heading', { level: 1, name: 'Modusspiegel' }).waitFor();

      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      assertNoOffOriginRequests(requests, baseURL);
    } finally {
      await context.close();
    }
  });
});

describe('offline assets', () => {
  it('fetches every asset from its own origin, service worker included', async () => {
    // With the service worker allowed, its precache downloads are recorded too.
    const { context, requests } = await newRecordedContext(browser, { serviceWorkers: 'allow' });
    const failed: string[] = [];
    context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
      // The worker precaches after the page has loaded; once it is active, its downloads are done.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });

      expect(requests.length).toBeGreaterThan(0);
      assertNoOffOriginRequests(requests, baseURL);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
