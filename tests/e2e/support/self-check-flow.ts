import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../../src/model/instruments/registry';
import type { AnswerValue, Answers, LikertItem } from '../../../src/model/instruments/types';
import { axisLevel, scoreAnswers } from '../../../src/model/scoring/score';
import { reflectionQuestionIds } from '../../../src/model/scoring/reflection';
import type { SelfCheckScore } from '../../../src/model/scoring/types';
import nlCommon from '../../../locales/nl/common.json';
import nlHistory from '../../../locales/nl/history.json';
import nlHome from '../../../locales/nl/home.json';
import nlInstrument from '../../../locales/nl/instrument.json';
import nlModes from '../../../locales/nl/modes.json';
import nlQuestionnaire from '../../../locales/nl/questionnaire.json';
import nlResults from '../../../locales/nl/results.json';
import enCommon from '../../../locales/en/common.json';
import enHistory from '../../../locales/en/history.json';
import enHome from '../../../locales/en/home.json';
import enInstrument from '../../../locales/en/instrument.json';
import enModes from '../../../locales/en/modes.json';
import enQuestionnaire from '../../../locales/en/questionnaire.json';
import enResults from '../../../locales/en/results.json';
import nlPrivacy from '../../../locales/nl/privacy.json';
import enPrivacy from '../../../locales/en/privacy.json';
import { assertNoOffOriginRequests, newRecordedContext, type RecordedContextOptions } from './browser';
import { withPersonWord } from '../../../src/testing/person-text';
import type { PersonWord } from '../../../src/model/people/person-word';

/**
 * Shared steps for the browser tests of the self-check: the texts of both languages (read from
 * the locale files, so a reworded text does not break a test), answering the questionnaire
 * through the UI, and what the result page must show, computed by the model itself.
 */

export type Lng = 'nl' | 'en';

export const TEXTS = {
  nl: { common: nlCommon, history: nlHistory, home: nlHome, instrument: nlInstrument, modes: nlModes, questionnaire: nlQuestionnaire, results: nlResults, privacy: nlPrivacy },
  en: { common: enCommon, history: enHistory, home: enHome, instrument: enInstrument, modes: enModes, questionnaire: enQuestionnaire, results: enResults, privacy: enPrivacy },
} as const;

export const PHONE = { width: 375, height: 812 } as const;
export const LAPTOP = { width: 1280, height: 800 } as const;
export const ITEMS = SELF_CHECK.items;
export const TOTAL = ITEMS.length;

export const PROGRESS_KEY = 'modusspiegel:progress';
export const HISTORY_KEY = 'modusspiegel:history';
export const LANGUAGE_KEY = 'modusspiegel:language';
export const QUARANTINE_PREFIX = 'modusspiegel:quarantine:';

/**
 * Switches the language with the header's buttons. On a phone they are folded behind "Menu"
 * (decision 91): open it first when its button is shown.
 */
export async function chooseLanguage(page: Page, from: Lng, to: Lng): Promise<void> {
  const menu = page.getByRole('button', { name: TEXTS[from].common.nav.menu, exact: true });
  if (await menu.isVisible()) {
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  }
  await page.getByRole('button', { name: TEXTS[from].common.language[to], exact: true }).click();
}

/** Fills i18next-style `{{name}}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for {{${name}}} in "${template}"`);
    return String(values[name]);
  });
}

/** The UI shows whole numbers (Intl, at most 0 fraction digits). */
export function whole(value: number, lng: Lng): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

/** A statement as shown for the word chosen for the person worked with ("cliënt" unless chosen, decision 85). */
export function statementText(lng: Lng, item: LikertItem, word: PersonWord = 'client'): string {
  return withPersonWord((TEXTS[lng].instrument.selfCheck.items as Record<string, string>)[item.id] ?? `missing text ${item.id}`, lng, word);
}

export function scaleLabel(lng: Lng, value: AnswerValue): string {
  return TEXTS[lng].instrument.answerScales.agreement[String(value) as keyof (typeof nlInstrument)['answerScales']['agreement']];
}

export function progressText(lng: Lng, current: number): string {
  return fill(TEXTS[lng].questionnaire.progress, { current, total: TOTAL });
}

/** Answers from a 16-digit string, one digit per statement in instrument order ("5412…"). */
export function answersFrom(digits: string): Answers {
  if (digits.length !== TOTAL || !/^[1-5]+$/.test(digits)) throw new Error(`need ${TOTAL} digits 1–5, got "${digits}"`);
  return Object.fromEntries(ITEMS.map((item, i) => [item.id, Number(digits[i]) as AnswerValue]));
}

export function answerOf(answers: Answers, item: LikertItem): AnswerValue {
  const value = answers[item.id];
  if (value === undefined || value === 'na') throw new Error(`no answer 1–5 for ${item.id}`);
  return value;
}

/** A fresh recorded context; closes it afterwards and fails on any request that left the origin. */
export async function inFreshContext(
  browser: Browser,
  baseURL: string,
  options: RecordedContextOptions,
  run: (context: BrowserContext, requests: string[]) => Promise<void>,
): Promise<void> {
  const { context, requests } = await newRecordedContext(browser, options);
  try {
    await run(context, requests);
    expect(requests.length).toBeGreaterThan(0);
    assertNoOffOriginRequests(requests, baseURL);
  } finally {
    await context.close();
  }
}

/** The fieldset of one statement: its accessible name is the legend, i.e. the statement. */
export function statementGroup(page: Page, lng: Lng, index: number): Locator {
  const item = ITEMS[index];
  if (!item) throw new Error(`no statement ${index}`);
  return page.getByRole('group', { name: statementText(lng, item), exact: true });
}

/**
 * Waits until statement `index` (0-based) is on screen with its progress bar ("statement 8 of 16");
 * with `visibleProgress`, also the visible "8 of 16". (Kept optional: each check is a round trip,
 * and the suite answers a few hundred statements.)
 */
export async function expectStatement(page: Page, lng: Lng, index: number, { visibleProgress = false } = {}): Promise<Locator> {
  const group = statementGroup(page, lng, index);
  await group.waitFor();
  const label = fill(TEXTS[lng].questionnaire.progressLabel, { current: index + 1, total: TOTAL });
  await page.getByRole('progressbar', { name: label, exact: true }).waitFor();
  if (visibleProgress) await page.getByText(progressText(lng, index + 1), { exact: true }).waitFor();
  return group;
}

/** Answers the statement on screen (must be `index`) and goes on with Next or See my result. */
export async function answerAndGoOn(page: Page, lng: Lng, index: number, value: AnswerValue, options: { visibleProgress?: boolean } = {}): Promise<void> {
  const group = await expectStatement(page, lng, index, options);
  await group.getByRole('radio', { name: scaleLabel(lng, value), exact: true }).check();
  const q = TEXTS[lng].questionnaire;
  // "Skip" turns into "Next" once the answer is stored, so waiting for "Next" waits for the store.
  const name = index === TOTAL - 1 ? q.finish : q.next;
  await page.getByRole('button', { name, exact: true }).click();
}

/** From home: start the self-check and wait for the first statement. */
export async function startFromHome(page: Page, baseURL: string, lng: Lng): Promise<void> {
  await page.goto(`${baseURL}/`);
  await page.getByRole('heading', { level: 1, name: TEXTS[lng].home.title }).waitFor();
  await page.getByRole('link', { name: TEXTS[lng].home.start, exact: true }).click();
  await expectStatement(page, lng, 0);
}

/** Answers statements `from`..15 and waits for the result page; returns the result id. */
export async function answerRest(page: Page, lng: Lng, answers: Answers, from = 0, options: { visibleProgress?: boolean } = {}): Promise<string> {
  for (let i = from; i < TOTAL; i++) {
    await answerAndGoOn(page, lng, i, answerOf(answers, ITEMS[i] as LikertItem), options);
  }
  return waitForResultPage(page, lng);
}

export async function waitForResultPage(page: Page, lng: Lng): Promise<string> {
  await page.getByRole('heading', { level: 1, name: TEXTS[lng].results.pageTitle }).waitFor();
  const match = /#\/result\/([^/?#]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a result page: ${page.url()}`);
  return match[1];
}

/** Everything the result page says about one set of answers, computed by the model. */
export function expectedResult(answers: Answers, lng: Lng) {
  const score = scoreAnswers(SELF_CHECK, answers);
  if (!score.complete || !score.point || !score.placement || !score.spokes) throw new Error('pattern is incomplete');
  const t = TEXTS[lng];
  const placementName = (p: SelfCheckScore['placement']) => t.modes[p ?? 'between'].display;
  const quadrantLabel = (m: 'MET' | 'VOOR' | 'NIET' | 'DOOR') => t.modes[m].display;
  const placementSentence =
    score.placement === 'between'
      ? t.results.placementBetween
      : fill(t.results.placementMode, { name: t.modes[score.placement].display, label: t.modes[score.placement].label });
  const axisSentences = (['support', 'expectations'] as const).map((axis) => {
    const value = score.point?.[axis] ?? NaN;
    const level = fill(t.modes.axisLevel[axisLevel(value)], { score: whole(value, lng) });
    return fill(t.results.axisSentence, { axis: t.instrument.axis[axis], level });
  });
  const spokes = score.spokes;
  const spokeText = (m: 'MET' | 'VOOR' | 'NIET' | 'DOOR') => {
    const v = spokes[m];
    return v === null ? t.results.spokeMissing : fill(t.results.spokeValue, { value: Math.round(v) });
  };
  return {
    score,
    placementSentence,
    axisSentences,
    support: whole(score.point.support, lng),
    expectations: whole(score.point.expectations, lng),
    placementName: placementName(score.placement),
    radarRows: (['MET', 'VOOR', 'NIET', 'DOOR'] as const).map((m) => [quadrantLabel(m), spokeText(m)]),
    quadrantLabel,
    reflection: reflectionQuestionIds(score).map((id) => withPersonWord(t.results.reflection[id], lng)),
  };
}

/** The two figures of the result page: the window and the radar. */
export function resultFigures(page: Page, lng: Lng) {
  const t = TEXTS[lng].results;
  return {
    window: page.getByRole('figure', { name: t.windowCaption, exact: true }),
    radar: page.getByRole('figure', { name: t.radarCaption, exact: true }),
  };
}

/** Cell texts of a table's body rows: [row header, ...cells]. */
export async function bodyRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim())),
  );
}

/**
 * Checks the result page against the model: placement sentence, axis sentences, both charts drawn
 * as SVG, the window table's numbers and placement, the radar table, the reflection questions.
 */
export async function expectResultPage(page: Page, lng: Lng, answers: Answers): Promise<ReturnType<typeof expectedResult>> {
  const expected = expectedResult(answers, lng);
  const t = TEXTS[lng].results;

  const summary = page.getByRole('region', { name: expected.placementSentence, exact: true });
  await summary.waitFor();
  await page.getByRole('heading', { level: 2, name: expected.placementSentence, exact: true }).waitFor();
  expect(await summary.getByRole('listitem').allTextContents()).toEqual(expected.axisSentences);

  const { window, radar } = resultFigures(page, lng);
  for (const figure of [window, radar]) {
    await figure.waitFor();
    // A chart draws when it scrolls into view (src/charts/when-near.tsx), as a reader's would; recharts
    // then draws after measuring its container: wait for the SVG, then check it has a size.
    await figure.getByRole('img').first().scrollIntoViewIfNeeded();
    const svg = figure.getByRole('img').locator('svg.recharts-surface').first();
    await svg.waitFor();
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(50);
    expect(box?.height ?? 0).toBeGreaterThan(50);
  }
  // The window marks the current point with a circle.
  expect(await window.locator('svg circle').count()).toBeGreaterThan(0);

  const windowTable = window.getByRole('table', { name: t.windowTableCaption, exact: true });
  // One column per measurement ("Nu" first), one row per measure.
  expect(await windowTable.locator('thead th').first().textContent()).toBe(t.now);
  const rows = await bodyRows(windowTable);
  expect(rows.map((row) => row.slice(0, 2))).toEqual([
    [t.column.support, expected.support],
    [t.column.expectations, expected.expectations],
    [t.column.placement, expected.placementName],
  ]);

  const radarTable = radar.getByRole('table', { name: t.radarTableCaption, exact: true });
  // Mode and this result's value; a third column (last time) follows when there is an earlier result.
  expect((await bodyRows(radarTable)).map((row) => row.slice(0, 2))).toEqual(expected.radarRows);

  const reflection = page.getByRole('region', { name: t.reflectionTitle, exact: true });
  expect(await reflection.getByRole('listitem').allTextContents()).toEqual(expected.reflection);
  return expected;
}

/** The parsed value of a localStorage key in the page, or null. */
export async function storedJson(page: Page, key: string): Promise<unknown> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  return raw === null ? null : (JSON.parse(raw) as unknown);
}

export async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage));
}
