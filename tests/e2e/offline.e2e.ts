import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { answerAndGoOn, answersFrom, answerOf, inFreshContext, ITEMS, PHONE, TOTAL } from './support/self-check-flow';
import type { LikertItem } from '../../src/model/instruments/types';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlParticipant from '../../locales/nl/participant.json';

/**
 * A workshop room without a connection: once the app has loaded, the service worker serves
 * every page and chunk (the questionnaire, the hand-over with its QR code, the workshop page),
 * so a phone that goes offline still answers and hands over.
 */
const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

describe('offline after the first load', () => {
  it('creates a workshop, joins it, answers and hands over with the network off', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE, serviceWorkers: 'allow' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      try {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Modusspiegel' }).waitFor();

        await page.goto(`${baseURL}/#/workshops`);
        await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Zonder netwerk');
        await page.getByRole('button', { name: nlWorkshop.create }).click();
        await page.getByRole('img', { name: /QR/ }).first().waitFor();
        const code = (await page.locator('.join-code strong').textContent())?.trim() ?? '';

        await page.goto(`${baseURL}/#/join/${code.replace('-', '')}`);
        await page.getByRole('button', { name: nlParticipant.join }).click();
        const answers = answersFrom('4242424242424242');
        for (let i = 0; i < TOTAL; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
        await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
        await page.getByRole('img', { name: /QR/ }).waitFor();
        expect(await page.locator('.code-text').textContent()).toMatch(/^MS3-/);
      } finally {
        await context.setOffline(false);
      }
    });
  });
});
