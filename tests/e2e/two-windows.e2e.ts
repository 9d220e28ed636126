import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { inFreshContext } from './support/self-check-flow';
import { realResult, selfCheckWorkshop } from '../../src/model/workshop/test-workshops';
import nlScript from '../../locales/nl/script.json';
import nlPresenter from '../../locales/nl/presenter.json';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlFacilitator from '../../locales/nl/facilitator.json';

/**
 * Two windows, one workshop (issue 22), as a facilitator uses them: "Presenteren met eigen
 * scherm" opens the wall in a second window of the same browser; both step from their own keys,
 * B blanks the wall only, and each window reloaded in turn finds the same step, the wanted point
 * and the actions (also what was typed and not yet saved). The wall's DOM never holds a note, a
 * waiting count or a timer, and a result taken in after the snapshot does not reach a reloaded wall.
 */
const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const lead = nlFacilitator.lead;

/** Texts that only the facilitator may read, and what each would look like filled in. */
const LEAD_ONLY = [
  lead.clock,
  lead.stepTimer,
  lead.workshopTimer,
  lead.plan,
  nlScript.panel.title,
  nlScript.panel.questions,
  nlScript.avoid.whose,
  nlScript.panel.minutes_other.split('{{')[0] ?? '',
  lead.waiting_one.split('{{count}}')[1] ?? '',
  lead.next.split('{{')[0] ?? '',
  lead.resultsIn_other.split('{{count}}')[1] ?? '',
  nlPresenter.late.count_one.split('{{count}}')[1] ?? '',
  nlPresenter.late.count_other.split('{{count}}')[1] ?? '',
  nlPresenter.late.update,
].filter((text) => text.trim().length > 3);

/** The wall's whole DOM (text, attributes, labels) holds nothing of the facilitator's, and no timer. */
async function expectWallClean(wall: Page) {
  const html = await wall.evaluate(() => document.documentElement.outerHTML);
  for (const text of LEAD_ONLY) expect(html, `the wall shows "${text}"`).not.toContain(text);
  expect(await wall.locator('[role="timer"], .lead-clock, .wall-late').count()).toBe(0);
  // No clock-like text ("12:05") anywhere on the wall.
  expect(await wall.evaluate(() => document.body.innerText)).not.toMatch(/\b\d{1,2}:\d{2}\b/);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function expectStep(wall: Page, desk: Page, key: keyof typeof nlPresenter.steps, index: number, total: number) {
  const name = nlPresenter.steps[key] as string;
  await heading(wall, name).waitFor();
  await desk.getByText(fill(lead.stepOf, { step: index, total, name }), { exact: true }).waitFor();
  await desk.getByRole('img', { name: fill(lead.preview, { step: index, total, name }) }).waitFor();
  // The script's notes for this step, on the facilitator's screen only.
  await desk.getByRole('heading', { level: 2, name: `${nlScript.panel.title}: ${name}`, exact: true }).waitFor();
  await expectWallClean(wall);
}

describe('two windows, one workshop', () => {
  it('steps from either window, blanks the wall only, survives reloads, and keeps the facilitator’s texts off the wall', async () => {
    const CODE = 'K7MQ45';
    const five = [1, 2, 3, 4, 5].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4 | 5, 100 + v));
    const workshop = selfCheckWorkshop(CODE, five, { id: 'two' });
    const late = realResult(CODE, 4, 500);
    await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 720 } }, async (context) => {
      const desk = await context.newPage();
      await desk.goto(`${baseURL}/#/workshops`);
      await desk.evaluate((w) => localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops: [w] }, version: 2 })), workshop);
      await desk.goto(`${baseURL}/#/workshops/two`);
      await desk.reload();
      await desk.getByRole('heading', { level: 1, name: workshop.name }).waitFor();

      const opened = context.waitForEvent('page');
      await desk.getByRole('button', { name: nlFacilitator.open }).click();
      const wall = await opened;
      await desk.waitForURL(/#\/workshops\/two\/lead$/);
      await wall.waitForURL(/#\/workshops\/two\/wall$/);
      // join, count, window, modes, differ, wanted, actions: five people, all different answers.
      const total = 7;
      await expectStep(wall, desk, 'join', 1, total);
      // Until the wall is full screen it says how to get there, and what F5 does there.
      await wall.getByText(nlFacilitator.wall.fullscreenHint).waitFor();
      await desk.getByText(lead.f5).waitFor();

      // A key in the wall moves both; a key in the facilitator's view moves both.
      await wall.bringToFront();
      await wall.keyboard.press('ArrowRight');
      await expectStep(wall, desk, 'count', 2, total);
      await desk.bringToFront();
      await desk.keyboard.press('ArrowRight');
      await expectStep(wall, desk, 'window', 3, total);
      const people = wall.getByRole('row', { name: new RegExp(nlPresenter.window.row.people) });
      await expect.poll(() => people.textContent()).toContain('5');

      // B in the facilitator's view blanks the wall only; B in the wall brings it back.
      await desk.keyboard.press('b');
      await wall.getByTestId('blank').waitFor();
      await desk.getByText(lead.blankNote).waitFor();
      expect(await desk.locator('body > * .lead-top').isVisible()).toBe(true);
      await wall.bringToFront();
      await wall.keyboard.press('b');
      await wall.getByTestId('blank').waitFor({ state: 'detached' });
      await desk.getByText(lead.blankNote).waitFor({ state: 'detached' });

      // A result taken in after the snapshot: the facilitator sees it waiting, a reloaded wall does not show it.
      const intake = await context.newPage();
      await intake.goto(`${baseURL}/#/workshops/two`);
      await intake.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(late.fingerprint);
      await intake.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      await intake.getByText(fill(nlWorkshop.count_other, { count: 6 })).first().waitFor();
      await intake.close();
      await desk.getByText(fill(lead.waiting_one, { count: 1 })).waitFor();
      await wall.reload();
      await expectStep(wall, desk, 'window', 3, total);
      await expect.poll(() => people.textContent()).toContain('5');
      expect(await people.textContent()).not.toContain('6');

      // The wanted point, moved in the facilitator's view and reloaded at once (before it was written).
      await desk.bringToFront();
      await desk.keyboard.press('End');
      await desk.keyboard.press('ArrowLeft');
      await expectStep(wall, desk, 'wanted', 6, total);
      await desk.getByRole('slider', { name: nlPresenter.wanted.support }).fill('81');
      await desk.reload();
      await expectStep(wall, desk, 'wanted', 6, total);
      await expect.poll(() => desk.getByRole('slider', { name: nlPresenter.wanted.support }).inputValue()).toBe('81');
      await wall.getByText(new RegExp(fill(nlPresenter.wanted.summary, { support: 81, expectations: '\\d+' }))).waitFor();

      // The actions: one added, one typed and not added; the facilitator's window reloads.
      await desk.keyboard.press('ArrowRight');
      await expectStep(wall, desk, 'actions', 7, total);
      await desk.getByRole('textbox', { name: nlPresenter.actions.what }).fill('Elke maand een teamoverleg');
      await desk.getByRole('button', { name: nlPresenter.actions.add }).click();
      await wall.getByRole('rowheader', { name: 'Elke maand een teamoverleg' }).waitFor();
      // Typed at once, while the first write may still hold its lock: it stays in the form.
      await desk.getByRole('textbox', { name: nlPresenter.actions.what }).fill('Koffie voor iedereen');
      await desk.getByText(nlPresenter.actions.saved).waitFor();
      await desk.reload();
      await expectStep(wall, desk, 'actions', 7, total);
      await expect.poll(() => desk.getByRole('textbox', { name: nlPresenter.actions.what }).inputValue()).toBe('Koffie voor iedereen');
      await desk.locator('.lead-editor').getByRole('rowheader', { name: 'Elke maand een teamoverleg' }).waitFor();
      // What is typed and not added never reaches the wall.
      expect(await wall.evaluate(() => document.documentElement.outerHTML)).not.toContain('Koffie voor iedereen');

      // The wall reloaded in turn: the same step, point and actions; still no result of after the snapshot.
      await wall.reload();
      await expectStep(wall, desk, 'actions', 7, total);
      await wall.getByRole('rowheader', { name: 'Elke maand een teamoverleg' }).waitFor();
      await wall.bringToFront();
      await wall.keyboard.press('ArrowLeft');
      await expectStep(wall, desk, 'wanted', 6, total);
      await wall.getByText(new RegExp(fill(nlPresenter.wanted.summary, { support: 81, expectations: '\\d+' }))).waitFor();
      await wall.keyboard.press('Home');
      await wall.keyboard.press('ArrowRight');
      await wall.keyboard.press('ArrowRight');
      await expectStep(wall, desk, 'window', 3, total);
      await expect.poll(() => people.textContent()).toContain('5');
    });
  });
});
