import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { pdfPages, pdfTitle } from './support/pdf';
import { inFreshContext, LAPTOP } from './support/self-check-flow';
import { findInstrument } from '../../src/model/instruments/registry';
import { chooseQuestions, DEFAULT_PLAN, planMinutes } from '../../src/model/presenter/script';
import { presenterSteps } from '../../src/model/presenter/steps';
import { demoWorkshop } from '../../src/model/workshop/demo';
import { wallFigures } from '../../src/model/workshop/wall';
import { withPersonWord } from '../../src/testing/person-text';
import nlPresenter from '../../locales/nl/presenter.json';
import nlReport from '../../locales/nl/report.json';
import nlScript from '../../locales/nl/script.json';
import enScript from '../../locales/en/script.json';
import nlInstrument from '../../locales/nl/instrument.json';
import nlCommon from '../../locales/nl/common.json';

/**
 * The script (draaiboek) of the demo team as a facilitator prints it: before the team is shown
 * every question with when it is asked; once the wall has shown the team, the questions the model
 * chooses for these figures, nothing else; the plan's length changes the steps and the minutes;
 * and the page prints to A4 in Dutch and in English. The page limit: the guide before the team
 * is shown, with every question of ten steps, at most 5 A4 pages; the script for this team at
 * most 3 (docs/presenter.md, "The script").
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const demo = demoWorkshop({ id: 'x', name: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
const figures = wallFigures(demo, demo.results, findInstrument);

type Tree = { [key: string]: Tree | string };
const at = (tree: Tree, key: string) => key.split('.').reduce<unknown>((n, p) => (n as Tree)[p], tree) as string;
/** A question of the script as the page shows it in Dutch, for the demo (cliënt as the person word). */
function dutch(step: string, id: string, values: Readonly<Record<string, string>> = {}): string {
  let text = withPersonWord(at(nlScript as unknown as Tree, `steps.${step}.questions.${id}`), 'nl');
  if (values.element) text = text.replace('{{element}}', at(nlInstrument as unknown as Tree, `scales.${values.element}`));
  if (values.axis) text = text.replace('{{axis}}', at(nlScript as unknown as Tree, `axis.${values.axis}`));
  return text;
}

const listed = (page: Page, step: string) =>
  page.locator(`.script-step[data-step="${step}"] .script-questions li, .script-step[data-step="${step}"] .script-variants li`).allInnerTexts();

async function printed(page: Page): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  for (const { mediaBox } of pdfPages(pdf)) {
    expect(Math.abs((mediaBox[2] ?? 0) - 595.3)).toBeLessThan(1.5);
    expect(Math.abs((mediaBox[3] ?? 0) - 841.9)).toBeLessThan(1.5);
  }
  return pdf;
}

describe('the script of a workshop', () => {
  it('lists every question before the team is shown, then the ones this team’s figures choose, and prints both on A4', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('button', { name: nlPresenter.demo.try }).click();
      await page.getByRole('heading', { level: 1, name: nlPresenter.demo.name }).waitFor();
      await page.getByRole('link', { name: nlScript.page.link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: nlScript.page.title }).waitFor();

      // Before the wall has shown the team: all variants, with when each is asked.
      await page.getByText(nlScript.page.before).waitFor();
      const before = await listed(page, 'climate');
      expect(before).toContain(`${dutch('climate', 'agreedCold', {}).replace('{{element}}', nlScript.anyElement)} (${nlScript.when.coldestAgreedCold})`);
      expect(before).toContain(`${dutch('climate', 'seeDifferently').replace('{{element}}', nlScript.anyElement)} (${nlScript.when.coldestDisagreed})`);
      const guide = await printed(page);
      const guidePages = pdfPages(guide).length;
      console.info(`script.e2e: the Dutch guide before the team is shown: ${guidePages} A4 page(s)`);
      expect(guidePages).toBeLessThanOrEqual(5);

      // The report reveals the team (the wall's snapshot); the script then follows its figures.
      await page.getByRole('link', { name: nlScript.page.backToWorkshop }).click();
      await page.getByRole('link', { name: nlReport.link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: nlReport.title }).waitFor();
      await page.goBack();
      await page.getByRole('link', { name: nlScript.page.link, exact: true }).click();
      await page.getByText(nlScript.page.after).waitFor();
      for (const step of ['window', 'modes', 'climate', 'differ', 'agenda', 'wanted', 'actions'] as const) {
        const expected = chooseQuestions(step, figures).map((q) => dutch(step, q.id, q.values));
        expect(await listed(page, step), step).toEqual(expected);
      }
      // The demo is lukewarm with cooperation coldest: the opening climate question names it.
      expect((await listed(page, 'climate'))[0]).toContain(nlInstrument.scales.cooperation);
      // Minutes for the steps this team has, adding up to the plan's 90.
      const minutes = planMinutes(presenterSteps(figures, false), DEFAULT_PLAN);
      const shownMinutes = await page.locator('.script-minutes').allInnerTexts();
      expect(shownMinutes.map((m) => Number(/\d+/.exec(m)?.[0]))).toEqual([...minutes.values()]);
      await page.getByRole('link', { name: nlScript.page.reportLink }).waitFor();

      const script = await printed(page);
      expect(pdfTitle(script)).toContain(nlScript.page.pageTitle.replace('{{name}}', nlPresenter.demo.name));
      const scriptPages = pdfPages(script).length;
      console.info(`script.e2e: the Dutch script for the demo team: ${scriptPages} A4 page(s)`);
      expect(scriptPages).toBeLessThanOrEqual(3);

      // 45 minutes: the modes and the wanted point go, the rest shares the 45.
      await page.getByRole('radio', { name: nlScript.plan.lengthOption.replace('{{minutes}}', '45') }).check();
      await expect.poll(() => page.locator('.script-step[data-step="modes"]').count()).toBe(0);
      expect(await page.locator('.script-step[data-step="wanted"]').count()).toBe(0);
      const short = (await page.locator('.script-minutes').allInnerTexts()).map((m) => Number(/\d+/.exec(m)?.[0]));
      expect(short.reduce((a, b) => a + b, 0)).toBe(45);

      // In English, on A4 too.
      await page.getByRole('button', { name: nlCommon.language.en, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: enScript.page.title }).waitFor();
      await page.getByText(enScript.page.after).waitFor();
      const english = await printed(page);
      expect(pdfPages(english).length).toBeLessThanOrEqual(3);
    });
  });
});
