import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { pdfPages, pdfTitle, pngSize } from './support/pdf';
import { answerOf, fill, inFreshContext, ITEMS, LAPTOP, PHONE, scaleLabel, statementText, TOTAL } from './support/self-check-flow';
import { createJoinCode } from '../../src/model/workshop/join-code';
import type { LikertItem } from '../../src/model/instruments/types';
import { toTextCode } from '../../src/model/codec/result-code';
import { CURRENT_SELF_CHECK, findInstrument } from '../../src/model/instruments/registry';
import { TEAM_CLIMATE } from '../../src/model/instruments/team-climate';
import type { AnswerValue, Answers } from '../../src/model/instruments/types';
import { climateOfTeam } from '../../src/model/climate/team';
import { CLIMATE_LEVELS } from '../../src/model/climate/temperature';
import { aggregateTeam } from '../../src/model/team/aggregate';
import { buildTeamReport } from '../../src/model/team-report/build';
import { sdBand } from '../../src/model/team-report/sd-band';
import type { TeamReport } from '../../src/model/team-report/types';
import type { Workshop } from '../../src/model/workshop/workshop';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlReport from '../../locales/nl/report.json';
import enReport from '../../locales/en/report.json';
import nlTeam from '../../locales/nl/team.json';
import nlCommon from '../../locales/nl/common.json';
import nlParticipant from '../../locales/nl/participant.json';
import nlQuestionnaire from '../../locales/nl/questionnaire.json';
import nlResults from '../../locales/nl/results.json';
import nlInstrument from '../../locales/nl/instrument.json';
import { withPersonWord } from '../../src/testing/person-text';

/**
 * What a facilitator takes home from a workshop with both questionnaires: the report page printed
 * by Chromium to A4 (page.pdf, the print dialog's own engine), each chart as a PNG of projector
 * width, the team report file that reopens on a device that never saw the workshop, and the CSV
 * as Dutch Excel reads it. Throughout: no number of one person.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const NAME = 'Team Noord, 30 november';
/**
 * Answers whose keyed value alternates between two values per axis, so a member's score lies
 * between the multiples of 25 (the window's tick numbers): (4, 5) gives 87.5.
 */
function keyedSelf(support: readonly [AnswerValue, AnswerValue], expectations: readonly [AnswerValue, AnswerValue]): Answers {
  const seen: Record<string, number> = {};
  return Object.fromEntries(
    CURRENT_SELF_CHECK.items.map((item) => {
      const n = (seen[item.scale] = (seen[item.scale] ?? 0) + 1);
      const pair = item.scale === 'support' ? support : expectations;
      const v = pair[n % 2] as AnswerValue;
      return [item.id, item.keying === 'plus' ? v : ((6 - v) as AnswerValue)];
    }),
  );
}
// Six members, far apart, so their own points differ from every team figure.
const SELF: readonly Answers[] = [
  keyedSelf([4, 5], [4, 5]),
  keyedSelf([2, 3], [4, 5]),
  keyedSelf([4, 5], [1, 2]),
  keyedSelf([3, 4], [3, 4]),
  keyedSelf([1, 2], [2, 3]),
  keyedSelf([4, 4], [3, 4]),
];
const CLIMATE = [
  '5151151515515115515151151515',
  '4242242424424224424242242424',
  '5151151515515115515151151515',
  '4242242424424224424242242424',
  '3333333333333333333333333333',
  '4444444444444444444444444444',
];
const climateAnswers = (digits: string): Answers =>
  Object.fromEntries(TEAM_CLIMATE.items.map((item, i) => [item.id, Number(digits[i]) as AnswerValue]));

const MM = 96 / 25.4;

/** A workshop with both questionnaires, made on the page, and six results pasted as codes. */
async function workshopWithResults(page: Page): Promise<string> {
  await page.goto(`${baseURL}/#/workshops`);
  await page.getByRole('textbox', { name: nlWorkshop.nameLabel }).fill(NAME);
  await page.getByRole('radio', { name: nlWorkshop.questionnairesBoth, exact: true }).check();
  await page.getByRole('button', { name: nlWorkshop.create }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  const joinCode = ((await page.locator('.join-code strong').textContent()) ?? '').trim().replace('-', '');
  const codes = SELF.map((answers, i) =>
    toTextCode({
      workshopCode: joinCode,
      nonce: 100 + i,
      questionnaires: [
        { instrument: CURRENT_SELF_CHECK, answers },
        { instrument: TEAM_CLIMATE, answers: climateAnswers(CLIMATE[i] ?? '') },
      ],
    }),
  );
  await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(codes.join('\n'));
  await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
  await page.getByRole('status', { name: nlWorkshop.outcomeLabel }).getByText(fill(nlWorkshop.summary, { added: 6, duplicates: 0, refused: 0 })).waitFor();
  return joinCode;
}

/** The team report as the app must compute it for these answers (the model, not a copy of it). */
function expectedReport() {
  const workshop: Workshop = {
    id: 'x',
    code: 'x',
    name: NAME,
    questionnaires: [
      { instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version },
      { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version },
    ],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: new Date().toISOString(),
    results: SELF.map((answers, i) => ({
      fingerprint: String(i),
      parts: {
        [CURRENT_SELF_CHECK.id]: { answers, marks: [] },
        [TEAM_CLIMATE.id]: { answers: climateAnswers(CLIMATE[i] ?? ''), marks: [] },
      },
    })),
  };
  const report = buildTeamReport(workshop, findInstrument, TEAM_CLIMATE.id);
  if (!report?.selfCheck?.window || !report.climate) throw new Error('the report should have both parts');
  return report;
}

/**
 * Every whole number the report shows of the team: its scores and SDs, the bands of one SD
 * around them (drawn and in words), the shares of the disputed statements, the charts' tick
 * numbers, the counts, the minimum and the day. (Agreement is shown with two decimals.)
 */
function teamFigures(report: TeamReport): Set<number> {
  const self = report.selfCheck;
  const climate = report.climate;
  const radar = self?.window?.radar ?? [];
  const elements = climate ? [...climate.elements, ...(climate.energy.status === 'shown' ? [climate.energy] : [])] : [];
  const bands = [
    ...radar.flatMap((r) => (r.status === 'shown' ? [sdBand(r.mean, r.sd)] : [])),
    ...elements.map((e) => sdBand(e.mean, e.sd)),
    ...(climate ? [sdBand(climate.temperature, climate.spread.sd)] : []),
  ];
  const shares = report.differences.flatMap((d) => [d.split.disagree, d.split.neither, d.split.agree]).filter((v): v is number => v !== null);
  const day = new Date();
  return new Set(
    [
      ...(self ? [self.count, ...self.scales.flatMap((x) => [x.centre, x.sd])] : []),
      ...(self?.window ? [self.window.centre.support, self.window.centre.expectations] : []),
      ...radar.flatMap((r) => (r.status === 'shown' ? [r.mean, r.sd ?? 0] : [])),
      ...(climate ? [climate.count, climate.temperature, climate.spread.sd] : []),
      ...elements.flatMap((e) => [e.mean, e.sd]),
      ...bands.flatMap((b) => [b.low, b.high]),
      ...shares,
      ...[0, 25, 50, 75, 100, CLIMATE_LEVELS.coldTo, CLIMATE_LEVELS.warmFrom],
      report.minRespondents,
      day.getFullYear(),
      day.getDate(),
      30,
    ].map(Math.round),
  );
}

/**
 * The members' own lowest and highest values, rounded as a report would show them: of each mode
 * spoke and scale, and of each climate element, energy and the temperature. Only those that
 * differ from every team figure, so finding one in the report can only mean one person's number.
 */
function ownExtremes(report: TeamReport): number[] {
  const profile = aggregateTeam(CURRENT_SELF_CHECK, SELF, { minRespondents: 5 });
  const climate = climateOfTeam(TEAM_CLIMATE, CLIMATE.map(climateAnswers), { minRespondents: 5 });
  if (profile.status !== 'shown' || !profile.window || climate.status !== 'shown') throw new Error('both parts should be shown');
  const ranges = [
    ...profile.window.radar.flatMap((r) => (r.status === 'shown' ? [r] : [])),
    ...profile.scales,
    ...climate.elements,
    ...(climate.energy.status === 'shown' ? [climate.energy] : []),
    climate.spread,
  ];
  const team = teamFigures(report);
  const all = [...new Set(ranges.flatMap((r) => [r.min, r.max]).map(Math.round))];
  console.info(`team-report.e2e: the members' lowest and highest values: ${all.join(', ')}; team figures: ${[...team].join(', ')}`);
  return all.filter((v) => !team.has(v));
}

/** The numbers in a text as the report writes them: "0,45" is 0.45, not 0 and 45. */
function numbersInText(text: string): Set<number> {
  return new Set((text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.'))));
}

async function openReport(page: Page): Promise<void> {
  await page.getByRole('link', { name: nlReport.link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: nlReport.title, exact: true }).waitFor();
}

describe('the team report to take home', () => {
  it('prints as A4 pages with the team figures, charts whole, and no number of one person', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await workshopWithResults(page);
      await openReport(page);
      const expected = expectedReport();
      await checkA11y(page, 'the team report of a workshop');

      // The visible button asks the browser to print.
      await page.evaluate(() => {
        const w = window as unknown as { __printed: number };
        w.__printed = 0;
        window.print = () => void (w.__printed += 1);
      });
      await page.getByRole('button', { name: nlReport.actions.print, exact: true }).click();
      expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      if (process.env.REPORT_PDF) await writeFile(process.env.REPORT_PDF, pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfTitle(pdf)).toContain(fill(nlReport.pageTitle, { name: NAME }));
      const pages = pdfPages(pdf);
      console.info(`team-report.e2e: Dutch report of a workshop with both questionnaires: ${pages.length} A4 page(s)`);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBeLessThanOrEqual(5);
      for (const { mediaBox, content } of pages) {
        // A4 in points (210 × 297 mm), within a point of rounding.
        expect(Math.abs((mediaBox[2] ?? 0) - 595.3)).toBeLessThan(1.5);
        expect(Math.abs((mediaBox[3] ?? 0) - 841.9)).toBeLessThan(1.5);
        expect(content).toMatch(/\bBT\b[\s\S]*?\bT[Jj]\b/);
      }

      // On paper: the app's frame, buttons and links are gone; title, name, date, counts, the
      // charts as vector graphics, the climate and the disputed statements are there.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor((210 - 28) * MM), height: Math.round(297 * MM) });
      expect(await page.getByRole('navigation').count()).toBe(0);
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await page.getByRole('link').count()).toBe(0);
      expect(await page.getByText(nlCommon.privacy, { exact: true }).isVisible()).toBe(false);
      const text = await page.locator('main').innerText();
      for (const words of [
        nlReport.title,
        NAME,
        fill(nlReport.meta.results_other, { count: 6 }),
        nlReport.window.title,
        nlReport.radar.title,
        nlReport.climate.title,
        nlReport.disputed.title,
      ]) {
        expect(text).toContain(words);
      }
      expect(text).toContain(String(new Date().getFullYear()));
      expect(text).not.toContain(nlReport.wanted.title);
      expect(text).not.toContain(nlReport.plan.title);
      // The disputed statements as shares in percent, never as counts.
      const shares = await page.locator('.answer-split li').allInnerTexts();
      const withShares = expected.differences.filter((d) => d.split.disagree !== null || d.split.neither !== null || d.split.agree !== null);
      expect(shares.length).toBe(3 * withShares.length);
      for (const share of shares) expect(share).toMatch(/: (\d+%|geen getal)$/);

      // Each chart is SVG (vector in the PDF), sized within the column, and kept in one piece.
      const charts = page.locator('.report-chart');
      expect(await charts.count()).toBe(4);
      for (const chart of await charts.all()) {
        expect(await chart.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
        const svg = await chart.locator('.chart-area svg').first().boundingBox();
        expect(svg?.width ?? 0).toBeGreaterThan(200);
        expect((svg?.x ?? 0) + (svg?.width ?? 0)).toBeLessThanOrEqual((210 - 28) * MM + 1);
      }

      // No number of one person: no dots in the window, no table of points, and none of the
      // members' own scores where they differ from every team figure.
      expect(await page.locator('.report-chart').first().locator('svg circle').count()).toBe(1);
      expect(text).not.toContain(nlTeam.spread.tableCaption);
      expect(text).not.toMatch(/\bPunt \d/);
      // The window is where one person's point could be read (a table of dots, a label): its text,
      // its table and its accessible summary hold the team's figures and none of the members'.
      const profile = aggregateTeam(CURRENT_SELF_CHECK, SELF, { minRespondents: 5 });
      if (profile.status !== 'shown' || !profile.window) throw new Error('profile should be shown');
      const w = expected.selfCheck!.window!;
      const sds = expected.selfCheck!.scales.map((x) => x.sd);
      const teamFigures = new Set([w.centre.support, w.centre.expectations, ...sds, 0, 25, 50, 75, 100].map(Math.round));
      const own = profile.window.dots.flatMap((d) => [Math.round(d.support), Math.round(d.expectations)]).filter((v) => !teamFigures.has(v));
      // The check means something only if several members' scores are not also team figures.
      expect(new Set(own).size).toBeGreaterThanOrEqual(4);
      const windowSection = page.getByRole('region', { name: nlReport.window.title, exact: true });
      const windowText = `${await windowSection.innerText()} ${await windowSection.locator('.chart-area').getAttribute('aria-label')}`;
      const shown = new Set((windowText.match(/\d+/g) ?? []).map(Number));
      expect(own.filter((v) => shown.has(v))).toEqual([]);

      // Nowhere in the report, nor in any chart's text alternative: the members' own lowest and
      // highest spoke, scale, element, energy or temperature (decision 30). No "lowest"/"highest".
      const extremes = ownExtremes(expected);
      console.info(`team-report.e2e: ${extremes.length} members' lowest/highest values differ from every team figure: ${extremes.join(', ')}`);
      expect(extremes.length).toBeGreaterThanOrEqual(4);
      const labels = await page.locator('main [aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
      const reportNumbers = numbersInText(`${text} ${labels.join(' ')}`);
      expect(extremes.filter((v) => reportNumbers.has(v))).toEqual([]);
      expect(text).not.toMatch(/laagste|hoogste/i);
    });
  });

  it('saves each chart as a PNG of 1920 pixels wide that looks like the screen', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await workshopWithResults(page);
      await openReport(page);
      const button = page.getByRole('button', { name: fill(nlReport.image.saveNamed, { name: nlReport.window.title }), exact: true });
      expect(await button.innerText()).toBe(nlReport.image.save);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/^modusspiegel-team-team-noord-30-november-\d{4}-\d{2}-\d{2}-venster\.png$/);
      const png = await readFile((await download.path()) ?? '');
      if (process.env.REPORT_PNG) await writeFile(process.env.REPORT_PNG, png);
      const size = pngSize(png);
      expect(size.width).toBe(1920);
      expect(size.height).toBeGreaterThan(1500);
      await page.getByText(nlReport.image.saved, { exact: true }).waitFor();

      // Drawn back in the page: the white background, the quadrants' colours, the purple centre and
      // dark label text are all there, as on the screen.
      const colours = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d');
        if (!ctx) return [];
        ctx.drawImage(image, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set<string>();
        for (let i = 0; i < data.length; i += 4 * 7) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
        return [...seen];
      }, png.toString('base64'));
      for (const colour of ['255,255,255', '216,234,223', '106,44,140', '31,35,40']) expect(colours).toContain(colour);

      // The radar and the two climate charts have a button of their own, each named for its chart.
      expect(await page.getByRole('button', { name: nlReport.image.save, exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: `${nlReport.image.save}: ` }).count()).toBe(4);
    });
  });

  it('the team report file reopens the profile on a device that never saw the workshop; a wrong file gets a clear message', async () => {
    let reportFile = '';
    let fileName = '';
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await workshopWithResults(page);
      await openReport(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nlReport.actions.saveFile, exact: true }).click()]);
      fileName = download.suggestedFilename();
      reportFile = await readFile((await download.path()) ?? '', 'utf8');
      await page.getByText(nlReport.actions.fileSaved, { exact: true }).waitFor();
    });
    expect(fileName).toMatch(/^modusspiegel-team-team-noord-30-november-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(reportFile) as { format: string; version: number; report: unknown };
    expect(json.format).toBe('modusspiegel-team-report');
    expect(json.version).toBe(5);
    // Aggregates only: what the model makes of these answers, and nothing of a result code.
    expect(json.report).toEqual({ ...expectedReport(), date: expect.any(String) as string, reportId: expect.stringMatching(/^[0-9a-z]{16}$/) as string });
    expect(reportFile).not.toMatch(/MS3|fingerprint|nonce|dots|"min"|"max"/);

    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/workshops`);
      // A broken file first: a clear message, and the page stays.
      const input = page.getByLabel(nlReport.open.button, { exact: true });
      await input.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(reportFile.slice(0, 200)) });
      await page.getByText(nlReport.open.error['not-json'], { exact: true }).waitFor();

      await input.setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(reportFile) });
      await page.getByRole('heading', { level: 1, name: nlReport.title, exact: true }).waitFor();
      await page.getByText(nlReport.opened.note, { exact: true }).waitFor();
      await checkA11y(page, 'a team report opened from a file');
      const text = await page.locator('main').innerText();
      expect(text).toContain(NAME);
      expect(text).toContain(nlReport.window.title);
      expect(text).toContain(nlReport.climate.title);
      expect(await page.locator('.report-chart svg').count()).toBeGreaterThanOrEqual(4);
      // Nothing of it is stored: the device holds no workshop and no result.
      const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
      expect(stored).not.toContain(NAME);
      // A reload shows it again (the history entry holds it), in English too.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: nlReport.title, exact: true }).waitFor();
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: enReport.title, exact: true }).waitFor();
      await page.getByRole('button', { name: enReport.actions.print, exact: true }).waitFor();
      // Printed in the chosen language: the title on paper and in the PDF.
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      expect(pdfTitle(pdf)).toContain(enReport.opened.pageTitle);
      expect(pdfPages(pdf).length).toBeGreaterThanOrEqual(2);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('main').innerText()).toContain(enReport.window.title);
    });
  });

  it('the CSV opens in Dutch Excel: BOM, ";" and decimal comma, the workshop name and date first', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP }, async (context) => {
      const page = await context.newPage();
      await workshopWithResults(page);
      await page.getByRole('button', { name: nlTeam.reveal.start }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nlTeam.csv.download, exact: true }).click()]);
      const bytes = await readFile((await download.path()) ?? '');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      expect(lines[0]).toBe(`${nlReport.csv.workshop};${NAME}`);
      expect(lines[1]).toMatch(new RegExp(`^${nlReport.csv.date};\\d{4}-\\d{2}-\\d{2}$`));
      expect(lines.some((l) => /;\d+,\d(;|$)/.test(l))).toBe(true);
      expect(lines.some((l) => /\d\.\d/.test(l))).toBe(false);
    });
  });

  it('a phone keeps its own results after handing over, and can print each of them', async () => {
    const code = createJoinCode(() => 0.41, { hideOwnResult: false, questionnaires: 'both' });
    const climateText = (id: string) => withPersonWord((nlInstrument.teamClimate.items as Record<string, string>)[id] ?? id, 'nl');
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/join/${code}`);
      await page.getByRole('button', { name: nlParticipant.join }).click();
      const self = SELF[0] ?? {};
      for (let i = 0; i < TOTAL; i++) {
        const item = ITEMS[i] as LikertItem;
        const group = page.getByRole('group', { name: statementText('nl', item), exact: true });
        await group.getByRole('radio', { name: scaleLabel('nl', answerOf(self, item)), exact: true }).check();
        await page.getByRole('button', { name: i === TOTAL - 1 ? fill(nlParticipant.partNextButton, { part: 2 }) : nlQuestionnaire.next, exact: true }).click();
      }
      await page.getByRole('button', { name: fill(nlParticipant.partStart, { part: 2 }) }).click();
      const climate = climateAnswers(CLIMATE[0] ?? '');
      for (const [i, item] of TEAM_CLIMATE.items.entries()) {
        const group = page.getByRole('group', { name: climateText(item.id), exact: true });
        await group.getByRole('radio', { name: scaleLabel('nl', climate[item.id] as AnswerValue), exact: true }).check();
        await page.getByRole('button', { name: i === TEAM_CLIMATE.items.length - 1 ? nlQuestionnaire.finish : nlQuestionnaire.next, exact: true }).click();
      }
      await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();

      // After handing over, and after closing and opening the app again: both results are there,
      // each with its print button, and each prints as A4 pages.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
      for (const link of [nlParticipant.ownResult, fill(nlParticipant.ownResultAlso, { name: nlParticipant.questionnaireName.teamClimate })]) {
        await page.getByRole('link', { name: link, exact: true }).click();
        await page.getByRole('button', { name: nlResults.print, exact: true }).waitFor();
        const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
        expect(pages.length).toBeGreaterThanOrEqual(1);
        expect(pages.length, `${link}: ${pages.length} A4 pages`).toBeLessThanOrEqual(3);
        await page.goBack();
        await page.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
      }
    });
  }, 120_000);
});
