import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { lockWithPin, stopSharedDevice } from './support/shared-device';
import { answerAndGoOn, answersFrom, answerOf, inFreshContext, ITEMS, PHONE, TOTAL } from './support/self-check-flow';
import type { LikertItem } from '../../src/model/instruments/types';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlParticipant from '../../locales/nl/participant.json';
import nlPresenter from '../../locales/nl/presenter.json';
import nlTeam from '../../locales/nl/team.json';

/** axe-core on every screen of a workshop, on a phone and on a projector-sized screen. */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

async function answerAll(page: Page, pattern: string) {
  const answers = answersFrom(pattern);
  for (let i = 0; i < TOTAL; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
}

describe('accessibility of the workshop screens', () => {
  it('has no axe violations for the participant: join, hand-over', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/join`);
      await page.getByRole('heading', { level: 1, name: nlParticipant.joinTitle }).waitFor();
      await checkA11y(page, 'join');
      await page.getByRole('button', { name: nlParticipant.join }).click();
      await page.getByRole('alert').waitFor();
      await checkA11y(page, 'join with an error');

      // A real code: a workshop made in this same browser, joined by typing its code.
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team West');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      const code = (await page.locator('.join-code strong').textContent())?.trim() ?? '';
      await page.goto(`${baseURL}/#/join`);
      await page.getByRole('textbox', { name: nlParticipant.codeLabel }).fill(code.toLowerCase());
      await page.getByRole('button', { name: nlParticipant.join }).click();
      await answerAll(page, '4242424242424242');
      await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
      await page.getByRole('img', { name: /QR/ }).waitFor();
      await checkA11y(page, 'hand-over');
    });
  });

  it('has no axe violations for the facilitator: list, workshop, revealed profile, presenter, shared device', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1600, height: 900 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('heading', { level: 1, name: nlWorkshop.listTitle }).waitFor();
      await checkA11y(page, 'workshop list');
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team Oost');
      await page.getByRole('spinbutton', { name: nlWorkshop.minLabel }).fill('3');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('heading', { level: 1, name: 'Team Oost' }).waitFor();
      await page.getByRole('img', { name: /QR/ }).first().waitFor();
      await checkA11y(page, 'empty workshop');

      // Three people on the shared device, then the profile.
      await page.getByRole('link', { name: nlWorkshop.sharedStart }).click();
      await lockWithPin(page);
      for (const pattern of ['5151515151515151', '4242424242424242', '3535353535353535']) {
        await page.getByRole('button', { name: nlWorkshop.handoverStart }).click();
        if (pattern.startsWith('5')) await checkA11y(page, 'shared device question');
        await answerAll(page, pattern);
        await page.getByText(nlWorkshop.sharedThanks).waitFor();
      }
      await checkA11y(page, 'shared device hand-over');
      await stopSharedDevice(page);
      await page.getByRole('button', { name: nlTeam.reveal.start }).click();
      await page.getByRole('button', { name: nlTeam.reveal.all }).click();
      await page.getByRole('table', { name: nlTeam.spread.tableCaption }).waitFor();
      await checkA11y(page, 'revealed team profile');
      // The join screen for the room is the wall's first step ("Toon groot" is retired, decision 100).
      await page.getByRole('link', { name: nlPresenter.open }).click();
      await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
      await page.getByRole('img', { name: /QR/ }).waitFor();
      await checkA11y(page, 'presenter join step');
    });
  });

  it('fits a phone: the revealed profile never scrolls sideways', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 375, height: 812 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team Klein');
      await page.getByRole('spinbutton', { name: nlWorkshop.minLabel }).fill('3');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('link', { name: nlWorkshop.sharedStart }).click();
      await lockWithPin(page);
      for (const pattern of ['5151515151515151', '2424242424242424', '3535353535353535']) {
        await page.getByRole('button', { name: nlWorkshop.handoverStart }).click();
        await answerAll(page, pattern);
        await page.getByText(nlWorkshop.sharedThanks).waitFor();
      }
      await stopSharedDevice(page);
      await page.getByRole('button', { name: nlTeam.reveal.start }).click();
      await page.getByRole('button', { name: nlTeam.reveal.all }).click();
      await page.getByRole('table', { name: nlTeam.spread.tableCaption }).waitFor();
      const tooWide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      );
      expect(tooWide).toEqual([]);
    });
  });
});

