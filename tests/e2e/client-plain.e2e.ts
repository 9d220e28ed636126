import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import nlClient from '../../locales/nl/client.json';
import nlCommon from '../../locales/nl/common.json';
import nlInstrument from '../../locales/nl/instrument.json';
import nlQuestionnaire from '../../locales/nl/questionnaire.json';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { fill, inFreshContext, PHONE } from './support/self-check-flow';
import { activate, answerByKeys, focused } from './support/keyboard';
import { expectNoSidewaysScroll } from './support/reflow';
import { expectTapTargets } from './support/tap-targets';
import { CLIENT_CHECK_V2 } from '../../src/model/instruments/client-check';
import { findInstrument } from '../../src/model/instruments/registry';
import { decodeResultCode } from '../../src/model/codec/result-code';
import { generateWorkshopCode } from '../../src/model/codec/workshop-code';
import { seeded } from '../../src/model/testing/seeded';

/**
 * A client who reads little, on their own phone, with client form version 2 (decisions 88, 89).
 *
 * 200 % zoom is emulated as the browser does it: half the CSS pixels, each drawn twice as large.
 * A 375 × 812 phone at 200 % is a 188 × 406 CSS viewport at deviceScaleFactor 2 (the same
 * emulation as client-voice.e2e.ts and support/reflow.ts). The word is the longest the form
 * offers, "jongerenwerker": the start heading "Hoe ervaar jij je jongerenwerker?" made this page
 * scroll sideways.
 */
const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const c = nlClient;
const WORD = 'jongerenwerker';
const ZOOMED_PHONE = { width: Math.round(PHONE.width / 2), height: Math.round(PHONE.height / 2) };
const frequency = nlInstrument.answerScales.frequency;
const statement = (id: string) => fill(nlInstrument.clientCheck.items[id as 'k01'], { word: WORD });

/** A stubbed speech engine, installed before the app loads: what it was asked to say, and by which voice. */
declare global {
  interface Window {
    __spoken: { text: string; voice: string }[];
  }
}
type StubVoice = { name: string; lang: string; localService: boolean };
/** Runs in the page before the app (`addInitScript(installVoices, voices)`): it must not close over anything. */
function installVoices(voices: StubVoice[]): void {
  {
    window.__spoken = [];
    const engine = {
      getVoices: () => voices,
      speak: (u: { text: string; voice: { name: string } | null; onend?: () => void }) => {
        window.__spoken.push({ text: u.text, voice: u.voice?.name ?? '' });
        setTimeout(() => u.onend?.(), 0);
      },
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    // The real utterance accepts only the engine's own voice objects.
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        voice: unknown = null;
        lang = '';
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(readonly text: string) {}
      },
      configurable: true,
    });
  }
}

const spoken = (page: Page) => page.evaluate(() => window.__spoken);

describe('a client who reads little, on form version 2', () => {
  it('walks the form by keyboard at 200 % zoom: nothing scrolls sideways, every tap target is 44 px, "Klaar" leads to the message', async () => {
    await inFreshContext(browser, baseURL, { viewport: ZOOMED_PHONE, deviceScaleFactor: 2, locale: 'nl-NL' }, async (context) => {
      const page = await context.newPage();
      const code = generateWorkshopCode(seeded(21));
      await page.goto(`${baseURL}/#/client/${code}/${WORD}/v2`);
      await page.getByRole('heading', { level: 1, name: fill(c.phone.title, { word: WORD }) }).waitFor();
      await expectNoSidewaysScroll(page, 'client start at 200 %');
      await expectTapTargets(page, 'client start at 200 %');
      // Headless Chromium has no voice: one line says so.
      expect(await page.getByText(c.readAloud.none).count()).toBe(1);
      await activate(page, c.phone.start);

      const chosen: Record<string, number> = {};
      for (const [i, item] of CLIENT_CHECK_V2.items.entries()) {
        await page.getByRole('group', { name: statement(item.id), exact: true }).waitFor();
        if (i === 0 || item.id === 'k13' || item.id === 'k14') {
          await expectNoSidewaysScroll(page, `statement ${item.id} at 200 %`);
          await expectTapTargets(page, `statement ${item.id} at 200 %`);
        }
        // From "nooit" one step per statement, round the five points.
        chosen[item.id] = Number(await answerByKeys(page, i % 5));
        await activate(page, i === CLIENT_CHECK_V2.items.length - 1 ? c.phone.finish : nlQuestionnaire.next);
      }

      await page.getByRole('heading', { level: 1, name: c.phone.doneTitle }).waitFor();
      // Focus is on the message, not on the page's body.
      expect(await focused(page)).toMatchObject({ tag: 'h1', text: c.phone.doneTitle });
      await expectNoSidewaysScroll(page, 'client hand-over at 200 %');
      await expectTapTargets(page, 'client hand-over at 200 %');
      await checkA11y(page, 'client hand-over at 200 %');
      const decoded = decodeResultCode((await page.getByLabel(c.phone.codeLabel).textContent()) ?? '', { findInstrument, expectedWorkshop: code });
      expect(decoded.questionnaires[0]).toMatchObject({ instrumentId: 'client-check', instrumentVersion: 2, answers: chosen });

      // "Wis mijn antwoorden" asks first, and Escape keeps the answers.
      await activate(page, c.phone.erase);
      const dialog = page.getByRole('dialog', { name: c.phone.eraseConfirmTitle });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(fill(c.phone.eraseConfirmBody, { word: WORD }));
      await expectTapTargets(page, 'erase question at 200 %');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await page.getByLabel(c.phone.codeLabel).waitFor();
      await activate(page, c.phone.erase);
      await page.getByRole('button', { name: c.phone.eraseConfirm }).click();
      await page.getByRole('status').filter({ hasText: c.phone.erased }).waitFor();
    });
  });

  it('reads the instructions, the statement and its answers, and the end screen with a voice on the device', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE, locale: 'nl-NL' }, async (context) => {
      // A remote voice first: the app must pass it by, or the text would leave the device.
      await context.addInitScript(installVoices, [
        { name: 'Remote', lang: 'nl-NL', localService: false },
        { name: 'Local', lang: 'nl-NL', localService: true },
      ]);
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/client/${generateWorkshopCode(seeded(22))}/${WORD}/v2`);
      await page.getByRole('heading', { level: 1, name: fill(c.phone.title, { word: WORD }) }).waitFor();
      expect(await page.getByText(c.readAloud.none).count()).toBe(0);
      await page.getByRole('button', { name: c.readAloud.intro }).click();
      expect((await spoken(page)).at(-1)).toEqual({ text: expect.stringContaining(fill(c.phone.what, { word: WORD })) as unknown, voice: 'Local' });

      await page.getByRole('button', { name: c.phone.start }).click();
      // The intro of the form, beside its own button.
      await page.getByRole('button', { name: c.readAloud.intro }).click();
      expect((await spoken(page)).at(-1)?.text).toBe(fill(nlInstrument.clientCheck.intro, { word: WORD, number: 12 }));
      // The statement's button sits in its group, right under the statement it reads.
      const group = page.getByRole('group', { name: statement('k01'), exact: true });
      const button = group.getByRole('button', { name: c.readAloud.question });
      const [legend, box] = [await group.locator('legend').boundingBox(), await button.boundingBox()];
      expect(box && legend && box.y - (legend.y + legend.height)).toBeLessThan(24);
      await button.click();
      expect((await spoken(page)).at(-1)?.text.split('\n')).toEqual([statement('k01'), nlQuestionnaire.instructionFor.frequency, ...['1', '2', '3', '4', '5', 'na'].map((v) => frequency[v as '1'])]);
      await expectTapTargets(page, 'statement with read-aloud');

      for (const [i, item] of CLIENT_CHECK_V2.items.entries()) {
        await page.getByRole('group', { name: statement(item.id), exact: true }).getByRole('radio', { name: frequency['4'], exact: true }).check();
        await page.getByRole('button', { name: i === CLIENT_CHECK_V2.items.length - 1 ? c.phone.finish : nlQuestionnaire.next, exact: true }).click();
      }
      await page.getByRole('heading', { level: 1, name: c.phone.doneTitle }).waitFor();
      await page.getByRole('button', { name: c.readAloud.end }).click();
      expect((await spoken(page)).at(-1)?.text.split('\n')).toEqual([c.phone.doneTitle, c.phone.handoverIntro, c.phone.stillHere]);
      expect((await spoken(page)).every((s) => s.voice === 'Local')).toBe(true);
    });
  });

  it('says in one line that reading aloud is not possible when the device has only a remote voice', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE, locale: 'nl-NL' }, async (context) => {
      await context.addInitScript(installVoices, [{ name: 'Remote', lang: 'nl-NL', localService: false }]);
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/client/${generateWorkshopCode(seeded(23))}/${WORD}/v2`);
      await page.getByRole('heading', { level: 1, name: fill(c.phone.title, { word: WORD }) }).waitFor();
      expect(await page.getByText(c.readAloud.none).count()).toBe(1);
      await page.getByRole('button', { name: c.phone.start }).click();
      await page.getByRole('group', { name: statement('k01'), exact: true }).waitFor();
      expect(await page.getByText(c.readAloud.none).count()).toBe(1);
      for (const name of [c.readAloud.intro, c.readAloud.question, c.readAloud.end]) expect(await page.getByRole('button', { name }).count()).toBe(0);
      expect(await spoken(page)).toEqual([]);
    });
  });

  it('keeps every tap target at 44 px on the app’s main pages, the language buttons included', async () => {
    for (const viewport of [PHONE, { width: 1366, height: 768 }]) {
      await inFreshContext(browser, baseURL, { viewport, locale: 'nl-NL' }, async (context) => {
        const page = await context.newPage();
        for (const route of ['/', '/#/self-check', '/#/history', '/#/workshops', '/#/clients', '/#/about', '/#/privacy', '/#/settings']) {
          await page.goto(`${baseURL}${route}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          // On a phone the menu and the language buttons fold behind "Menu": open it to measure them too.
          const menu = page.getByRole('button', { name: nlCommon.nav.menu, exact: true });
          if (await menu.isVisible()) {
            await expectTapTargets(page, `${route} at ${viewport.width} px, menu folded`);
            await menu.click();
          }
          await page.getByRole('group', { name: nlCommon.language.label }).waitFor();
          await expectTapTargets(page, `${route} at ${viewport.width} px`);
        }
      });
    }
  });
});
