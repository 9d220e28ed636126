import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { inFreshContext } from './support/self-check-flow';
import { findInstrument } from '../../src/model/instruments/registry';
import { MODES } from '../../src/model/instruments/types';
import { reportRadar } from '../../src/model/team-report/build';
import { shownFigure } from '../../src/model/team-report/figures';
import { radarFigures } from '../../src/model/team-report/radar-figures';
import { sdBand } from '../../src/model/team-report/sd-band';
import { teamRadarPercents } from '../../src/model/team/view-radar';
import { demoWorkshop } from '../../src/model/workshop/demo';
import { realResult, selfCheckWorkshop } from '../../src/model/workshop/test-workshops';
import { shownClimate, shownProfile, wallFigures } from '../../src/model/workshop/wall';
import { groupDots } from '../../src/features/presenter/wall-geometry';
import { radarPolygonValues, temperatureAt } from '../../src/testing/wall-band';
import nlPresenter from '../../locales/nl/presenter.json';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * The presenter as a trainer uses it: the demo team on a 1920 × 1080 projector, a 1280 × 720
 * one and an old 1024 × 768 one, stepped through with the keyboard only. On every step nothing scrolls or is cut
 * off, the step bar names the step shown, axe finds no WCAG 2.2 AA problem (contrast included,
 * light theme on the large screen, dark on the smaller ones), and every number the wall shows (text, aria-label,
 * title) is a team figure or a step number, never a number only one person has. A result that
 * arrives from another tab after the reveal waits for "Bijwerken".
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

/**
 * Every number the demo's wall may show: team figures, rounded as the wall rounds them (the whole
 * number of the team report's 0.1 value, decision 68), the scale's ends and ticks ("van 0 tot
 * 100") and step numbers.
 */
function allowedNumbers(stepCount: number): Set<string> {
  const demo = demoWorkshop({ id: 'x', name: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
  const figures = wallFigures(demo, demo.results, findInstrument);
  const profile = shownProfile(figures);
  const climate = shownClimate(figures);
  const values: number[] = [figures.count, figures.minRespondents, 0, 25, 50, 75, 100];
  for (let i = 1; i <= stepCount; i++) values.push(i);
  const window = profile?.window;
  if (window) {
    values.push(window.centre.support, window.centre.expectations, window.spread.support, window.spread.expectations, window.dots.length);
    for (const dot of groupDots(window.dots)) if (dot.count > 1) values.push(dot.count);
    const shown = radarFigures(reportRadar(window.radar));
    // The mean and how far apart (SD) per mode; the band's ends are drawn, not written.
    for (const m of MODES) values.push(shown.mean[m] ?? Number.NaN, shown.sd[m] ?? Number.NaN);
  }
  if (climate) {
    const { low, high } = sdBand(climate.temperature, climate.spread.sd);
    values.push(climate.temperature, climate.spread.sd, low, high, ...climate.elements.flatMap((e) => [e.mean, e.sd]));
    if (climate.energy.status === 'shown') values.push(climate.energy.mean, climate.energy.sd);
  }
  for (const d of figures.differences) for (const bar of d.bars) if (bar.percent !== null) values.push(bar.percent);
  return new Set(values.map((v) => String(shownFigure(v))));
}

const DEMO_FIGURES = (() => {
  const demo = demoWorkshop({ id: 'x', name: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
  return wallFigures(demo, demo.results, findInstrument);
})();

/**
 * What the modes and climate steps draw: the band is one SD around the mean, never one person's
 * lowest or highest (docs/decisions.md, items 30 and 43). Read from the SVG the room sees.
 */
async function expectSdBands(page: Page, heading: string): Promise<number> {
  if (heading === nlPresenter.steps.modes) {
    const percents = teamRadarPercents(shownProfile(DEMO_FIGURES)?.window?.radar ?? []);
    const shown = radarFigures(reportRadar(shownProfile(DEMO_FIGURES)?.window?.radar ?? []));
    const outer = radarPolygonValues((await page.locator('.wall-radar .radar-band').getAttribute('points')) ?? '');
    const inner = radarPolygonValues((await page.locator('.wall-radar .radar-inside').getAttribute('points')) ?? '');
    expect(outer).toEqual(shown.shape.high);
    expect(inner).toEqual(shown.shape.low);
    // The demo team tells the two apart, so the old lowest-to-highest band would fail here.
    expect(outer).not.toEqual(percents.max);
    expect(inner).not.toEqual(percents.min);
    return 1;
  }
  if (heading === nlPresenter.steps.climate) {
    const climate = shownClimate(DEMO_FIGURES);
    if (!climate) throw new Error('the demo team shows its climate');
    const { low, high } = sdBand(climate.temperature, climate.spread.sd);
    const line = page.locator('.wall-temperature .temperature-band');
    expect(temperatureAt(Number(await line.getAttribute('x1')))).toBeCloseTo(low, 0);
    expect(temperatureAt(Number(await line.getAttribute('x2')))).toBeCloseTo(high, 0);
    expect(Math.abs(temperatureAt(Number(await line.getAttribute('x2'))) - climate.spread.max)).toBeGreaterThan(0.5);
    return 1;
  }
  return 0;
}

/** What the room and a screen reader get from the wall: visible text, aria-labels and titles. */
async function wallWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wall = document.querySelector('.wall') as HTMLElement;
    const labels = [...wall.querySelectorAll('[aria-label], [title]')].flatMap((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']);
    return [wall.innerText, ...labels].join('\n');
  });
}

/** Nothing scrolls, nothing sticks out of the screen, no box cuts its text off. */
async function overflow(page: Page): Promise<{ scroll: number; inner: number; clipped: string[] }> {
  return page.evaluate(() => {
    const clipped = [...document.querySelectorAll('.wall *')]
      .filter((el) => !el.closest('.visually-hidden'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return false;
        const style = getComputedStyle(el);
        const cuts = style.overflow !== 'visible' && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
        // A word in a chart is cut where it leaves its SVG (a long mode name beside the radar).
        const svg = el instanceof SVGTextElement ? el.ownerSVGElement?.getBoundingClientRect() : undefined;
        const outsideSvg = svg !== undefined && (box.left < svg.left - 0.5 || box.right > svg.right + 0.5 || box.top < svg.top - 0.5 || box.bottom > svg.bottom + 0.5);
        return cuts || outsideSvg || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5 || box.left < -0.5 || box.top < -0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${(el.textContent ?? '').slice(0, 40)}`);
    return { scroll: document.scrollingElement?.scrollHeight ?? 0, inner: innerHeight, clipped };
  });
}

async function openDemoPresenter(page: Page): Promise<void> {
  await page.goto(`${baseURL}/#/workshops`);
  await page.getByRole('button', { name: nlPresenter.demo.try }).click();
  await page.getByRole('heading', { level: 1, name: nlPresenter.demo.name }).waitFor();
  await page.getByText(nlPresenter.demo.pageNote).waitFor();
  await page.getByRole('link', { name: nlPresenter.open }).click();
  await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
}

describe('the presenter', () => {
  for (const viewport of SIZES) {
    it(`steps through the demo team at ${viewport.width}×${viewport.height} by keyboard, without overflow or per-person numbers`, async () => {
      await inFreshContext(browser, baseURL, { viewport }, async (context) => {
        const page = await context.newPage();
        await openDemoPresenter(page);
        // Outside the app's layout: no header menu on the wall, and the demo is labelled.
        expect(await page.locator('.app-header').count()).toBe(0);
        await expect.poll(() => page.locator('.wall-badge').textContent()).toBe(nlPresenter.demoBadge);

        if (viewport.width !== 1920) {
          await page.getByRole('button', { name: nlPresenter.controls.themeDark }).click();
          await page.locator('.wall-dark').waitFor();
        }
        const bar = page.getByRole('navigation', { name: nlPresenter.steps.label });
        const steps = await bar.getByRole('button').count();
        expect(steps).toBeGreaterThanOrEqual(9);
        const allowed = allowedNumbers(steps);
        const seen: string[] = [];
        let bandsChecked = 0;
        for (let i = 0; i < steps; i++) {
          const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
          seen.push(heading);
          await expect.poll(async () => (await bar.locator('[aria-current="step"]').textContent())?.replace(/^\d+\s*/, '')).toBe(heading);
          // Body text at least 28 px at 1920 × 1080.
          if (viewport.width === 1920) {
            const size = await page.locator('.wall-main').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
            expect(size).toBeGreaterThanOrEqual(28);
          }
          const { scroll, inner, clipped } = await overflow(page);
          expect(clipped, heading).toEqual([]);
          expect(scroll).toBeLessThanOrEqual(inner);
          const numbers = (await wallWords(page)).match(/\d+/g) ?? [];
          expect(numbers.filter((n) => !allowed.has(n)), heading).toEqual([]);
          bandsChecked += await expectSdBands(page, heading);
          // Contrast and names (axe, WCAG 2.2 AA): light theme at 1920 × 1080, dark on the smaller screens.
          await checkA11y(page, `${heading} (${viewport.width}×${viewport.height})`);
          await page.keyboard.press(i % 3 === 0 ? 'ArrowRight' : i % 3 === 1 ? 'PageDown' : 'Space');
        }
        expect(bandsChecked).toBe(2);
        expect(seen).toEqual(expect.arrayContaining([nlPresenter.steps.window, nlPresenter.steps.modes, nlPresenter.steps.climate, nlPresenter.steps.differ, nlPresenter.steps.agenda, nlPresenter.steps.wanted, nlPresenter.steps.actions]));

        // F5 from a remote neither reloads the page nor loses the place; it starts at step 1.
        await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
        await page.keyboard.press('F5');
        await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
        expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      });
    });
  }

  it('keeps the wall as it was when a result arrives from another tab, until the gespreksleider updates', async () => {
    const CODE = 'K7MQ45';
    const five = [1, 2, 3, 4, 5].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4 | 5, 100 + v));
    const workshop = selfCheckWorkshop(CODE, five, { id: 'late' });
    const late = realResult(CODE, 4, 500);
    await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 720 } }, async (context) => {
      const wall = await context.newPage();
      await wall.goto(`${baseURL}/#/workshops`);
      await wall.evaluate((w) => localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops: [w] }, version: 2 })), workshop);
      await wall.goto(`${baseURL}/#/workshops/late/present`);
      await wall.reload();
      await wall.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
      await wall.keyboard.press('ArrowRight');
      await wall.keyboard.press('ArrowRight');
      await wall.getByRole('heading', { level: 1, name: nlPresenter.steps.window }).waitFor();
      const people = wall.getByRole('row', { name: new RegExp(nlPresenter.window.row.people) });
      await expect.poll(() => people.textContent()).toContain('5');

      // The intake, in a second tab of the same laptop.
      const desk = await context.newPage();
      await desk.goto(`${baseURL}/#/workshops/late`);
      await desk.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(late.fingerprint);
      await desk.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      await desk.getByText(nlWorkshop.count_other.replace('{{count}}', '6')).first().waitFor();

      await wall.bringToFront();
      await wall.getByText(nlPresenter.late.count_one.replace('{{count}}', '1')).waitFor();
      expect(await people.textContent()).toContain('5');
      await wall.reload();
      await wall.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
      // A reload keeps the snapshot (its own key in local storage, decision 73): the wall still waits.
      await wall.keyboard.press('End');
      await wall.getByText(nlPresenter.late.count_one.replace('{{count}}', '1')).waitFor();
      await wall.keyboard.press('Home');
      await wall.keyboard.press('ArrowRight');
      await wall.keyboard.press('ArrowRight');
      await expect.poll(() => people.textContent()).toContain('5');
      await wall.getByRole('button', { name: nlPresenter.late.update }).click();
      // One late phone alone: the wall blanks and asks first (decision 73); confirmed, B brings it back.
      await wall.getByRole('dialog').getByRole('button', { name: nlWorkshop.shownUpdate.confirm }).click();
      await wall.keyboard.press('b');
      await expect.poll(() => people.textContent()).toContain('6');
      expect(await wall.getByText(nlPresenter.late.count_one.replace('{{count}}', '1')).count()).toBe(0);
    });
  });
});
