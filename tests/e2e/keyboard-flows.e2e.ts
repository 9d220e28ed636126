import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import nlClient from '../../locales/nl/client.json';
import enClient from '../../locales/en/client.json';
import nlParticipant from '../../locales/nl/participant.json';
import enParticipant from '../../locales/en/participant.json';
import nlPresenter from '../../locales/nl/presenter.json';
import enPresenter from '../../locales/en/presenter.json';
import nlTeam from '../../locales/nl/team.json';
import enTeam from '../../locales/en/team.json';
import nlWorkshop from '../../locales/nl/workshop.json';
import enWorkshop from '../../locales/en/workshop.json';
import enShared from '../../locales/en/shared.json';
import nlShared from '../../locales/nl/shared.json';
import { storedResult, storedWorkshop } from '../../src/testing/bench-fixtures';
import { CLIENT_CHECK_V2 } from '../../src/model/instruments/client-check';
import { TEAM_CLIMATE } from '../../src/model/instruments/team-climate';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { activate, answerByKeys, expectFocusNeverHidden, focused, isButton, isField, tabTo } from './support/keyboard';
import { NARROW, ZOOM_200, expectNoSidewaysScroll, settled } from './support/reflow';
import { fill, inFreshContext, LAPTOP, TEXTS, TOTAL, type Lng } from './support/self-check-flow';

/**
 * The flows beyond the self-check (keyboard.e2e.ts) by keyboard alone: Tab, Shift+Tab, Enter,
 * Space and arrow keys, never a click. On the way, the screens these flows reach only by acting
 * (a team-climate statement, the revealed team profile, the presenter's steps, a client's phone)
 * get axe and the 320 px / 200 % zoom checks in the language of the run.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const T = {
  nl: { client: nlClient, participant: nlParticipant, presenter: nlPresenter, team: nlTeam, workshop: nlWorkshop, ...TEXTS.nl },
  en: { client: enClient, participant: enParticipant, presenter: enPresenter, team: enTeam, workshop: enWorkshop, ...TEXTS.en },
};
const locale = (lng: Lng) => (lng === 'nl' ? 'nl-NL' : 'en-GB');

/** Seeds the language the way the app stores it, so the first screen is already in it. */
async function inLanguage(page: Page, lng: Lng): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('modusspiegel:language', l), lng);
}

/** The reflow checks on the screen as it is: at 320 px, then at 200 % zoom (640 × 400 at scale 2), then back. */
async function fitsNarrowAndZoomed(page: Page, label: string): Promise<void> {
  const before = page.viewportSize() ?? NARROW;
  for (const size of [NARROW, ZOOM_200]) {
    await page.setViewportSize(size);
    await settled(page);
    await expectNoSidewaysScroll(page, `${label} at ${size.width} px`);
  }
  await page.setViewportSize(before);
}

/**
 * Answers every statement of the questionnaire(s) on screen by keyboard until `done` holds: each
 * statement gets Space and `i % 3` arrows, then Tab to the button that goes on and Enter (Space
 * on odd ones). A part screen between two questionnaires is passed with its start button.
 */
async function answerAllByKeys(page: Page, lng: Lng, done: () => Promise<boolean>, onStatement?: (count: number) => Promise<void>): Promise<number> {
  const q = T[lng].questionnaire;
  const onwards = new Set([q.next, q.finish, T[lng].client.phone.finish, fill(T[lng].participant.partNextButton, { part: 2 })]);
  let count = 0;
  while (!(await done())) {
    const f = await focused(page);
    if (f.type !== 'radio' && (await page.getByRole('button', { name: fill(T[lng].participant.partStart, { part: 2 }) }).count()) > 0) {
      await activate(page, fill(T[lng].participant.partStart, { part: 2 }));
      continue;
    }
    await answerByKeys(page, count % 3);
    count += 1;
    await onStatement?.(count);
    await tabTo(page, (g) => g.tag === 'button' && onwards.has(g.text), 'the button that goes on');
    await page.keyboard.press(count % 2 === 0 ? 'Enter' : 'Space');
    // The next screen has replaced this one (its radio has focus again), or the flow has ended.
    await expect.poll(async () => (await done()) || (await focused(page)).type === 'radio' || (await page.getByRole('button', { name: fill(T[lng].participant.partStart, { part: 2 }) }).count()) > 0, { timeout: 3000 }).toBe(true);
    if (count > 80) throw new Error('more statements than any questionnaire has');
  }
  return count;
}

describe.each(['nl', 'en'] as const)('keyboard only (%s)', (lng) => {
  const t = T[lng];

  it('a gespreksleider creates a workshop with both questionnaires; a participant joins, answers the self-check and the team climate, and reaches the hand-over', async () => {
    await inFreshContext(browser, baseURL, { viewport: NARROW, locale: locale(lng), deviceScaleFactor: 2 }, async (context) => {
      const page = await context.newPage();
      await inLanguage(page, lng);
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('heading', { level: 1, name: t.workshop.listTitle }).waitFor();

      await tabTo(page, isField(t.workshop.nameLabel), 'the name field');
      await page.keyboard.type('Team Zuid');
      await tabTo(page, (f) => f.type === 'radio', 'the questionnaire choice');
      // Arrow keys move the choice within the group: to "both".
      for (let n = 0; n < 3 && (await focused(page)).value !== 'both'; n++) await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toMatchObject({ value: 'both', checked: true });
      await tabTo(page, isButton(t.workshop.create), 'create');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Team Zuid' }).waitFor();
      const code = (await page.locator('.join-code strong').first().textContent())?.replace(/[^0-9A-Z]/g, '') ?? '';
      expect(code).toMatch(/^[0-9A-Z]{6}$/);

      await page.goto(`${baseURL}/#/join`);
      await page.getByRole('heading', { level: 1, name: t.participant.joinTitle }).waitFor();
      await tabTo(page, isField(t.participant.codeLabel), 'the code field');
      await page.keyboard.type(code.toLowerCase());
      await page.keyboard.press('Enter');

      const answered = await answerAllByKeys(page, lng, async () => /#\/handover\//.test(page.url()), async (count) => {
        // The self-check comes first; the first statement of the team climate, answered: axe and reflow.
        if (count !== TOTAL + 1) return;
        await page.getByRole('group', { name: String(Object.values(t.instrument.teamClimate.items)[0]), exact: true }).waitFor();
        await fitsNarrowAndZoomed(page, `team-climate statement (${lng})`);
        await checkA11y(page, `team-climate statement (${lng}, 320 px)`);
      });
      expect(answered).toBe(TOTAL + TEAM_CLIMATE.items.length);
      await page.getByRole('heading', { level: 1, name: t.participant.handoverTitle }).waitFor();
      await page.getByRole('img', { name: /QR/ }).first().waitFor();
      await fitsNarrowAndZoomed(page, `hand-over after both parts (${lng})`);
      await checkA11y(page, `hand-over after both parts (${lng}, 320 px)`);
    });
  }, 120_000);

  it('opens the demo team, reveals its profile step by step, and presents it', async () => {
    await inFreshContext(browser, baseURL, { viewport: NARROW, locale: locale(lng), deviceScaleFactor: 2 }, async (context) => {
      const page = await context.newPage();
      await inLanguage(page, lng);
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('heading', { level: 1, name: t.workshop.listTitle }).waitFor();
      await activate(page, t.presenter.demo.try);
      await page.getByRole('heading', { level: 1, name: t.presenter.demo.name }).waitFor();

      await activate(page, t.team.reveal.start);
      // Each "next step" button names its step; Enter on it until "show everything" is gone or pressed.
      await tabTo(page, (f) => f.tag === 'button' && f.text.startsWith(t.team.reveal.next.split('{{')[0] ?? ''), 'the next step');
      await page.keyboard.press('Enter');
      await activate(page, t.team.reveal.all);
      await page.getByRole('table', { name: t.team.spread.tableCaption }).waitFor();
      await fitsNarrowAndZoomed(page, `revealed team profile (${lng})`);
      await checkA11y(page, `revealed team profile (${lng}, 320 px)`);
      // The step bar stays on screen while scrolling: it may never hide what has focus (WCAG 2.4.11),
      // on a phone, at 200 % zoom or on a laptop; forward to the end of the profile, then back.
      for (const size of [NARROW, ZOOM_200, LAPTOP]) {
        await page.setViewportSize(size);
        await expectFocusNeverHidden(page, 25);
        await expectFocusNeverHidden(page, 25, 'Shift+Tab');
      }
      await page.setViewportSize(NARROW);

      // The presenter is for a projector: a laptop window, every step by keyboard, axe on each.
      await page.setViewportSize({ width: 1280, height: 720 });
      await tabTo(page, (f) => f.tag === 'a' && f.text === t.presenter.open, 'the presenter link', 'Shift+Tab', 80);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: t.presenter.steps.join }).waitFor();
      const steps = await page.getByRole('navigation', { name: t.presenter.steps.label }).getByRole('button').count();
      expect(steps).toBeGreaterThanOrEqual(9);
      const seen: string[] = [];
      for (let i = 0; i < steps; i++) {
        const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
        seen.push(heading);
        // presenter.e2e.ts runs axe on every Dutch step; here the English ones.
        if (lng === 'en') {
          await settled(page);
          await checkA11y(page, `presenter: ${heading}`);
        }
        await page.keyboard.press('ArrowRight');
        if (i < steps - 1) await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toBe(heading);
      }
      expect(new Set(seen).size).toBe(steps);
      expect(seen).toContain(t.presenter.steps.actions);
    });
  }, 120_000);
});

const PIN = '2580';

/** The PIN set by keys alone: Tab to the first field, type, Tab, type, Enter. */
async function pinByKeys(page: Page, texts: typeof enShared): Promise<void> {
  await page.getByRole('heading', { level: 1, name: texts.pin.setupTitle }).waitFor();
  await tabTo(page, isField(texts.pin.label), 'the PIN field');
  await page.keyboard.type(PIN);
  await page.keyboard.press('Tab');
  expect((await focused(page)).label).toBe(texts.pin.againLabel);
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
}

describe('keyboard only: the client’s voice', () => {
  it('the professional starts a conversation and fills in the mirror form, a client answers at the table (nl); a client answers on a 320 px phone (en)', async () => {
    const c = T.nl.client;
    let link = '';
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/clients`);
      await page.getByRole('heading', { level: 1, name: c.overview.title }).waitFor();
      await tabTo(page, (f) => f.type === 'radio', 'the setting');
      expect((await focused(page)).label).toBe(c.overview.table);
      await tabTo(page, isField(c.overview.wordLabel), 'the word');
      // A closed <select> changes its value with the arrow keys.
      for (let n = 0; n < 6 && (await focused(page)).value !== 'coach'; n++) await page.keyboard.press('ArrowDown');
      expect((await focused(page)).value).toBe('coach');
      await activate(page, c.overview.create);
      await page.getByRole('heading', { level: 1, name: c.collection.titleTable }).waitFor();
      await activate(page, c.collection.mirrorStart, 'link');
      const answered = await answerAllByKeys(page, 'nl', async () => /#\/clients\/[^/]+$/.test(page.url()));
      expect(answered).toBe(CLIENT_CHECK_V2.items.length);
      await page.getByText(c.collection.mirrorDone).waitFor();
      link = (await page.getByRole('link', { name: /#\/client\// }).getAttribute('href')) ?? '';

      // The client at the table, on this device: start, 12 statements, back to the comparison.
      await activate(page, c.collection.answerHere, 'link');
      await pinByKeys(page, nlShared);
      await activate(page, c.phone.start);
      const review = page.getByRole('heading', { level: 1, name: c.table.reviewTitle });
      expect(await answerAllByKeys(page, 'nl', async () => (await review.count()) === 1)).toBe(CLIENT_CHECK_V2.items.length);
      await activate(page, fill(c.table.give, { word: 'coach' }));
      await activate(page, c.table.viewTogether);
      await page.getByRole('table', { name: fill(c.together.caption, { word: 'coach' }) }).waitFor();
    });
    expect(link).toMatch(/#\/client\/[0-9A-Z]{6}\/coach\/v2$/);

    const e = T.en.client;
    await inFreshContext(browser, baseURL, { viewport: NARROW, locale: 'en-GB', deviceScaleFactor: 2 }, async (context) => {
      const phone = await context.newPage();
      await inLanguage(phone, 'en');
      await phone.goto(link);
      await phone.getByRole('heading', { level: 1, name: fill(e.phone.title, { word: e.words.coach }) }).waitFor();
      await activate(phone, e.phone.start);
      const done = phone.getByRole('heading', { level: 1, name: e.phone.doneTitle });
      const answered = await answerAllByKeys(phone, 'en', async () => (await done.count()) === 1, async (count) => {
        if (count !== 1) return;
        await fitsNarrowAndZoomed(phone, 'client statement (en)');
        await checkA11y(phone, 'client statement (en, 320 px)');
      });
      expect(answered).toBe(CLIENT_CHECK_V2.items.length);
      await phone.getByRole('heading', { level: 1, name: e.phone.doneTitle }).waitFor();
      await fitsNarrowAndZoomed(phone, 'client hand-over (en)');
      await checkA11y(phone, 'client hand-over (en, 320 px)');
    });
  }, 120_000);
});

describe('keyboard only: the shared device (en)', () => {
  it('one person answers on the shared device; the gespreksleider stops it with the PIN, after Escape once', async () => {
    const workshop = storedWorkshop(6);
    const t = T.en;
    const shared = enShared;
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'en-GB' }, async (context) => {
      await context.addInitScript((values: Record<string, string>) => {
        if (sessionStorage.getItem('e2e:seeded') !== null) return;
        sessionStorage.setItem('e2e:seeded', '1');
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      }, { [workshop.key]: workshop.value, 'modusspiegel:language': 'en' });
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops/${workshop.id}`);
      await page.getByRole('heading', { level: 1, name: 'Bench 6' }).waitFor();
      await activate(page, t.workshop.sharedStart, 'link');
      await pinByKeys(page, shared);
      await page.getByRole('heading', { level: 1, name: t.workshop.handoverTitle }).waitFor();
      await activate(page, t.workshop.handoverStart);
      const thanks = page.getByText(t.workshop.sharedThanks);
      expect(await answerAllByKeys(page, 'en', async () => (await thanks.count()) === 1)).toBe(TOTAL);
      await fitsNarrowAndZoomed(page, 'shared device, thanks (en)');
      await checkA11y(page, 'shared device, thanks (en)');

      // Escape closes the unlock dialog and gives focus back to its button; then the PIN.
      await activate(page, shared.unlock.buttonWorkshop);
      const dialog = page.getByRole('dialog', { name: shared.unlock.title });
      await dialog.waitFor();
      await checkA11y(page, 'shared device, stop dialog (en)');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await focused(page)).toMatchObject({ tag: 'button', text: shared.unlock.buttonWorkshop });
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await expect.poll(async () => (await focused(page)).label).toBe(shared.unlock.label);
      await page.keyboard.type(PIN);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Bench 6' }).waitFor();
      await expect.poll(() => page.getByText(fill(t.workshop.count_other, { count: 7 })).count()).toBeGreaterThan(0);
    });
  }, 120_000);
});

describe('keyboard only: deleting a result (en)', () => {
  it('Escape closes the delete dialog and focus goes back to its button; Enter on "Yes, delete" deletes', async () => {
    const result = storedResult();
    const h = TEXTS.en.history;
    await inFreshContext(browser, baseURL, { viewport: NARROW, locale: 'en-GB', deviceScaleFactor: 2 }, async (context) => {
      await context.addInitScript((values: Record<string, string>) => {
        if (sessionStorage.getItem('e2e:seeded') !== null) return;
        sessionStorage.setItem('e2e:seeded', '1');
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      }, { ...result.values, 'modusspiegel:language': 'en' });
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/history`);
      await page.getByRole('heading', { level: 1, name: h.pageTitle }).waitFor();
      const deleteButton = (f: Awaited<ReturnType<typeof focused>>) => f.tag === 'button' && f.label.startsWith(h.deleteLabel.split('{{')[0] ?? '');
      await tabTo(page, deleteButton, 'the delete button');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: h.deleteConfirmTitle });
      await dialog.waitFor();
      await fitsNarrowAndZoomed(page, 'delete dialog (en)');
      await checkA11y(page, 'delete dialog (en, 320 px)');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(deleteButton(await focused(page))).toBe(true);

      await page.keyboard.press('Space');
      await dialog.waitFor();
      await tabTo(page, isButton(h.deleteConfirm), 'Yes, delete', 'Tab', 6);
      await page.keyboard.press('Enter');
      await page.getByText(h.empty).waitFor();
    });
  });
});
