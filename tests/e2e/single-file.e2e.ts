import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readdir } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowserForFile, newRecordedContext } from './support/browser';
import {
  answerAndGoOn,
  answerOf,
  answerRest,
  answersFrom,
  bodyRows,
  expectResultPage,
  expectStatement,
  fill,
  ITEMS,
  LAPTOP,
  PHONE,
  TEXTS,
  TOTAL,
  whole,
} from './support/self-check-flow';
import { lockWithPin, stopSharedDevice } from './support/shared-device';
import { launchWithFakeCamera } from './support/fake-camera';
import { CURRENT_SELF_CHECK as SELF_CHECK, findInstrument } from '../../src/model/instruments/registry';
import type { Answers, LikertItem } from '../../src/model/instruments/types';
import { toQrPayload, toTextCode } from '../../src/model/codec/result-code';
import { toResultFile } from '../../src/model/codec/result-file';
import { aggregateTeam } from '../../src/model/team/aggregate';
import { wallFigures } from '../../src/model/workshop/wall';
import type { Workshop, WorkshopResult } from '../../src/model/workshop/workshop';
import { presenterSteps } from '../../src/model/presenter/steps';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlHosting from '../../locales/nl/hosting.json';
import nlTeam from '../../locales/nl/team.json';
import nlPresenter from '../../locales/nl/presenter.json';
import nlIntake from '../../locales/nl/intake.json';
import nlFacilitator from '../../locales/nl/facilitator.json';

/**
 * The single-file build (`npm run build:single`) opened from disk, as a trainer does from a USB
 * stick: it is built here, so this test always checks the file of this commit. Besides the
 * self-check, a whole workshop runs from the file: people answering one after the other on the
 * shared device, result codes taken in by paste and by chosen files, and the presenter stepped
 * through by keyboard. In every test no request goes beyond the file and the page throws nothing.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'dist-single');
const fileUrl = pathToFileURL(resolve(OUT, 'index.html')).href;

let browser: Browser;
launchBrowserForFile((b) => (browser = b));

beforeAll(async () => {
  await build({ root: ROOT, mode: 'single', logLevel: 'error' });
}, 120_000);

/** Every request must be the file itself or made in the page (data:, blob:): nothing else at all. */
function expectOnlyTheFile(requests: string[]) {
  const other = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && url.split('#')[0] !== fileUrl);
  expect(other).toEqual([]);
}

/** Every error the page throws or logs, from now on. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function open(page: Page, route = '/') {
  const errors = errorsOf(page);
  await page.goto(`${fileUrl}#${route}`);
  return errors;
}

describe('the single file', () => {
  it('is one HTML file with no other files beside it', async () => {
    expect(await readdir(OUT)).toEqual(['index.html']);
  });

  it('opens from file:// and completes a self-check, with no request beyond the file', async () => {
    const { context, requests } = await newRecordedContext(browser, { viewport: PHONE, locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      const errors = await open(page);
      await page.getByRole('heading', { level: 1, name: TEXTS.nl.home.title }).waitFor();
      await page.getByRole('link', { name: TEXTS.nl.home.start, exact: true }).click();
      await expectStatement(page, 'nl', 0);
      const answers = answersFrom('2442415524321245');
      await answerRest(page, 'nl', answers);
      await expectResultPage(page, 'nl', answers);
      expect(errors).toEqual([]);
      expectOnlyTheFile(requests);
    } finally {
      await context.close();
    }
  });

  it('has no join QR without a hosted address, offers the shared device and says why; with an address the QR points there', async () => {
    const { context, requests } = await newRecordedContext(browser, { viewport: LAPTOP, locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      const errors = await open(page, '/workshops');
      await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill('Team Noord');
      await page.getByRole('spinbutton', { name: nlWorkshop.minLabel }).fill('3');
      await page.getByRole('button', { name: nlWorkshop.create }).click();
      await page.getByRole('heading', { level: 1, name: 'Team Noord' }).waitFor();
      const code = (await page.locator('.join-code strong').textContent())?.trim() ?? '';

      await page.getByRole('heading', { name: nlHosting.fileTitle }).waitFor();
      expect(await page.getByRole('img', { name: new RegExp(code) }).count()).toBe(0);
      await page.getByRole('link', { name: nlHosting.sharedLink }).click();
      await page.waitForURL(/#\/workshops\/[^/]+\/shared$/);
      await lockWithPin(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The shared device locks the app to its screen; the facilitator stops it on purpose.
      await stopSharedDevice(page);
      await page.getByRole('heading', { level: 1, name: 'Team Noord' }).waitFor();

      const field = page.getByRole('textbox', { name: nlHosting.fieldLabel });
      await field.fill('not an address');
      await page.getByRole('button', { name: nlHosting.save }).click();
      await page.getByText(nlHosting.invalid).waitFor();
      await field.fill('https://team.example.org/modusspiegel/');
      await page.getByRole('button', { name: nlHosting.save }).click();
      await page.getByText(nlHosting.saved).waitFor();
      await page.getByRole('img', { name: new RegExp(code) }).first().waitFor();
      await page.getByText(`https://team.example.org/modusspiegel/#/join/${code.replace('-', '')}`).waitFor();
      expect(errors).toEqual([]);
      expectOnlyTheFile(requests);
    } finally {
      await context.close();
    }
  });
});

/** Five people who disagree enough for the wall to show differences. */
const PATTERNS = ['5151515151515151', '4242424242424242', '5252414251524241', '4343434343434343', '3535353535353535'];

/** A fresh context on the file: runs `run`, then fails on any page error or any request beyond the file. */
async function onTheFile(viewport: { width: number; height: number }, route: string, run: (page: Page, context: BrowserContext) => Promise<void>) {
  const { context, requests } = await newRecordedContext(browser, { viewport, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    const errors = await open(page, route);
    await run(page, context);
    expect(errors).toEqual([]);
    expectOnlyTheFile(requests);
  } finally {
    await context.close();
  }
}

/** Creates a workshop of the self-check on the workshops page; returns its code without the hyphen. */
async function createWorkshop(page: Page, name: string, min: number): Promise<string> {
  await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill(name);
  await page.getByRole('spinbutton', { name: nlWorkshop.minLabel }).fill(String(min));
  await page.getByRole('button', { name: nlWorkshop.create }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const shown = (await page.locator('.join-code strong').textContent())?.trim() ?? '';
  expect(shown).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  return shown.replace('-', '');
}

/**
 * A finished self-check for workshop `code` as a participant's phone hands it over, made by the
 * model's own encoder: the text code, the result file, and the result the workshop then stores.
 */
function handedOver(code: string, answers: Answers, nonce: number, marks: readonly string[] = []) {
  const toEncode = { workshopCode: code, nonce, questionnaires: [{ instrument: SELF_CHECK, answers, marks }] };
  const result: WorkshopResult = { fingerprint: toQrPayload(toEncode), nonce, parts: { [SELF_CHECK.id]: { answers, marks: [...marks] } } };
  return { text: toTextCode(toEncode), file: toResultFile(toEncode), result };
}

/** The workshop as the facilitator's device holds it after taking `results` in. */
function workshopWith(code: string, results: WorkshopResult[]): Workshop {
  return {
    id: 'expected',
    code,
    name: 'expected',
    questionnaires: [{ instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version }],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-12-03T09:00:00.000Z',
    results,
  };
}

/** Pastes the codes and waits for the intake's summary. */
async function pasteCodes(page: Page, codes: readonly string[], expected: { added: number; duplicates: number; refused: number }) {
  await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(codes.join('\n'));
  await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
  await page.getByRole('status', { name: nlWorkshop.outcomeLabel }).getByText(fill(nlWorkshop.summary, expected)).waitFor();
}

describe('a workshop run from the single file', () => {
  it('lets five people answer one after the other on the shared device and shows their team profile', async () => {
    await onTheFile(LAPTOP, '/workshops', async (page) => {
      await createWorkshop(page, 'Team Oost', 5);
      // Without a hosted address there is no join QR: the join panel sends the facilitator here.
      await page.getByRole('link', { name: nlHosting.sharedLink }).click();
      await page.waitForURL(/#\/workshops\/[^/]+\/shared$/);
      await lockWithPin(page);
      const answerSets = PATTERNS.map(answersFrom);
      for (const answers of answerSets) {
        await page.getByRole('heading', { level: 1, name: nlWorkshop.handoverTitle }).waitFor();
        await page.getByRole('button', { name: nlWorkshop.handoverStart }).click();
        for (let i = 0; i < TOTAL; i++) await answerAndGoOn(page, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
        await page.getByText(nlWorkshop.sharedThanks).waitFor();
      }
      await stopSharedDevice(page);
      await page.getByRole('heading', { level: 1, name: 'Team Oost' }).waitFor();
      await page.getByText(fill(nlWorkshop.count_other, { count: 5 })).first().waitFor();
      await page.getByText(fill(nlTeam.counted_other, { count: 5 })).waitFor();

      // The team's centre is the model's for these five answer sets.
      await page.getByRole('button', { name: nlTeam.reveal.start }).click();
      await page.getByRole('button', { name: fill(nlTeam.reveal.next, { name: nlTeam.steps.centre }) }).click();
      const profile = aggregateTeam(SELF_CHECK, answerSets, { minRespondents: 5 });
      if (profile.status !== 'shown' || !profile.window) throw new Error('five complete answer sets show the profile');
      const table = page.getByRole('table', { name: nlTeam.spread.tableCaption });
      const [centreRow] = await bodyRows(table);
      expect(centreRow).toEqual([nlTeam.spread.centreRow, whole(profile.window.centre.support, 'nl'), whole(profile.window.centre.expectations, 'nl')]);

      // The team report is a blob download: it works from the file, and counts the five.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nlTeam.csv.download }).click()]);
      expect(download.suggestedFilename()).toMatch(/^teamprofiel-.+\.csv$/);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      expect(csv).toMatch(new RegExp(`^"?${nlTeam.csv.respondents}"?[;,]"?5"?\\r?$`, 'm'));
    });
  });

  it('takes result codes in by paste and by chosen files, and counts each result once', async () => {
    await onTheFile(LAPTOP, '/workshops', async (page) => {
      const code = await createWorkshop(page, 'Team West', 5);
      const handed = PATTERNS.map((pattern, i) => handedOver(code, answersFrom(pattern), 100 + i));

      // Three codes pasted at once, the first one twice: it counts once.
      await pasteCodes(page, [...handed.slice(0, 3).map((h) => h.text), handed[0]?.text ?? ''], { added: 3, duplicates: 1, refused: 0 });
      await page.getByText(fill(nlWorkshop.countOf, { received: 3, min: 5 })).first().waitFor();

      // Two result files, chosen with the file button as a facilitator does.
      const files = handed.slice(3).map((h, i) => ({ name: `resultaat-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(h.file) }));
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: nlWorkshop.fileButton }).click()]);
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles(files);
      await page.getByRole('status', { name: nlWorkshop.outcomeLabel }).getByText(fill(nlWorkshop.summary, { added: 2, duplicates: 0, refused: 0 })).waitFor();
      await page.getByText(fill(nlWorkshop.count_other, { count: 5 })).first().waitFor();
      await page.getByText(fill(nlTeam.counted_other, { count: 5 })).waitFor();

      // A file taken in twice still counts once.
      const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: nlWorkshop.fileButton }).click()]);
      await again.setFiles(files.slice(0, 1));
      await page.getByRole('status', { name: nlWorkshop.outcomeLabel }).getByText(fill(nlWorkshop.summary, { added: 0, duplicates: 1, refused: 0 })).waitFor();
      await page.getByText(fill(nlWorkshop.count_other, { count: 5 })).first().waitFor();
    });
  });

  it('opens the presenter from the workshop and steps through every step by keyboard, each with its chart or table', async () => {
    await onTheFile({ width: 1280, height: 720 }, '/workshops', async (page, context) => {
      const code = await createWorkshop(page, 'Team Zuid', 5);
      const workshopUrl = page.url();
      // Three people mark the same two statements, so the agenda has them.
      const marks = [ITEMS[0]?.id ?? '', ITEMS[5]?.id ?? ''];
      const handed = [...PATTERNS, '3333333333333333'].map((pattern, i) => handedOver(code, answersFrom(pattern), 200 + i, i < 3 ? marks : []));
      await pasteCodes(page, handed.slice(0, 5).map((h) => h.text), { added: 5, duplicates: 0, refused: 0 });
      await page.getByText(fill(nlWorkshop.count_other, { count: 5 })).first().waitFor();

      await page.getByRole('link', { name: nlPresenter.open }).click();
      await page.waitForURL(/#\/workshops\/[^/]+\/present$/);
      await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('heading', { level: 1, name: nlPresenter.steps.count }).waitFor();
      await page.getByText(fill(nlPresenter.count.received_other, { count: 5 })).waitFor();
      // A latecomer's code, taken in on the laptop in a second tab: the wall's count follows.
      const laptop = await context.newPage();
      const laptopErrors = errorsOf(laptop);
      await laptop.goto(workshopUrl);
      await laptop.getByRole('heading', { level: 1, name: 'Team Zuid' }).waitFor();
      await pasteCodes(laptop, [handed[5]?.text ?? ''], { added: 1, duplicates: 0, refused: 0 });
      await page.getByText(fill(nlPresenter.count.received_other, { count: 6 })).waitFor();
      await laptop.close();
      expect(laptopErrors).toEqual([]);
      await page.keyboard.press('Home');
      await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();

      const figures = wallFigures(workshopWith(code, handed.map((h) => h.result)), handed.map((h) => h.result), findInstrument);
      const expected = presenterSteps(figures, false);
      expect(expected).toEqual(['join', 'count', 'window', 'modes', 'differ', 'agenda', 'wanted', 'actions']);

      const bar = page.getByRole('navigation', { name: nlPresenter.steps.label });
      const main = page.locator('.wall-main');
      for (const [i, key] of expected.entries()) {
        const heading = nlPresenter.steps[key];
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expect.poll(async () => (await bar.locator('[aria-current="step"]').textContent())?.replace(/^\d+\s*/, '')).toBe(heading);
        switch (key) {
          case 'join':
            // No address a phone can open: the wall says so instead of showing a QR.
            await main.getByText(nlHosting.fileText).waitFor();
            expect(await main.getByRole('img').count()).toBe(0);
            break;
          case 'count':
            await main.getByText(fill(nlPresenter.count.received_other, { count: 6 })).waitFor();
            await main.getByText(nlPresenter.count.enough).waitFor();
            break;
          case 'window': {
            expect(await main.locator('[role="img"] svg').count()).toBe(1);
            const people = main.getByRole('row', { name: new RegExp(nlPresenter.window.row.people) });
            expect(await people.getByRole('cell').allTextContents()).toContain('6');
            break;
          }
          case 'modes':
            expect(await main.locator('[role="img"] svg').count()).toBe(1);
            expect(await bodyRows(main.getByRole('table'))).toHaveLength(4);
            break;
          case 'differ':
            expect(await main.locator('.wall-statements > li').count()).toBe(figures.differences.length);
            break;
          case 'agenda':
            expect(await main.locator('.wall-statements > li').count()).toBe(figures.agenda.length);
            break;
          case 'wanted':
            expect(await main.locator('svg').count()).toBeGreaterThan(0);
            expect(await main.getByRole('slider').count()).toBe(2);
            break;
          case 'actions':
            await main.getByRole('textbox', { name: nlPresenter.actions.what, exact: true }).fill('Elke week een teamoverleg');
            await page.keyboard.press('Enter');
            await main.getByRole('cell', { name: 'Elke week een teamoverleg' }).waitFor();
            break;
          default:
            throw new Error(`no check for the step ${key}`);
        }
        const keys = ['ArrowRight', 'PageDown', 'Space'] as const;
        if (i < expected.length - 1) await page.keyboard.press(keys[i % keys.length] ?? 'ArrowRight');
      }
      // Back one step by keyboard, from outside the field.
      await page.locator('.wall-main h1').click();
      await page.keyboard.press('ArrowLeft');
      await page.getByRole('heading', { level: 1, name: nlPresenter.steps.wanted }).waitFor();
    });
  });

  it('runs two windows from file://: the wall opens beside the facilitator’s view and each steps the other', async () => {
    await onTheFile({ width: 1280, height: 720 }, '/workshops', async (page, context) => {
      const code = await createWorkshop(page, 'Team West', 5);
      const handed = PATTERNS.map((pattern, i) => handedOver(code, answersFrom(pattern), 300 + i));
      await pasteCodes(page, handed.map((h) => h.text), { added: 5, duplicates: 0, refused: 0 });
      const opened = context.waitForEvent('page');
      await page.getByRole('button', { name: nlFacilitator.open }).click();
      const wall = await opened;
      const wallErrors = errorsOf(wall);
      await page.waitForURL(/#\/workshops\/[^/]+\/lead$/);
      expect(wall.url().startsWith('file://')).toBe(true);
      const atStep = async (key: 'join' | 'count' | 'window') => {
        await wall.getByRole('heading', { level: 1, name: nlPresenter.steps[key], exact: true }).waitFor();
        await page.getByText(new RegExp(`: ${nlPresenter.steps[key].replace(/[?.]/g, '\\$&')}$`)).first().waitFor();
      };
      await atStep('join');
      // From the facilitator's view to the wall, then from the wall back: the channel works between file:// windows.
      await page.keyboard.press('ArrowRight');
      await atStep('count');
      await wall.bringToFront();
      await wall.keyboard.press('ArrowRight');
      await atStep('window');
      await page.bringToFront();
      await page.getByRole('button', { name: nlPresenter.controls.previous }).first().click();
      await atStep('count');
      expect(wallErrors).toEqual([]);
    });
  });

  it('reads a result QR with the laptop camera, as when phones use the hosted address', async () => {
    // The camera is a launch flag: this test has a Chromium of its own.
    const camera = await launchWithFakeCamera();
    try {
      const { context, requests } = await newRecordedContext(camera.browser, { viewport: LAPTOP, locale: 'nl-NL' });
      await context.grantPermissions(['camera']);
      const page = await context.newPage();
      const errors = await open(page, '/workshops');
      const code = await createWorkshop(page, 'Team Midden', 5);
      camera.show(handedOver(code, answersFrom(PATTERNS[0] ?? ''), 300).result.fingerprint);
      await page.getByRole('button', { name: nlIntake.scanner.start }).click();
      await page.getByLabel(nlIntake.scanner.video).waitFor();
      await expect.poll(() => page.getByText(fill(nlWorkshop.countOf, { received: 1, min: 5 })).count(), { timeout: 15_000 }).toBe(1);
      await page.getByRole('button', { name: nlIntake.scanner.stop }).click();
      expect(errors).toEqual([]);
      expectOnlyTheFile(requests);
      await context.close();
    } finally {
      await camera.close();
    }
  });
});
