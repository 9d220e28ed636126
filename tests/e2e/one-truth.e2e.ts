import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { inFreshContext } from './support/self-check-flow';
import { instrumentTextKey } from '../../src/model/instruments/registry';
import { CLIMATE_ELEMENTS } from '../../src/model/climate/temperature';
import { MODES } from '../../src/model/instruments/types';
import { sdBand } from '../../src/model/team-report/sd-band';
import type { TeamReport } from '../../src/model/team-report/types';
import nlPresenter from '../../locales/nl/presenter.json';
import nlReport from '../../locales/nl/report.json';
import nlTeam from '../../locales/nl/team.json';
import nlInstrument from '../../locales/nl/instrument.json';
import { withPersonWord } from '../../src/testing/person-text';

/**
 * One truth (issue 19): the demo team on the wall, then its take-home report on the page, in the
 * team report file and in the CSV. Every team figure the wall shows (the centre and how far apart,
 * each mode's mean and SD, the temperature and its band, each element and energy) is the same
 * whole number in all four; where we differ and what we want to talk about list the same
 * statements with the same shares. The file and the CSV hold 0.1: their whole number is what the
 * wall shows (docs/decisions.md, item 68).
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

/** The team figures as a person reads them: name → whole number (or "–"), and the two lists. */
interface Reading {
  figures: Record<string, string | undefined>;
  differ: string[];
  agenda: string[];
}

const ELEMENT_NAME = (e: string) => (nlInstrument.scales as Record<string, string | undefined>)[e] ?? e;
const itemText = (instrumentId: string, itemId: string) =>
  withPersonWord(((nlInstrument as unknown as Record<string, { items: Record<string, string | undefined> }>)[instrumentTextKey(instrumentId)]?.items[itemId] ?? itemId).trim(), 'nl');
const whole = (value: number | null) => (value === null ? '–' : String(Math.round(value)));
const number = (text: string | undefined) => (text ?? '').replace(/^±\s*/, '').trim() || '–';
const match = (text: string, pattern: RegExp) => {
  const found = pattern.exec(text);
  if (!found) throw new Error(`"${text}" does not match ${pattern}`);
  return found;
};

async function rowCells(page: Page, table: string, row: string | RegExp): Promise<string[]> {
  const cells = page.getByRole('table', { name: table, exact: true }).getByRole('row', { name: row }).getByRole('cell');
  return (await cells.allTextContents()).map((c) => c.trim());
}

async function readWall(page: Page): Promise<Reading> {
  const figures: Record<string, string | undefined> = {};
  const bar = page.getByRole('navigation', { name: nlPresenter.steps.label });
  const show = async (step: string) => {
    await bar.getByRole('button', { name: new RegExp(step) }).click();
    await page.getByRole('heading', { level: 1, name: step }).waitFor();
  };

  await show(nlPresenter.steps.window);
  const table = nlPresenter.window.tableCaption;
  [figures['centre.support'], figures['centre.expectations']] = await rowCells(page, table, new RegExp(`^${nlPresenter.window.row.centre}`));
  [figures['sd.support'], figures['sd.expectations']] = await rowCells(page, table, new RegExp(`^${nlPresenter.window.row.spread}`));

  await show(nlPresenter.steps.modes);
  for (const m of MODES) {
    const [mean, sd] = await rowCells(page, nlPresenter.modes.tableCaption, new RegExp(`^${m}\\b`));
    // A withheld spoke (decision 71) spans both cells with its reason: no figure at all.
    const withheld = mean?.startsWith('Niet getoond') === true;
    figures[`${m}.mean`] = withheld ? '–' : number(mean);
    figures[`${m}.sd`] = withheld ? '–' : number(sd);
  }

  await show(nlPresenter.steps.climate);
  const climate = await page.locator('.wall-climate').innerText();
  figures.temperature = match(climate, /Temperatuur (\d+):/)[1]!;
  [, figures.low, figures.high] = match(climate, /ligt tussen (\d+) en (\d+)\./);
  for (const e of CLIMATE_ELEMENTS) {
    const item = await page.locator('.wall-elements li', { hasText: ELEMENT_NAME(e) }).innerText();
    [, figures[`${e}.mean`], figures[`${e}.sd`]] = match(item, /\((\d+) ± (\d+)\)/);
  }
  [, figures['energy.mean'], figures['energy.sd']] = match(climate, /Energie: [^(]+\((\d+) ± (\d+)\)/);

  await show(nlPresenter.steps.differ);
  const differ = await page.locator('.wall-differ .wall-statements > li').evaluateAll((items) =>
    items.map((li) => {
      const statement = li.querySelector('.wall-statement')?.textContent?.trim() ?? '';
      const bars = [...li.querySelectorAll('.wall-bar')].map((bar) => bar.querySelector('.bar-number')?.textContent?.replace('%', '').trim() ?? '·');
      return `${statement} | ${bars.join(' ')}`;
    }),
  );

  await show(nlPresenter.steps.agenda);
  const agenda = (await page.locator('.wall-agenda .wall-statement').allTextContents()).map((s) => s.trim());
  return { figures, differ, agenda };
}

async function readReportPage(page: Page): Promise<Reading> {
  const figures: Record<string, string | undefined> = {};
  const windowTable = nlReport.window.tableCaption;
  [figures['centre.support'], figures['centre.expectations']] = await rowCells(page, windowTable, new RegExp(`^${nlReport.window.centreRow}`));
  [figures['sd.support'], figures['sd.expectations']] = await rowCells(page, windowTable, new RegExp(`^${nlReport.window.sdRow}`));
  for (const m of MODES) [figures[`${m}.mean`], figures[`${m}.sd`]] = await rowCells(page, nlTeam.modes.tableCaptionSd, new RegExp(`^${m}\\b`));
  [figures.temperature] = await rowCells(page, nlTeam.climate.tableCaption, new RegExp(`^${nlTeam.climate.teamRow}`));
  const climate = await page.getByRole('region', { name: nlReport.climate.title }).innerText();
  [, figures.low, figures.high] = match(climate, /ligt tussen (\d+) en (\d+)\./);
  for (const e of CLIMATE_ELEMENTS) [figures[`${e}.mean`], figures[`${e}.sd`]] = await rowCells(page, nlTeam.climate.elementsTableCaptionSd, ELEMENT_NAME(e));
  [, figures['energy.mean'], figures['energy.sd']] = match(climate, /Energie: [^,]+, gemiddeld (\d+), hoe ver uit elkaar: (\d+)\./);

  const differ = await page.locator('.report-disputed .report-statements > li').evaluateAll((items) =>
    items.map((li) => {
      const statement = li.querySelector('.report-statement')?.textContent?.trim() ?? '';
      const bars = [...li.querySelectorAll('.split-name')].map((name) => /: (\d+)%$/.exec(name.textContent ?? '')?.[1] ?? '·');
      return `${statement} | ${bars.join(' ')}`;
    }),
  );
  const agenda = (await page.getByRole('region', { name: nlReport.agenda.title }).locator('.report-statement').allTextContents()).map((s) => s.trim());
  return { figures: Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v?.trim()])), differ, agenda };
}

/** What a reader of the file sees: its 0.1 values as whole numbers, its lists with the statements' words. */
function readFile3(report: TeamReport): Reading {
  const self = report.selfCheck!;
  const window = self.window!;
  const climate = report.climate!;
  const scale = (id: string) => self.scales.find((s) => s.scale === id)!;
  const figures: Record<string, string | undefined> = {
    'centre.support': whole(window.centre.support),
    'centre.expectations': whole(window.centre.expectations),
    'sd.support': whole(scale('support').sd),
    'sd.expectations': whole(scale('expectations').sd),
    temperature: whole(climate.temperature),
    low: whole(sdBand(climate.temperature, climate.spread.sd).low),
    high: whole(sdBand(climate.temperature, climate.spread.sd).high),
  };
  for (const r of window.radar) [figures[`${r.mode}.mean`], figures[`${r.mode}.sd`]] = r.status === 'shown' ? [whole(r.mean), whole(r.sd)] : ['–', '–'];
  for (const e of climate.elements) [figures[`${e.element}.mean`], figures[`${e.element}.sd`]] = [whole(e.mean), whole(e.sd)];
  if (climate.energy.status === 'shown') [figures['energy.mean'], figures['energy.sd']] = [whole(climate.energy.mean), whole(climate.energy.sd)];
  const parts = ['disagree', 'neither', 'agree'] as const;
  // A withheld share is '·' (no number, no bar); a statement without any share has no bars at all.
  const shares = (split: TeamReport['differences'][number]['split']) =>
    parts.every((p) => split[p] === null) ? '' : parts.map((p) => (split[p] === null ? '·' : String(split[p]))).join(' ');
  return {
    figures,
    differ: report.differences.map((d) => `${itemText(d.instrumentId, d.itemId)} | ${shares(d.split)}`),
    agenda: (report.agenda ?? []).map((a) => itemText(a.instrumentId, a.itemId)),
  };
}

/** The cells of a Dutch CSV (";" between cells, quotes around a cell that holds one). */
function csvRows(text: string): string[][] {
  return text
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^;]*)(;|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

/** The figures of the CSV that the wall shows too, as whole numbers of its 0.1 values. */
function readCsv(text: string): Record<string, string | undefined> {
  const rows = csvRows(text);
  const row = (label: string) => rows.find((r) => r[0] === label) ?? [];
  const num = (cell: string | undefined) => (cell ? whole(Number(cell.replace(',', '.'))) : '–');
  const scales = row(nlTeam.csv.measure);
  const at = (label: string, scale: string) => num(row(label)[scales.indexOf((nlInstrument.scales as Record<string, string | undefined>)[scale]!)]);
  const figures: Record<string, string | undefined> = {
    'centre.support': at(nlTeam.csv.centre, 'support'),
    'centre.expectations': at(nlTeam.csv.centre, 'expectations'),
    'sd.support': at(nlTeam.csv.sd, 'support'),
    'sd.expectations': at(nlTeam.csv.sd, 'expectations'),
    temperature: num(row(nlTeam.csv.temperature)[1]),
  };
  for (const m of MODES) [figures[`${m}.mean`], figures[`${m}.sd`]] = [num(row(m)[1]), num(row(m)[2])];
  for (const e of [...CLIMATE_ELEMENTS, 'energy']) [figures[`${e}.mean`], figures[`${e}.sd`]] = [num(row(ELEMENT_NAME(e))[2]), num(row(ELEMENT_NAME(e))[3])];
  return figures;
}

describe('one truth: the take-home report says what the wall said', () => {
  it('shows every figure of the demo team, where it differs and what it wants to talk about, the same on the wall, the report page, in the file and in the CSV', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 720 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      await page.getByRole('button', { name: nlPresenter.demo.try }).click();
      await page.getByRole('heading', { level: 1, name: nlPresenter.demo.name }).waitFor();
      const workshopUrl = page.url();

      await page.getByRole('link', { name: nlPresenter.open }).click();
      await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
      const wall = await readWall(page);
      // The demo team differs on climate statements and marked statements of both questionnaires.
      expect(wall.differ.length).toBe(3);
      expect(wall.agenda.length).toBeGreaterThan(1);
      expect(Object.values(wall.figures).every((v) => /^\d+$/.test(v ?? ''))).toBe(true);
      expect(Object.keys(wall.figures)).toHaveLength(2 + 2 + 2 * MODES.length + 3 + 2 * (CLIMATE_ELEMENTS.length + 1));

      await page.goto(workshopUrl);
      await page.getByRole('link', { name: nlReport.link }).click();
      await page.getByRole('heading', { level: 1, name: nlReport.title }).waitFor();
      const onPage = await readReportPage(page);
      expect(onPage.figures).toEqual(wall.figures);
      expect(onPage.differ).toEqual(wall.differ);
      expect(onPage.agenda).toEqual(wall.agenda);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nlReport.actions.saveFile, exact: true }).click()]);
      const file = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { version: number; report: TeamReport };
      expect(file.version).toBe(5);
      const inFile = readFile3(file.report);
      expect(inFile.figures).toEqual(wall.figures);
      expect(inFile.differ).toEqual(wall.differ);
      expect(inFile.agenda).toEqual(wall.agenda);

      await page.goto(workshopUrl);
      const reveal = page.getByRole('button', { name: nlTeam.reveal.start });
      if (await reveal.count()) await reveal.click();
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nlTeam.csv.download, exact: true }).click()]);
      const inCsv = readCsv((await readFile((await csv.path()) ?? '', 'utf8')).replace(/^\uFEFF/, ''));
      const { low: _low, high: _high, ...wallInCsv } = wall.figures;
      expect(inCsv).toEqual(wallInCsv);
    });
  });
});
