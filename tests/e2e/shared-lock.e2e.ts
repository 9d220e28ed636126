import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { answerAndGoOn, answerOf, answersFrom, expectStatement, inFreshContext, ITEMS, TOTAL } from './support/self-check-flow';
import { lockWithPin, PIN, stopSharedDevice, typePin } from './support/shared-device';
import type { LikertItem } from '../../src/model/instruments/types';
import nlCommon from '../../locales/nl/common.json';
import nlShared from '../../locales/nl/shared.json';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * The shared device is locked with the facilitator's PIN while people answer on it: the Back
 * button, a reload, a typed address and a new tab all stay on the shared screen, without the
 * app's menu; a wrong PIN and the old stop word are refused. A reload mid-way shows the next
 * person an empty form, and the facilitator hears of the dropped answers only after unlocking.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

describe('the shared device lock', () => {
  it('keeps every way out closed until the facilitator types the PIN; a reload mid-way gives the next person an empty form', async () => {
    await inFreshContext(browser, baseURL, {}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team Slot');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('heading', { level: 1, name: 'Team Slot' }).waitFor();
      const workshopUrl = page.url();
      await page.getByRole('link', { name: nlWorkshop.sharedStart }).click();
      await page.getByText(nlShared.pin.forgetWarning).waitFor();
      await lockWithPin(page);

      const shared = page.getByRole('heading', { level: 1, name: nlWorkshop.handoverTitle });
      const menu = page.getByRole('navigation', { name: nlCommon.nav.label });
      await shared.waitFor();
      await page.getByText(nlShared.mirrorWarning).waitFor();
      expect(await menu.count()).toBe(0);
      const stored = (await page.evaluate(() => localStorage.getItem('modusspiegel:shared-lock'))) ?? '';
      expect(stored).not.toContain(PIN);

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

      // The printed word and a wrong PIN are refused.
      for (const guess of ['stop', nlShared.stopWord, '0000']) {
        await typePin(page, guess);
        await page.getByRole('alert').filter({ hasText: nlShared.unlock.wrong }).waitFor();
        expect(await menu.count()).toBe(0);
      }
      await page.getByRole('button', { name: nlShared.unlock.cancel }).click();

      // A person answers a third of the questions; the page is reloaded: the next one starts empty.
      await page.getByRole('button', { name: nlWorkshop.handoverStart }).click();
      const answers = answersFrom('4242424242424242');
      for (let i = 0; i < 5; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
      await page.reload();
      await shared.waitFor();
      expect(await page.getByRole('button', { name: /verder/i }).count()).toBe(0);
      // The hand-over screen, which the next person reads, says nothing of it.
      expect(await page.getByText(nlShared.droppedUnfinished_one).count()).toBe(0);
      await page.getByRole('button', { name: nlWorkshop.handoverStart }).click();
      await expectStatement(page, 'nl', 0, { visibleProgress: true });
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
      // Started but nothing answered: thrown away too, but not counted as a result.
      await page.reload();
      await shared.waitFor();

      await stopSharedDevice(page);
      await page.getByRole('heading', { level: 1, name: 'Team Slot' }).waitFor();
      await page.getByText(nlShared.droppedUnfinished_one).waitFor();
      await menu.waitFor();
      expect(TOTAL).toBeGreaterThan(5);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Team Slot' }).waitFor();
    });
  });
});
