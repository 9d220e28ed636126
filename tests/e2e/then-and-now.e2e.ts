import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { inFreshContext } from './support/self-check-flow';
import { demoWorkshop } from '../../src/model/workshop/demo';
import type { Workshop } from '../../src/model/workshop/workshop';
import nlPresenter from '../../locales/nl/presenter.json';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * Issue 20, item 4, as a trainer met it: Team Noord meets for the second time; a year ago it met
 * with the same questionnaires, and last month Team Oost did. The wall compared Team Noord with
 * Team Oost, named it, and did so again after a reload. Now the wall shows no then-and-now step
 * until the facilitator links the earlier time on the workshop page, never shows another
 * workshop's name anywhere in its page (text, attributes, title), and keeps the link after a reload.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const real = (w: Workshop): Workshop => ({ ...w, demo: undefined });
const noord = real(demoWorkshop({ id: 'noord', name: 'Team Noord', createdAt: '2026-12-03T09:00:00.000Z' }));
const noordBefore = { ...real(demoWorkshop({ id: 'noord-1', name: 'Noord vorig jaar', createdAt: '2025-12-03T09:00:00.000Z' })), results: noord.results.slice(2) };
const oost = real(demoWorkshop({ id: 'oost', name: 'Team Oost', createdAt: '2026-11-20T09:00:00.000Z' }));
const OTHER_NAMES = /Team Oost|Noord vorig jaar/;

/** The step names the step bar offers. */
const stepNames = (wall: Page) => wall.getByRole('navigation', { name: nlPresenter.steps.label }).getByRole('button').allTextContents();

/** Walks every step of the wall with the keyboard and returns the whole page as the room's browser holds it, at each step. */
async function everyStep(wall: Page): Promise<string[]> {
  const pages: string[] = [];
  const count = (await stepNames(wall)).length;
  await wall.keyboard.press('Home');
  for (let i = 0; i < count; i++) {
    await wall.getByRole('status').filter({ hasText: `Stap ${i + 1} van ${count}` }).waitFor({ state: 'attached' });
    pages.push(await wall.evaluate(() => `${document.title}\n${document.documentElement.outerHTML}`));
    await wall.keyboard.press('ArrowRight');
  }
  return pages;
}

describe('then and now by the facilitator\'s choice', () => {
  it('shows nothing until a workshop is linked, never another workshop\'s name, and keeps the link after a reload', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 720 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.evaluate((workshops) => localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops }, version: 2 })), [noord, noordBefore, oost]);

      // Not linked: no then-and-now step, and no other workshop named on any step.
      await page.goto(`${baseURL}/#/workshops/noord/present`);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
      expect((await stepNames(page)).join(' ')).not.toContain(nlPresenter.steps.thenNow);
      for (const html of await everyStep(page)) expect(html).not.toMatch(OTHER_NAMES);

      // The workshop page offers both earlier workshops and links nothing by itself.
      await page.goto(`${baseURL}/#/workshops/noord`);
      await page.getByText(nlWorkshop.sameTeam.none).waitFor();
      const select = page.getByRole('combobox', { name: nlWorkshop.sameTeam.label });
      expect(await select.locator('option').allTextContents()).toEqual([nlWorkshop.sameTeam.nothing, 'Team Oost (20 november 2026)', 'Noord vorig jaar (3 december 2025)']);
      await select.selectOption({ label: 'Noord vorig jaar (3 december 2025)' });
      await page.getByRole('button', { name: nlWorkshop.sameTeam.link }).click();
      await page.getByRole('status').filter({ hasText: nlWorkshop.sameTeam.saved }).waitFor();

      // Linked: the step compares with that time, named by its date only, also after a reload.
      await page.goto(`${baseURL}/#/workshops/noord/present`);
      for (const reload of [false, true]) {
        if (reload) await page.reload();
        await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
        await page.getByRole('navigation', { name: nlPresenter.steps.label }).getByRole('button', { name: new RegExp(nlPresenter.steps.thenNow) }).click();
        await page.getByRole('heading', { level: 1, name: nlPresenter.steps.thenNow }).waitFor();
        await page.getByText('Vergeleken met de vorige keer van dit team: 3 december 2025.').waitFor();
        const lines = await page.getByRole('listitem').allTextContents();
        expect(lines.filter((l) => /^(Steun|Verwachtingen|Temperatuur): \d+ toen, \d+ nu\./.test(l))).toHaveLength(3);
        for (const html of await everyStep(page)) expect(html).not.toMatch(OTHER_NAMES);
      }
    });
  });
});
