import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { answerAndGoOn, answerOf, answersFrom, fill, inFreshContext, ITEMS, PHONE, TOTAL } from './support/self-check-flow';
import type { Answers, LikertItem } from '../../src/model/instruments/types';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlParticipant from '../../locales/nl/participant.json';
import nlQuestionnaire from '../../locales/nl/questionnaire.json';

/**
 * One person, one result: a phone answers a workshop, hands over code A, answers again and hands
 * over code B, which replaces A. Whether the facilitator takes in B then A or A then B, the
 * workshop holds one result for that phone, and the intake says why.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const WORKSHOPS_KEY = 'modusspiegel:workshops';

async function answerOnce(page: Page, joinCode: string, answers: Answers, again: boolean): Promise<string> {
  await page.goto(`${baseURL}/#/join/${joinCode.replace('-', '')}`);
  await page.getByRole('button', { name: nlParticipant.join }).click();
  const notice = page.getByText(nlParticipant.replaceNotice);
  if (again) await notice.waitFor();
  else expect(await notice.count()).toBe(0);
  // Marking a statement to talk about is optional; this person marks the first.
  if (!again) await page.getByRole('button', { name: nlQuestionnaire.mark.button }).click();
  for (let i = 0; i < TOTAL; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
  await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
  const replaces = page.getByText(nlParticipant.handoverReplaces);
  if (again) await replaces.waitFor();
  else expect(await replaces.count()).toBe(0);
  return (await page.locator('.code-text').textContent())?.trim() ?? '';
}

async function paste(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(code);
  await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
}

const permutations = <T,>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('one person, one result', () => {
  it('counts a phone that answered three times once, in all six orders and with the middle code missing', async () => {
    let joinCode = '';
    let emptyWorkshop = '';
    let workshopUrl = '';
    await inFreshContext(browser, baseURL, {}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team West');
      await page.getByRole('spinbutton', { name: nlWorkshop.minLabel }).fill('3');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('heading', { level: 1, name: 'Team West' }).waitFor();
      joinCode = (await page.locator('.join-code strong').textContent())?.trim() ?? '';
      workshopUrl = page.url();
      // The same workshop, still empty, for every fresh laptop below.
      emptyWorkshop = (await page.evaluate((key) => localStorage.getItem(key), WORKSHOPS_KEY)) ?? '';
    });
    expect(emptyWorkshop).toContain('Team West');

    // One phone, three rounds of answers: A, then B, then C.
    const codes: string[] = [];
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      codes.push(await answerOnce(page, joinCode, answersFrom('5151515151515151'), false));
      codes.push(await answerOnce(page, joinCode, answersFrom('2424242424242424'), true));
      codes.push(await answerOnce(page, joinCode, answersFrom('3333333333333333'), true));
    });
    const [codeA = '', , codeC = ''] = codes;
    expect(new Set(codes).size).toBe(3);

    const runs = [...permutations(codes), [codeA, codeC], [codeC, codeA]];
    for (const order of runs) {
      await inFreshContext(browser, baseURL, {}, async (context) => {
        await context.addInitScript(
          ({ key, value }) => {
            if (!localStorage.getItem(key)) localStorage.setItem(key, value);
          },
          { key: WORKSHOPS_KEY, value: emptyWorkshop },
        );
        const page = await context.newPage();
        await page.goto(workshopUrl);
        const outcome = page.getByRole('status', { name: nlWorkshop.outcomeLabel });
        let newest = -1;
        for (const code of order) {
          await paste(page, code);
          const index = codes.indexOf(code);
          // An older code after a newer one never counts and never reads as "already received".
          const expected = index > newest ? (newest < 0 ? nlWorkshop.status.added : nlWorkshop.status.replaced) : nlWorkshop.status.superseded;
          await outcome.getByText(fill(nlWorkshop.entryLabel, { source: code, message: expected }), { exact: true }).waitFor();
          expect(await outcome.getByText(nlWorkshop.status.duplicate, { exact: false }).count()).toBe(0);
          newest = Math.max(newest, index);
          await page.getByText(fill(nlWorkshop.countOf, { received: 1, min: 3 })).first().waitFor();
        }
        const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { state: { workshops: { results: { fingerprint: string }[] }[] } }, WORKSHOPS_KEY);
        expect(stored.state.workshops[0]?.results.map((r) => r.fingerprint), `order ${order.map((c) => codes.indexOf(c)).join('')}`).toEqual([codeC.replace(/-/g, '')]);
      });
    }
  });
});
