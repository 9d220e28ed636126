import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import nlClient from '../../locales/nl/client.json';
import nlInstrument from '../../locales/nl/instrument.json';
import nlPresenter from '../../locales/nl/presenter.json';
import nlQuestionnaire from '../../locales/nl/questionnaire.json';
import nlWorkshop from '../../locales/nl/workshop.json';
import { CLIENT_CHECK_V2 } from '../../src/model/instruments/client-check';
import { toTextCode } from '../../src/model/codec/result-code';
import type { Answers } from '../../src/model/instruments/types';
import { answerSets, storedProgress, storedResult, storedWorkshop } from '../../src/testing/bench-fixtures';
import { TEAM_CLIMATE } from '../../src/model/instruments/team-climate';
import { checkA11y, launchBrowserForFile, newRecordedContext } from './support/browser';
import { expectTabReachesEveryControl } from './support/keyboard';
import { NARROW, WIDE, ZOOM_200, expectNoSidewaysScroll, settled } from './support/reflow';
import { answerAndGoOn, answerOf, answersFrom, fill, inFreshContext, ITEMS, TEXTS, TOTAL } from './support/self-check-flow';
import type { LikertItem } from '../../src/model/instruments/types';
import { withPersonWord } from '../../src/testing/person-text';

/**
 * Every route of src/app/app.tsx (read from the file: a new route fails here until it has a
 * screen below), opened with stored data in Dutch and in English: axe-core (WCAG 2.2 AA) finds
 * nothing at 1280 px and at 320 px, and the page never scrolls sideways at 200 % zoom (a
 * 640 × 400 CSS viewport at device scale 2) nor at 320 px. The presenter is a projector screen:
 * axe runs on it, the widths do not (presenter.e2e.ts checks 1024–1920 px). In Dutch, Tab
 * reaches every control of each screen. docs/testing.md.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const source = readFileSync(resolve(import.meta.dirname, '../../src/app/app.tsx'), 'utf8');
const ROUTES = [...source.matchAll(/<Route\s+(?:path="([^"]*)"|index)/g)].map((m) => m[1] ?? '');

/** What the setup made: ids and codes for the routes' parameters, and the storage to seed. */
interface Seed {
  storage: Record<string, string>;
  demo: string;
  workshop: string;
  code: string;
  result: string;
  participation: string;
  collection: string;
  clientCode: string;
}
let seed: Seed;

/**
 * Screens a route shows with other stored data than its entry above: a real workshop (not the
 * demo) has the intake panel, and a team-climate result has its own result page.
 */
const MORE_SCREENS = ['workshops/:id (a real workshop: intake)', 'result/:id (team climate)'];

/** Screens on a projector only: axe, no phone widths. */
const PROJECTOR = new Set(['workshops/:id/present', 'workshops/:id/wall']);

/** The address of each route, with stored data behind it. A route missing here fails its test. */
function urlOf(path: string): string | undefined {
  const s = seed;
  const urls: Record<string, string> = {
    '': '/',
    // A link made before client form version 2 (version 1), and one that names version 2 (decision 88).
    'client/:code/:word': `/client/${s.clientCode}/coach`,
    'client/:code/:word/:formVersion': `/client/${s.clientCode}/coach/v2`,
    'mirror/:code': `/mirror/${s.clientCode}`,
    'mirror/:code/:formVersion': `/mirror/${s.clientCode}/v2`,
    'clients/:id/table': `/clients/${s.collection}/table`,
    'workshops/:id/present': `/workshops/${s.demo}/present`,
    'workshops/:id/wall': `/workshops/${s.demo}/wall`,
    'workshops/:id/lead': `/workshops/${s.demo}/lead`,
    'self-check': '/self-check',
    'team-climate': '/team-climate',
    'result/:id': `/result/${s.result}`,
    history: '/history',
    join: '/join',
    'join/:code': `/join/${s.code}`,
    'join/:code/answer': `/join/${s.code}/answer`,
    'handover/:id': `/handover/${s.participation}`,
    workshops: '/workshops',
    'workshops/:id': `/workshops/${s.demo}`,
    'workshops/:id/shared': `/workshops/${s.workshop}/shared`,
    'workshops/:id/report': `/workshops/${s.demo}/report`,
    'workshops/:id/script': `/workshops/${s.demo}/script`,
    'team-report': '/team-report',
    overview: '/overview',
    about: '/about',
    clients: '/clients',
    'clients/:id': `/clients/${s.collection}`,
    'clients/:id/mirror': `/clients/${s.collection}/mirror`,
    privacy: '/privacy',
    quality: '/quality',
    '*': '/no-such-page',
    'workshops/:id (a real workshop: intake)': `/workshops/${s.workshop}`,
    'result/:id (team climate)': `/result/${CLIMATE_RESULT}`,
  };
  return urls[path];
}

const CLIMATE_RESULT = 'climate-result';

/** The history with a team-climate result beside the self-check's. */
function withClimateResult(history: string): string {
  const stored = JSON.parse(history) as { state: { results: unknown[] }; version: number };
  const [answers = {}] = answerSets(TEAM_CLIMATE, 1, 9);
  stored.state.results.push({ id: CLIMATE_RESULT, instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version, answers, completedAt: '2026-11-30T10:00:00.000Z' });
  return JSON.stringify(stored);
}

const labels = nlInstrument.answerScales.frequency;
const CLIENT: Answers = { k01: 5, k02: 2, k03: 3, k04: 2, k05: 'na', k13: 4, k07: 1, k08: 4, k09: 4, k14: 3, k11: 1, k12: 2 };

/** The mirror form, one statement per screen: the middle answer everywhere. */
async function answerMirror(page: Page): Promise<void> {
  const items = CLIENT_CHECK_V2.items;
  for (const [i, item] of items.entries()) {
    const group = page.getByRole('group', { name: withPersonWord(fill(nlInstrument.clientMirror.items[item.id as 'k01'], { word: 'coach' }), 'nl') });
    await group.waitFor();
    await group.getByRole('radio', { name: labels['3'], exact: true }).check();
    await page.getByRole('button', { name: i === items.length - 1 ? nlClient.phone.finish : nlQuestionnaire.next, exact: true }).click();
  }
}

/** Stores through the app itself what the screens show: a demo team, a hand-over, a conversation with a client's view. */
async function makeSeed(): Promise<Seed> {
  const workshop = storedWorkshop(6);
  const result = storedResult();
  const code = JSON.parse(workshop.value).state.workshops[0].code as string;
  let made: Seed | undefined;
  await inFreshContext(browser, baseURL, { viewport: WIDE }, async (context) => {
    await context.addInitScript((values: Record<string, string>) => {
      if (localStorage.getItem('e2e:seeded') !== null) return;
      localStorage.setItem('e2e:seeded', '1');
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }, { [workshop.key]: workshop.value, 'modusspiegel:history': withClimateResult(result.values['modusspiegel:history'] ?? ''), ...storedProgress() });
    const page = await context.newPage();

    await page.goto(`${baseURL}/#/workshops`);
    await page.getByRole('button', { name: nlPresenter.demo.try }).click();
    await page.getByRole('heading', { level: 1, name: nlPresenter.demo.name }).waitFor();
    const demo = /#\/workshops\/([^/]+)$/.exec(page.url())?.[1] ?? '';

    await page.goto(`${baseURL}/#/join/${code}/answer`);
    const answers = answersFrom('4242424242424242');
    for (let i = 0; i < TOTAL; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
    await page.waitForURL(/#\/handover\//);
    const participation = /#\/handover\/([^/?]+)/.exec(page.url())?.[1] ?? '';

    await page.goto(`${baseURL}/#/clients`);
    await page.getByRole('combobox', { name: nlClient.overview.wordLabel }).selectOption({ label: 'coach' });
    await page.getByRole('button', { name: nlClient.overview.create, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: nlClient.collection.titleTable }).waitFor();
    const collection = /#\/clients\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    await page.getByRole('link', { name: nlClient.collection.mirrorStart }).click();
    await answerMirror(page);
    await page.getByText(nlClient.collection.mirrorDone).waitFor();
    const link = (await page.getByRole('link', { name: /#\/client\// }).getAttribute('href')) ?? '';
    const clientCode = /#\/client\/([0-9A-Z]{6})\//.exec(link)?.[1] ?? '';
    await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(toTextCode({ workshopCode: clientCode, nonce: 1, questionnaires: [{ instrument: CLIENT_CHECK_V2, answers: CLIENT }] }));
    await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
    await page.getByText(nlWorkshop.status.added).first().waitFor();

    const storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    delete storage['e2e:seeded'];
    made = { storage, demo, workshop: workshop.id, code, result: result.id, participation, collection, clientCode };
  });
  if (!made) throw new Error('no seed');
  for (const [key, value] of Object.entries(made)) if (value === '') throw new Error(`setup found no ${key}`);
  return made;
}

beforeAll(async () => {
  seed = await makeSeed();
});

/**
 * The screen is there: its first heading, which is not the prerendered start screen's (index.html
 * holds the Dutch home page until the app has rendered over it), and the charts drawn.
 */
async function ready(page: Page, path: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 }).first();
  await h1.waitFor();
  if (path !== '') await expect.poll(() => h1.textContent()).not.toBe(TEXTS.nl.home.title);
  await settled(page);
}

describe.each(['nl', 'en'] as const)('every screen in %s', (lng) => {
  it.each([...ROUTES, ...MORE_SCREENS])('#/%s: axe at 1280 and 320 px, Tab reaches every control, no sideways scroll at 200 % zoom or 320 px (presenter: no widths)', async (path) => {
    const url = urlOf(path);
    expect(url, `route "${path}" of app.tsx has no screen in every-screen.e2e.ts: add its address to urlOf`).toBeDefined();
    const { context } = await newRecordedContext(browser, { viewport: WIDE, locale: lng === 'nl' ? 'nl-NL' : 'en-GB', deviceScaleFactor: 2 });
    try {
      await context.addInitScript((values: Record<string, string>) => {
        if (sessionStorage.getItem('e2e:seeded') !== null) return;
        sessionStorage.setItem('e2e:seeded', '1');
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      }, { ...seed.storage, 'modusspiegel:language': lng });
      const page = await context.newPage();
      await page.goto(`${baseURL}/#${url}`);
      await ready(page, path);
      // In the language asked for (html lang too, which axe and screen readers read), and not an error page.
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lng);
      if (path !== '*') expect(await page.getByRole('heading', { level: 1, name: TEXTS[lng].common.notFound.title }).count()).toBe(0);
      await checkA11y(page, `#${url} (${lng}, 1280 px)`);
      // Keyboard: the same in both languages, so once.
      if (lng === 'nl') await expectTabReachesEveryControl(page, `#${url}`);
      if (PROJECTOR.has(path)) return;

      // Zooming in resizes the open page (no reload); a phone opens the page at its width.
      await page.setViewportSize(ZOOM_200);
      await settled(page);
      await expectNoSidewaysScroll(page, `#${url} (${lng}) at 200 % zoom`);

      await page.setViewportSize(NARROW);
      await page.reload();
      await ready(page, path);
      await expectNoSidewaysScroll(page, `#${url} (${lng}) at 320 px`);
      await checkA11y(page, `#${url} (${lng}, 320 px)`);
    } finally {
      await context.close();
    }
  });
});
