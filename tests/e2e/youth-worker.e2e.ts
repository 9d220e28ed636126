import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { ITEMS, PHONE, TEXTS, TOTAL, answersFrom, fill, inFreshContext, scaleLabel, statementText } from './support/self-check-flow';
import { TEAM_CLIMATE } from '../../src/model/instruments/team-climate';
import type { LikertItem } from '../../src/model/instruments/types';
import { withPersonWord } from '../../src/testing/person-text';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlParticipant from '../../locales/nl/participant.json';

/**
 * A new youth worker (issue 21), at 375 px in Dutch: chooses "jongeren" once on the home page;
 * the self-check's statements and the result say "jongere"; the personal team climate is begun
 * from home and kept in the history; a workshop made with "jongeren" carries the word in its join
 * address, and the phone that opens it (a second browser page, another device) reads "jongere".
 * No request leaves the device, and axe finds nothing on the home page with the choice open.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const T = TEXTS.nl;
const MET = answersFrom('5412411554214215');

async function answerSelfCheck(page: Page): Promise<void> {
  for (let i = 0; i < TOTAL; i++) {
    const item = ITEMS[i] as LikertItem;
    const group = page.getByRole('group', { name: statementText('nl', item, 'youth'), exact: true });
    await group.waitFor();
    await group.getByRole('radio', { name: scaleLabel('nl', MET[item.id] as 1), exact: true }).check();
    await page.getByRole('button', { name: i === TOTAL - 1 ? T.questionnaire.finish : T.questionnaire.next, exact: true }).click();
  }
}

describe('a youth worker, at 375 px in Dutch', () => {
  it('chooses "jongeren" once; the self-check, its result, the team climate and a workshop\'s phones use it', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.getByRole('heading', { level: 1, name: T.home.title }).waitFor();
      const choice = page.getByRole('group', { name: T.common.person.choice.legend });
      await checkA11y(page, 'home with the choice of word');
      await choice.getByRole('radio', { name: T.common.person.choice.options.youth }).check();

      await page.getByRole('link', { name: T.home.start, exact: true }).click();
      await page.getByText(fill(withPersonWord(T.instrument.selfCheck.introV2, 'nl', 'youth'), { number: TOTAL })).waitFor();
      await answerSelfCheck(page);

      await page.getByRole('heading', { level: 1, name: T.results.pageTitle }).waitFor();
      await page.getByText(fill(T.common.person.choice.current, { words: 'jongeren' })).waitFor();
      const answers = page.getByRole('region', { name: T.results.ownAnswersTitle });
      expect(await answers.textContent()).toContain('jongere');
      expect(await page.locator('main').textContent()).not.toMatch(/cliënt/i);
      // Nothing of the page scrolls sideways at 375 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

      // The personal team climate, from home, with its own introduction.
      await page.goto(`${baseURL}/`);
      await page.getByRole('link', { name: T.home.climateLink, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: T.questionnaire.climate.pageTitle }).waitFor();
      await page.getByText(T.questionnaire.climate.intro).waitFor();
      for (let i = 0; i < TEAM_CLIMATE.items.length; i++) {
        await page.getByText(fill(T.questionnaire.progress, { current: i + 1, total: TEAM_CLIMATE.items.length }), { exact: true }).waitFor();
        await page.getByRole('radio', { name: T.instrument.answerScales.agreementTeam['4'], exact: true }).check();
        const last = i === TEAM_CLIMATE.items.length - 1;
        await page.getByRole('button', { name: last ? T.questionnaire.finish : T.questionnaire.next, exact: true }).click();
      }
      await page.getByRole('heading', { level: 1, name: T.results.climate.pageTitle }).waitFor();
      const history = await page.evaluate(() => localStorage.getItem('modusspiegel:history'));
      expect(history).toContain('"instrumentId":"team-climate"');

      // A workshop made with "jongeren" (the facilitator's own word to start with).
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Jongerenwerk Oost');
      const word = page.getByRole('group', { name: T.common.person.choice.workshopLegend });
      expect(await word.getByRole('radio', { name: T.common.person.choice.options.youth }).isChecked()).toBe(true);
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      const address = ((await page.locator('.join-url span').textContent()) ?? '').trim();
      expect(address).toMatch(/#\/join\/[0-9A-Z]{6}\?w=youth$/);

      // The phone: another device, which never chose a word of its own.
      await inFreshContext(browser, baseURL, { viewport: PHONE }, async (phoneContext) => {
        const phone = await phoneContext.newPage();
        await phone.goto(address);
        await phone.getByRole('button', { name: nlParticipant.join, exact: true }).click();
        await phone.getByRole('group', { name: statementText('nl', ITEMS[0] as LikertItem, 'youth'), exact: true }).waitFor();
        await phone.getByText(/stellingen over je werk met jongeren\./).waitFor();
      });
    });
  });
});
