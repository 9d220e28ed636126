import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { inFreshContext, whole } from './support/self-check-flow';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../src/model/instruments/registry';
import { scoreAnswers } from '../../src/model/scoring/score';
import { aggregateTeam } from '../../src/model/team/aggregate';
import { toQrPayload } from '../../src/model/codec/result-code';
import { createJoinCode } from '../../src/model/workshop/join-code';
import type { Workshop } from '../../src/model/workshop/workshop';
import type { AnswerValue, Answers } from '../../src/model/instruments/types';
import nlTeam from '../../locales/nl/team.json';

/**
 * What the wall must never show: a workshop with seven seeded results (two of them identical) is
 * revealed in full, at a projector's and at a phone's width. No person's pair of scores (support,
 * expectations) may appear in the page's text, in any table row, or in any aria-label or title;
 * the dots are drawn, and the two identical results are one dot with "×2".
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

/**
 * A person who agrees `support` (1–5) with the support statements and `expectations` with the
 * expectations statements, on every second statement one step less where there is room: people
 * spread over the window, at uneven scores. The last two are the same answers twice.
 */
function person(support: AnswerValue, expectations: AnswerValue): Answers {
  return Object.fromEntries(
    SELF_CHECK.items.map((item, i) => {
      const level = item.scale === 'support' ? support : expectations;
      const agree = (i % 4 < 2 && level > 1 ? level - 1 : level) as AnswerValue;
      return [item.id, (item.keying === 'plus' ? agree : 6 - agree) as AnswerValue];
    }),
  );
}
const answerSets = [person(5, 4), person(2, 5), person(4, 1), person(1, 4), person(3, 3), person(2, 2), person(2, 2)];
const code = createJoinCode(() => 0.31, { hideOwnResult: false, questionnaires: 'self-check' });

const workshop: Workshop = {
  id: 'wall-1',
  code,
  name: 'Team Muur',
  questionnaires: [{ instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version }],
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results: answerSets.map((answers, i) => {
    const nonce = 1000 + i;
    return {
      fingerprint: toQrPayload({ workshopCode: code, nonce, questionnaires: [{ instrument: SELF_CHECK, answers }] }),
      nonce,
      parts: { [SELF_CHECK.id]: { answers, marks: [] } },
    };
  }),
};

/** Each person's scores as the app would print them: whole numbers, Dutch. */
const people = answerSets.map((answers) => {
  const score = scoreAnswers(SELF_CHECK, answers);
  if (!score.point) throw new Error('every seeded person needs a point');
  return { support: whole(score.point.support, 'nl'), expectations: whole(score.point.expectations, 'nl') };
});

/** "25 97", "25 | 97", "steun 25, verwachtingen 97": the two numbers close together, in either order. */
function pairPattern(a: string, b: string): RegExp {
  const num = (n: string) => `(?<![\\d,])${n.replace(',', '\\,')}(?![\\d]|,\\d)`;
  return new RegExp(`${num(a)}[^\\d\\n]{1,24}${num(b)}`);
}

async function wallTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Each block of text on its own (a number in one block and one in the next are not a pair),
    // each table row as one line, and every label and title.
    const texts = [...document.querySelectorAll('main :is(p, li, h1, h2, h3, h4, caption, figcaption, legend, label, output, button, dt, dd, text)')].map(
      (e) => (e.textContent ?? '').replace(/\s+/g, ' '),
    );
    for (const row of document.querySelectorAll('tr')) texts.push([...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '').join(' | '));
    for (const element of document.querySelectorAll('[aria-label], [title], [aria-description]')) {
      for (const name of ['aria-label', 'title', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    for (const title of document.querySelectorAll('svg title, svg desc')) texts.push(title.textContent ?? '');
    return texts;
  });
}

async function revealAll(page: Page): Promise<void> {
  await page.goto(`${baseURL}/#/workshops/${workshop.id}`);
  await page.getByRole('button', { name: nlTeam.reveal.start }).click();
  await page.getByRole('button', { name: nlTeam.reveal.all }).click();
  await page.getByRole('table', { name: nlTeam.spread.tableCaption }).waitFor();
  // Hover every dot: a tooltip would be a place where one person's numbers could appear.
  for (const dot of await page.locator('.recharts-scatter-symbol').all()) await dot.hover({ force: true }).catch(() => {});
}

describe('the wall', () => {
  it('seeds people whose pairs differ from the team centre (else the test would prove nothing)', () => {
    const profile = aggregateTeam(SELF_CHECK, answerSets, { minRespondents: 5 });
    if (profile.status !== 'shown' || !profile.window) throw new Error('expected a shown profile');
    const centre = { support: whole(profile.window.centre.support, 'nl'), expectations: whole(profile.window.centre.expectations, 'nl') };
    for (const p of people) expect(p).not.toEqual(centre);
    // Sanity of the pattern: the old dots table's row would have been caught.
    const [first] = people;
    expect(pairPattern(first!.support, first!.expectations).test(`Punt 2 | ${first!.support} | ${first!.expectations}`)).toBe(true);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    it(`shows no person's scores at ${viewport.width} px: not in text, table rows, labels or titles`, async () => {
      await inFreshContext(browser, baseURL, { viewport }, async (context) => {
        await context.addInitScript((seed: string) => {
          if (!localStorage.getItem('modusspiegel:workshops')) localStorage.setItem('modusspiegel:workshops', seed);
        }, JSON.stringify({ state: { workshops: [workshop] }, version: 2 }));
        const page = await context.newPage();
        await revealAll(page);
        await page.getByText(/Het profiel gaat over 7 resultaten/).waitFor();

        const texts = await wallTexts(page);
        const leaks = texts.flatMap((text) =>
          people.flatMap((p) => [pairPattern(p.support, p.expectations), pairPattern(p.expectations, p.support)].flatMap((re) => {
            const found = re.exec(text);
            return found ? [`(${p.support}, ${p.expectations}) in "…${text.slice(Math.max(0, found.index - 40), found.index + found[0].length + 20)}…"`] : [];
          }),
          ),
        );
        expect(leaks).toEqual([]);

        // The dots are drawn: six shapes for seven people, the identical two as one dot with "×2".
        const members = page.locator('.recharts-scatter').nth(1).locator('circle');
        expect(await members.count()).toBe(6);
        await page.locator('svg text', { hasText: '×2' }).first().waitFor();
        // No tooltip appeared on hovering the dots.
        expect(await page.locator('.recharts-tooltip-wrapper').count()).toBe(0);
      });
    });
  }
});
