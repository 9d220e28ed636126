import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { inFreshContext } from './support/self-check-flow';
import { stopSharedDevice } from './support/shared-device';
import nlCommon from '../../locales/nl/common.json';
import nlShared from '../../locales/nl/shared.json';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * The shared device is locked while people answer on it: the Back button, a reload, a typed
 * address and a new tab all stay on the shared screen, without the app's menu, until the
 * facilitator stops it with the typed word.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

describe('the shared device lock', () => {
  it('keeps every way out closed until the facilitator stops it', async () => {
    await inFreshContext(browser, baseURL, {}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team Slot');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('heading', { level: 1, name: 'Team Slot' }).waitFor();
      const workshopUrl = page.url();
      await page.getByRole('link', { name: nlWorkshop.sharedStart }).click();

      const shared = page.getByRole('heading', { level: 1, name: nlWorkshop.handoverTitle });
      const menu = page.getByRole('navigation', { name: nlCommon.nav.label });
      await shared.waitFor();
      await page.getByText(nlShared.mirrorWarning).waitFor();
      expect(await menu.count()).toBe(0);

      await page.goBack();
      await shared.waitFor();
      expect(page.url()).toContain('/shared');
      await page.reload();
      await shared.waitFor();
      await page.goto(workshopUrl);
      await shared.waitFor();
      expect(await page.getByRole('button', { name: /verwijder/i }).count()).toBe(0);
      const other = await context.newPage();
      await other.goto(`${baseURL}/#/workshops`);
      await other.getByRole('heading', { level: 1, name: nlWorkshop.handoverTitle }).waitFor();
      await other.close();
      expect(await menu.count()).toBe(0);

      await stopSharedDevice(page);
      await page.getByRole('heading', { level: 1, name: 'Team Slot' }).waitFor();
      await menu.waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Team Slot' }).waitFor();
    });
  });
});
