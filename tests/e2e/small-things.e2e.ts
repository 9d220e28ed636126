import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { PHONE, TEXTS, answerRest, answersFrom, expectResultPage, expectStatement, inFreshContext, startFromHome } from './support/self-check-flow';

/**
 * The small things people tripped over (issue 21, decision 91), seen in a real browser: the
 * phone's header is one row under 100 of 812 px with the menu folded behind "Menu"; "Past niet
 * bij mijn werk" stands apart from the five points of the scale; "Vorige" still stands left of
 * "Volgende" (Tab order: keyboard.e2e.ts); and a legend that says "dashed" draws its sample with
 * the same dashes as the chart's line, on the result page and in the history's comparison.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const nl = TEXTS.nl;
const LAPTOP_WIDE = { width: 1366, height: 768 } as const;
const DOOR = answersFrom('2442415524321245');
const MET = answersFrom('5412411554214215');

async function box(locator: Locator, what: string) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${what} is not laid out`);
  return b;
}

/** The stroke-dasharray of a legend item's sample: the SVG line drawn beside its text. */
async function sampleDashes(figure: Locator, text: string): Promise<string | null> {
  const item = figure.getByRole('listitem').filter({ hasText: text });
  return item.locator('svg line').getAttribute('stroke-dasharray');
}

/** The dash patterns of the lines the chart itself draws (recharts' radar polygons). */
async function chartDashes(figure: Locator): Promise<string[]> {
  await figure.locator('svg.recharts-surface').first().waitFor();
  return figure.locator('svg.recharts-surface [stroke-dasharray]').evaluateAll((els) => els.map((el) => el.getAttribute('stroke-dasharray') ?? ''));
}

async function headerHeight(page: Page): Promise<number> {
  return (await box(page.getByRole('banner'), 'the header')).height;
}

describe('small things people tripped over', () => {
  it('at 375 × 812 the header is one row under 100 px, its menu folded behind an accessible "Menu" button', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE, isMobile: true }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.getByRole('heading', { level: 1, name: nl.home.title }).waitFor();
      const menuButton = page.getByRole('button', { name: nl.common.nav.menu, exact: true });
      const nav = page.getByRole('navigation', { name: nl.common.nav.label, exact: true });
      // The heading is in the prerendered page already; the app's own header follows it.
      await menuButton.waitFor();
      // It took 206 of 812 px before.
      expect(await headerHeight(page)).toBeLessThan(100);
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      expect(await page.getByRole('group', { name: nl.common.language.label, exact: true }).isVisible()).toBe(false);

      await menuButton.click();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      await nav.waitFor();
      const links = nav.getByRole('link');
      expect(await links.count()).toBe(6);
      for (const link of await links.all()) expect((await box(link, 'a menu link')).height).toBeGreaterThanOrEqual(44);
      await page.getByRole('group', { name: nl.common.language.label, exact: true }).waitFor();

      await nav.getByRole('link', { name: nl.common.nav.about, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: nl.common.nav.about, exact: true }).waitFor();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      expect(await headerHeight(page)).toBeLessThan(100);
    });
  });

  it('at 1366 px everything stands open, without a "Menu" button', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP_WIDE }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.getByRole('navigation', { name: nl.common.nav.label, exact: true }).waitFor();
      expect(await page.getByRole('button', { name: nl.common.nav.menu, exact: true }).isVisible()).toBe(false);
      await page.getByRole('group', { name: nl.common.language.label, exact: true }).waitFor();
      expect(await headerHeight(page)).toBeLessThan(100);
    });
  });

  it('sets "Past niet bij mijn werk" apart from the scale, and keeps "Vorige" on the left', async () => {
    for (const viewport of [PHONE, LAPTOP_WIDE]) {
      await inFreshContext(browser, baseURL, { viewport }, async (context) => {
        const page = await context.newPage();
        await startFromHome(page, baseURL, 'nl');
        const group = await expectStatement(page, 'nl', 0);
        // Still one radio group of six answers, the sixth named as before.
        expect(await group.getByRole('radio').count()).toBe(6);
        const na = group.getByRole('radio', { name: nl.instrument.answerScales.agreement.na, exact: true });
        const labels = group.locator('label');
        const [fourth, fifth, sixth] = await Promise.all([3, 4, 5].map((i) => box(labels.nth(i), `answer ${i + 1}`)));
        const between = fifth!.y - (fourth!.y + fourth!.height);
        const apart = sixth!.y - (fifth!.y + fifth!.height);
        expect(apart, `${viewport.width} px: the space above "does not apply"`).toBeGreaterThanOrEqual(between + 12);
        const style = (l: Locator) => l.evaluate((el) => getComputedStyle(el).borderTopStyle);
        expect(await style(labels.nth(5))).toBe('dashed');
        expect(await style(labels.nth(4))).toBe('solid');
        await na.check();
        expect(await na.isChecked()).toBe(true);

        await page.getByRole('button', { name: nl.questionnaire.next, exact: true }).click();
        await expectStatement(page, 'nl', 1);
        const back = await box(page.getByRole('button', { name: nl.questionnaire.previous, exact: true }), 'Vorige');
        const forward = await box(page.getByRole('button', { name: nl.questionnaire.skip, exact: true }), 'Sla over');
        expect(back.x, `${viewport.width} px: Vorige stands left of the way forward`).toBeLessThan(forward.x);
      });
    }
  });

  it('draws a legend\'s dashed sample with the dashes of the chart\'s line, on the result page and in the history', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await startFromHome(page, baseURL, 'nl');
      await answerRest(page, 'nl', DOOR);
      await page.getByRole('link', { name: nl.results.again, exact: true }).click();
      await answerRest(page, 'nl', MET);
      await expectResultPage(page, 'nl', MET);

      const radar = page.getByRole('figure', { name: nl.results.radarCaption, exact: true });
      await radar.scrollIntoViewIfNeeded();
      const previous = nl.results.legendRadarPrevious.split(':')[0] ?? '';
      const sample = await sampleDashes(radar, previous);
      expect(sample, 'the sample beside "Gestreept: vorige keer"').toMatch(/^\d+ \d+$/);
      expect(await chartDashes(radar)).toContain(sample);
      // The filled area beside it is not a line: no dashes there.
      expect(await radar.getByRole('listitem').filter({ hasText: nl.results.legendRadarNow }).locator('svg').count()).toBe(0);

      await page.getByRole('link', { name: nl.results.allResults, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: nl.history.pageTitle, exact: true }).waitFor();
      const compare = page.getByRole('figure', { name: nl.history.compareRadarCaption, exact: true });
      await compare.scrollIntoViewIfNeeded();
      const older = nl.history.compareLegendRadarOlder.split(':')[0] ?? '';
      const olderSample = await sampleDashes(compare, older);
      expect(olderSample, `the sample beside "${older}"`).toMatch(/^\d+ \d+$/);
      expect(await chartDashes(compare)).toContain(olderSample);
    });
  });
});
