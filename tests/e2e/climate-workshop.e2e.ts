import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { answersFrom, answerOf, fill, inFreshContext, ITEMS, PHONE, scaleLabel, statementText, TOTAL, whole } from './support/self-check-flow';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../src/model/instruments/registry';
import { TEAM_CLIMATE } from '../../src/model/instruments/team-climate';
import { climateOfTeam } from '../../src/model/climate/team';
import { decodeResultCode } from '../../src/model/codec/result-code';
import { findInstrument } from '../../src/model/instruments/registry';
import type { AnswerValue, Answers, LikertItem } from '../../src/model/instruments/types';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlParticipant from '../../locales/nl/participant.json';
import nlQuestionnaire from '../../locales/nl/questionnaire.json';
import nlInstrument from '../../locales/nl/instrument.json';
import nlTeam from '../../locales/nl/team.json';
import { withPersonWord } from '../../src/testing/person-text';

/**
 * A workshop that asks both questionnaires: five phones, each in a context of its own, answer the
 * self-check and then the team climate, and hand over ONE code each; the facilitator's laptop
 * takes the five codes in, reveals the profile and shows the team's temperature and band, which
 * must be what the model computes for these answers.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const SELF = ['5151515151515151', '4242424242424242', '5252414251524241', '4343434343434343', '3535353535353535'];
// 28 climate answers each: a team that is warm on purpose and cooperation, cold on boundaries.
const CLIMATE = [
  '5151151515515115515151151515',
  '4242242424424224424242242424',
  '5151151515515115515151151515',
  '4242242424424224424242242424',
  '3333333333333333333333333333',
];

function climateAnswers(digits: string): Answers {
  return Object.fromEntries(TEAM_CLIMATE.items.map((item, i) => [item.id, Number(digits[i]) as AnswerValue]));
}

const climateText = (item: LikertItem) => withPersonWord((nlInstrument.teamClimate.items as Record<string, string>)[item.id] ?? item.id, 'nl');

async function answerClimate(page: Page, answers: Answers): Promise<void> {
  const total = TEAM_CLIMATE.items.length;
  for (const [i, item] of TEAM_CLIMATE.items.entries()) {
    const group = page.getByRole('group', { name: climateText(item), exact: true });
    await group.waitFor();
    await group.getByRole('radio', { name: scaleLabel('nl', answers[item.id] as AnswerValue), exact: true }).check();
    await page.getByRole('button', { name: i === total - 1 ? nlQuestionnaire.finish : nlQuestionnaire.next, exact: true }).click();
  }
}

async function participate(code: string, self: Answers, climate: Answers): Promise<string> {
  let handed = '';
  await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${baseURL}/#/join/${code.replace('-', '')}`);
    await page.getByRole('button', { name: nlParticipant.join }).click();
    for (let i = 0; i < TOTAL; i++) {
      const item = ITEMS[i] as LikertItem;
      const group = page.getByRole('group', { name: statementText('nl', item), exact: true });
      await group.waitFor();
      await group.getByRole('radio', { name: scaleLabel('nl', answerOf(self, item)), exact: true }).check();
      // The last button of part 1 leads on to part 2.
      await page.getByRole('button', { name: i === TOTAL - 1 ? fill(nlParticipant.partNextButton, { part: 2 }) : nlQuestionnaire.next, exact: true }).click();
    }
    await page.getByRole('button', { name: fill(nlParticipant.partStart, { part: 2 }) }).click();
    await answerClimate(page, climate);
    await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
    handed = (await page.locator('.code-text').textContent())?.trim() ?? '';
  });
  return handed;
}

describe('a workshop with both questionnaires', () => {
  it('five phones hand over one code each; the projector shows the team temperature and band of the model', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 900 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team Zuid');
      await page.getByRole('radio', { name: nlWorkshop.questionnairesBoth, exact: true }).check();
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('heading', { level: 1, name: 'Team Zuid' }).waitFor();
      const code = (await page.locator('.join-code strong').textContent())?.trim() ?? '';

      const codes: string[] = [];
      for (let i = 0; i < 5; i++) codes.push(await participate(code, answersFrom(SELF[i] ?? ''), climateAnswers(CLIMATE[i] ?? '')));

      // One code per phone, and each carries both questionnaires.
      for (const handed of codes) {
        const decoded = decodeResultCode(handed, { findInstrument });
        expect(decoded.questionnaires.map((q) => q.instrumentId)).toEqual([SELF_CHECK.id, TEAM_CLIMATE.id]);
      }

      await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(codes.join('\n'));
      await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      await page.getByRole('status', { name: nlWorkshop.outcomeLabel }).getByText(fill(nlWorkshop.summary, { added: 5, duplicates: 0, refused: 0 })).waitFor();

      await page.getByRole('button', { name: nlTeam.reveal.start }).click();
      await page.getByRole('button', { name: nlTeam.reveal.all }).click();
      await page.getByRole('heading', { level: 3, name: fill(nlTeam.stepHeading, { step: 5, name: nlTeam.steps.climate }) }).waitFor();

      const team = climateOfTeam(TEAM_CLIMATE, CLIMATE.map(climateAnswers), { minRespondents: 5 });
      if (team.status !== 'shown') throw new Error('the climate should be shown');
      const band = (nlInstrument.teamClimate.bands as Record<string, string>)[team.reading.band] ?? '';
      // The band line stands in the climate step and again beside the window in the last step.
      await page.getByText(fill(nlTeam.climate.bandLine, { band, temperature: whole(team.temperature, 'nl') }), { exact: true }).first().waitFor();
      const coldest = (nlInstrument.scales as Record<string, string>)[team.reading.coldest] ?? '';
      expect(await page.getByText(coldest, { exact: false }).count()).toBeGreaterThan(0);
      await page.getByRole('heading', { level: 3, name: fill(nlTeam.stepHeading, { step: 6, name: nlTeam.steps.combination }) }).waitFor();
    });
    // Five phones answer 44 statements each: allow for a busy machine.
  }, 150_000);
});
