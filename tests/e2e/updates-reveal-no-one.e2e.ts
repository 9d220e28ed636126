import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import nlClient from '../../locales/nl/client.json';
import nlPresenter from '../../locales/nl/presenter.json';
import nlTeam from '../../locales/nl/team.json';
import nlWorkshop from '../../locales/nl/workshop.json';
import { launchBrowserForFile } from './support/browser';
import { fill, inFreshContext, LAPTOP } from './support/self-check-flow';
import { generateWorkshopCode } from '../../src/model/codec/workshop-code';
import { toTextCode } from '../../src/model/codec/result-code';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../../src/model/instruments/client-check';
import type { AnswerValue, Answers } from '../../src/model/instruments/types';
import { resultOfForm, type ClientCollection } from '../../src/model/client/collection';
import { seeded } from '../../src/model/testing/seeded';
import { addResults } from '../../src/model/workshop/result-set';
import { realResult, selfCheckWorkshop } from '../../src/model/workshop/test-workshops';

/**
 * Updates that reveal no one (decision 73), as a professional and a trainer meet them: a
 * collected clients' view with five clients shown, one more code and a deleted one; and the wall
 * with one late phone.
 */
const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const c = nlClient;
const code = generateWorkshopCode(seeded(7373));
const answers = (v: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v]));
const mirror = resultOfForm(code, CLIENT_MIRROR, answers(4), 999);
const five = [1, 2, 3, 4, 5].map((n) => resultOfForm(code, CLIENT_CHECK, answers(((n % 5) + 1) as AnswerValue), n));
const collection: ClientCollection = {
  id: 'five',
  code,
  setting: 'collected',
  scope: 'own',
  word: 'coach',
  minClients: 5,
  createdAt: '2026-12-01T10:00:00.000Z',
  results: addResults([], [mirror, ...five]).results,
  shown: five.map((r) => r.fingerprint),
};
const shownFive = fill(c.collection.shownCount_other, { count: 5 });

describe('updates that reveal no one', () => {
  it('clients’ view: one more code asks before "Bijwerken"; a deleted result leaves the view only at the update', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context) => {
      await context.addInitScript((seed: string) => {
        if (!localStorage.getItem('modusspiegel:clients')) localStorage.setItem('modusspiegel:clients', seed);
      }, JSON.stringify({ state: { collections: [collection] }, version: 1 }));
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/clients/five`);
      await page.getByText(shownFive).waitFor();

      // The sixth client's code, as their phone shows it.
      const sixth = toTextCode({ workshopCode: code, nonce: 6, questionnaires: [{ instrument: CLIENT_CHECK, answers: answers(5) }] });
      await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(sixth);
      await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      await page.getByText(fill(c.collection.pending_one, { count: 1 })).waitFor();
      await page.getByRole('button', { name: c.collection.update, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: nlWorkshop.shownUpdate.title });
      await dialog.getByText(nlWorkshop.shownUpdate.clients.risk).waitFor();
      // Waiting is the default: Enter presses the focused "Wachten".
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(shownFive).waitFor();

      // Deleting one result by its code: it leaves the stored list at once, the view stays.
      await page.getByRole('textbox', { name: c.collection.removeByCodeLabel }).fill(five[0]!.fingerprint);
      await page.getByRole('button', { name: c.collection.removeByCode }).click();
      await page.getByRole('dialog').getByRole('button', { name: c.overview.delete }).click();
      await page.getByText(c.collection.removed).waitFor();
      // The shown comparison keeps its code until the next update; the stored results do not.
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('modusspiegel:clients') ?? '{}') as { state: { collections: ClientCollection[] } });
      expect(stored.state.collections[0]?.results.map((r) => r.fingerprint)).not.toContain(five[0]!.fingerprint);
      await page.getByText(shownFive).waitFor();
      // No row of the list ends like a client's code.
      const text = (await page.locator('main').textContent()) ?? '';
      expect(five.slice(1).filter((r) => text.includes(r.fingerprint.slice(-5)))).toEqual([]);
    });
  });

  it('the wall: one late phone blanks the wall and asks on the facilitator’s control first', async () => {
    const CODE = 'K7MQ45';
    const team = [1, 2, 3, 4, 5].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4 | 5, 100 + v));
    const workshop = selfCheckWorkshop(CODE, team, { id: 'late-one' });
    await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 720 } }, async (context) => {
      await context.addInitScript((seed: string) => {
        if (!localStorage.getItem('modusspiegel:workshops')) localStorage.setItem('modusspiegel:workshops', seed);
      }, JSON.stringify({ state: { workshops: [workshop] }, version: 2 }));
      const wall = await context.newPage();
      await wall.goto(`${baseURL}/#/workshops/late-one/present`);
      await wall.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
      await wall.keyboard.press('ArrowRight');
      await wall.keyboard.press('ArrowRight');
      const people = wall.getByRole('row', { name: new RegExp(nlPresenter.window.row.people) });
      await expect.poll(() => people.textContent()).toContain('5');

      const desk = await context.newPage();
      await desk.goto(`${baseURL}/#/workshops/late-one`);
      await desk.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(realResult(CODE, 4, 500).fingerprint);
      await desk.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      await desk.getByText(nlWorkshop.count_other.replace('{{count}}', '6')).first().waitFor();

      await wall.bringToFront();
      await wall.getByRole('button', { name: nlPresenter.late.update }).click();
      await wall.getByTestId('blank').waitFor();
      const dialog = wall.getByRole('dialog', { name: nlWorkshop.shownUpdate.title });
      await dialog.getByText(nlWorkshop.shownUpdate.people.risk).waitFor();
      await dialog.getByRole('button', { name: nlWorkshop.shownUpdate.wait }).click();
      await wall.getByTestId('blank').waitFor({ state: 'hidden' });
      await expect.poll(() => people.textContent()).toContain('5');

      // The workshop page shows the same shown team as the wall: five, with one change waiting.
      await desk.bringToFront();
      await desk.getByText(fill(nlTeam.update.pending_one, { count: 1 })).waitFor();
    });
  });
});
