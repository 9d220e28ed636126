import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowserForFile, newRecordedContext } from './support/browser';
import { answerRest, answersFrom, expectResultPage, expectStatement, PHONE, LAPTOP, TEXTS } from './support/self-check-flow';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlHosting from '../../locales/nl/hosting.json';
import { stopSharedDevice } from './support/shared-device';

/**
 * The single-file build (`npm run build:single`) opened from disk, as a trainer does from a USB
 * stick: it is built here, so this test always checks the file of this commit.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'dist-single');
const fileUrl = pathToFileURL(resolve(OUT, 'index.html')).href;

let browser: Browser;
launchBrowserForFile((b) => (browser = b));

beforeAll(async () => {
  await build({ root: ROOT, mode: 'single', logLevel: 'error' });
}, 120_000);

/** Every request must be the file itself or made in the page (data:, blob:): nothing else at all. */
function expectOnlyTheFile(requests: string[]) {
  const other = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && url.split('#')[0] !== fileUrl);
  expect(other).toEqual([]);
}

async function open(page: Page, route = '/') {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${fileUrl}#${route}`);
  return errors;
}

describe('the single file', () => {
  it('is one HTML file with no other files beside it', async () => {
    expect(await readdir(OUT)).toEqual(['index.html']);
  });

  it('opens from file:// and completes a self-check, with no request beyond the file', async () => {
    const { context, requests } = await newRecordedContext(browser, { viewport: PHONE, locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      const errors = await open(page);
      await page.getByRole('heading', { level: 1, name: TEXTS.nl.home.title }).waitFor();
      await page.getByRole('link', { name: TEXTS.nl.home.start, exact: true }).click();
      await expectStatement(page, 'nl', 0);
      const answers = answersFrom('2442415524321245');
      await answerRest(page, 'nl', answers);
      await expectResultPage(page, 'nl', answers);
      expect(errors).toEqual([]);
      expectOnlyTheFile(requests);
    } finally {
      await context.close();
    }
  });

  it('has no join QR without a hosted address, offers the shared device and says why; with an address the QR points there', async () => {
    const { context, requests } = await newRecordedContext(browser, { viewport: LAPTOP, locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      const errors = await open(page, '/workshops');
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team Noord');
      await page.getByRole('spinbutton', { name: nlWorkshop.minLabel }).fill('3');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('heading', { level: 1, name: 'Team Noord' }).waitFor();
      const code = (await page.locator('.join-code strong').textContent())?.trim() ?? '';

      await page.getByRole('heading', { name: nlHosting.fileTitle }).waitFor();
      expect(await page.getByRole('img', { name: new RegExp(code) }).count()).toBe(0);
      await page.getByRole('link', { name: nlHosting.sharedLink }).click();
      await page.waitForURL(/#\/workshops\/[^/]+\/shared$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The shared device locks the app to its screen; the facilitator stops it on purpose.
      await stopSharedDevice(page);
      await page.getByRole('heading', { level: 1, name: 'Team Noord' }).waitFor();

      const field = page.getByRole('textbox', { name: nlHosting.fieldLabel });
      await field.fill('not an address');
      await page.getByRole('button', { name: nlHosting.save }).click();
      await page.getByText(nlHosting.invalid).waitFor();
      await field.fill('https://team.example.org/modusspiegel/');
      await page.getByRole('button', { name: nlHosting.save }).click();
      await page.getByText(nlHosting.saved).waitFor();
      await page.getByRole('img', { name: new RegExp(code) }).first().waitFor();
      await page.getByText(`https://team.example.org/modusspiegel/#/join/${code.replace('-', '')}`).waitFor();
      expect(errors).toEqual([]);
      expectOnlyTheFile(requests);
    } finally {
      await context.close();
    }
  });
});
