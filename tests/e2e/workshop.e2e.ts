import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launchBrowserForFile } from './support/browser';
import { lockWithPin, stopSharedDevice } from './support/shared-device';
import { answerAndGoOn, answersFrom, answerOf, bodyRows, fill, inFreshContext, ITEMS, PHONE, TOTAL, whole } from './support/self-check-flow';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../src/model/instruments/registry';
import { aggregateTeam } from '../../src/model/team/aggregate';
import type { Answers, LikertItem } from '../../src/model/instruments/types';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlParticipant from '../../locales/nl/participant.json';
import nlTeam from '../../locales/nl/team.json';

/**
 * A workshop without a server, end to end: five participants, each in a browser context of their
 * own (their own phone), answer the self-check and get a result code; the facilitator's context
 * takes three in by pasted codes and two by result files, sees the count, reveals the profile and
 * finds the team's centre that the model computes for these answers. No request leaves the origin.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const PATTERNS = ['5151515151515151', '4242424242424242', '5252414251524241', '4343434343434343', '3535353535353535'];

async function createWorkshop(page: Page, name: string, min: number): Promise<string> {
  await page.goto(`${baseURL}/#/workshops`);
  await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill(name);
  await page.getByRole('spinbutton', { name: nlWorkshop.minLabel }).fill(String(min));
  await page.getByRole('button', { name: nlWorkshop.create }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const code = (await page.locator('.join-code strong').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  return code;
}

/** One participant on their own phone: joins by the link in the join QR, answers, hands over. */
async function participate(code: string, answers: Answers, asFile: boolean): Promise<{ code?: string; file?: string }> {
  let handed: { code?: string; file?: string } = {};
  await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${baseURL}/#/join/${code.replace('-', '')}`);
    await page.getByRole('button', { name: nlParticipant.join }).click();
    for (let i = 0; i < TOTAL; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
    await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
    await page.getByRole('img', { name: fill(nlParticipant.qrLabel, { code }) }).waitFor();
    const text = (await page.locator('.code-text').textContent())?.trim() ?? '';
    expect(text).toMatch(/^MS3(-[0-9A-Z]{5})+$/);
    if (asFile) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nlParticipant.download }).click()]);
      const path = await download.path();
      handed = { file: path ? await readFile(path, 'utf8') : '' };
    } else {
      handed = { code: text };
    }
  });
  return handed;
}

describe('a workshop without a server', () => {
  it('takes results in by pasted code and by file and shows the right count and centre', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 900 } }, async (context) => {
      const page = await context.newPage();
      const code = await createWorkshop(page, 'Team Noord, 3 december', 5);

      const answerSets = PATTERNS.map(answersFrom);
      const handed = [];
      for (const [i, answers] of answerSets.entries()) handed.push(await participate(code, answers, i >= 3));

      // Three codes pasted at once, one of them twice: it counts once.
      const pasted = [handed[0]?.code, handed[1]?.code, handed[2]?.code, handed[0]?.code].join('\n');
      await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(pasted);
      await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      const outcome = page.getByRole('status', { name: nlWorkshop.outcomeLabel });
      await outcome.getByText(fill(nlWorkshop.summary, { added: 3, duplicates: 1, refused: 0 })).waitFor();
      await page.getByText(fill(nlWorkshop.countOf, { received: 3, min: 5 })).first().waitFor();

      // Two result files.
      const files = handed.slice(3).map((h, i) => ({ name: `resultaat-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(h.file ?? '') }));
      await page.locator('.intake input[type="file"]').setInputFiles(files);
      await outcome.getByText(fill(nlWorkshop.summary, { added: 2, duplicates: 0, refused: 0 })).waitFor();
      await page.getByText(fill(nlWorkshop.count_other, { count: 5 })).first().waitFor();

      // Reveal: spread first, then the centre, which must be the model's for these answers.
      await page.getByRole('button', { name: nlTeam.reveal.start }).click();
      // The wall's table holds team numbers only: no row per person, no centre before step 2.
      const dots = page.getByRole('table', { name: nlTeam.spread.tableCaption });
      expect(await bodyRows(dots)).toHaveLength(1);
      await page.getByRole('button', { name: fill(nlTeam.reveal.next, { name: nlTeam.steps.centre }) }).click();
      const profile = aggregateTeam(SELF_CHECK, answerSets, { minRespondents: 5 });
      if (profile.status !== 'shown') throw new Error('profile should be shown');
      const centreRow = await dots.locator('tbody tr').first().evaluate((row) => Array.from(row.querySelectorAll('th, td'), (c) => c.textContent?.trim()));
      expect(centreRow).toEqual([nlTeam.spread.centreRow, whole(profile.window!.centre.support, 'nl'), whole(profile.window!.centre.expectations, 'nl')]);
      expect(await page.locator('svg').count()).toBeGreaterThan(0);
    });
  });

  it('refuses a code from another workshop and a mistyped one, changing nothing', async () => {
    await inFreshContext(browser, baseURL, {}, async (context) => {
      const page = await context.newPage();
      const other = await createWorkshop(page, 'Andere workshop', 3);
      const answers = answersFrom(PATTERNS[0] ?? '');
      const { code: foreign } = await participate(other, answers, false);
      await createWorkshop(page, 'Team Zuid', 3);
      const typo = (foreign ?? '').replace(/-(.)(....)-/, (_, c: string, rest: string) => `-${c === 'A' ? 'B' : 'A'}${rest}-`);
      await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(`${foreign}\n,${typo}`);
      await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      const outcome = page.getByRole('status', { name: nlWorkshop.outcomeLabel });
      await outcome.getByText(fill(nlWorkshop.summary, { added: 0, duplicates: 0, refused: 2 })).waitFor();
      await outcome.getByText(/hoort bij workshop/).waitFor();
      await outcome.getByText(/blok 2 \(.{5}\) klopt niet/).waitFor();
      await page.getByText(fill(nlWorkshop.countOf, { received: 0, min: 3 })).first().waitFor();
    });
  });

  it('lets people answer one after the other on the facilitator device, behind a neutral hand-over screen', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await createWorkshop(page, 'Gedeeld apparaat', 3);
      await page.getByRole('link', { name: nlWorkshop.sharedStart }).click();
      await lockWithPin(page);
      for (const pattern of PATTERNS.slice(0, 2)) {
        await page.getByRole('heading', { level: 1, name: nlWorkshop.handoverTitle }).waitFor();
        await page.getByRole('button', { name: nlWorkshop.handoverStart }).click();
        const answers = answersFrom(pattern);
        for (let i = 0; i < TOTAL; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
        await page.getByText(nlWorkshop.sharedThanks).waitFor();
        // Nothing of the previous person is on the hand-over screen: no radio, no table, no figure.
        expect(await page.getByRole('radio').count()).toBe(0);
        expect(await page.getByRole('table').count()).toBe(0);
      }
      await stopSharedDevice(page);
      await page.getByText(fill(nlWorkshop.countOf, { received: 2, min: 3 })).first().waitFor();
    });
  });
});

