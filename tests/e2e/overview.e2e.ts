import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import enOverview from '../../locales/en/overview.json';
import nlOverview from '../../locales/nl/overview.json';
import { formatFigure } from '../../src/lib/format';
import { fixedReportId, teamReport } from '../../src/model/overview/test-reports';
import { toTeamReportFile } from '../../src/model/team-report/file';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { pdfPages, pdfTitle } from './support/pdf';
import { fill, inFreshContext } from './support/self-check-flow';

/**
 * The overview of many teams (issue 23, docs/overview.md): twelve team report files, six by the
 * file chooser and six dropped on the page (a drop event with a DataTransfer built in the page),
 * at 1366 px and 375 px, in Dutch and in English. The map's table names every team with its centre as
 * its own report holds it; the table of all teams sorts by a heading button and says so with
 * aria-sort; a team linked to its earlier report shows its path; axe finds nothing; the print
 * (Chromium's PDF and print media) holds the map and the table without buttons.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const TEXTS = { nl: nlOverview, en: enOverview } as const;
// Team 2 is linked to team 1 as the same team: one path over time.
const REPORTS = Array.from({ length: 12 }, (_, i) => teamReport(i));
const FILES = REPORTS.map((report, i) => ({
  name: `team-${i + 1}.json`,
  mimeType: 'application/json',
  text: toTeamReportFile(report, { reportId: fixedReportId(i), ...(i === 1 ? { sameTeamAs: fixedReportId(0) } : {}) }, new Date('2026-11-30T12:00:00Z')),
}));

async function dropFiles(page: Page, files: readonly { name: string; mimeType: string; text: string }[]) {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.mimeType }));
    const zone = document.querySelector('.overview-drop') ?? document.body;
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

describe.each([
  ['laptop', { width: 1366, height: 900 }, 'nl', 'nl-NL'],
  ['laptop', { width: 1366, height: 900 }, 'en', 'en-GB'],
  ['phone', { width: 375, height: 812 }, 'nl', 'nl-NL'],
  ['phone', { width: 375, height: 812 }, 'en', 'en-GB'],
] as const)('the overview of teams on a %s (%s)', (_, viewport, lng, locale) => {
  const t = TEXTS[lng];

  it('opens 12 report files by the chooser and by drop; map, table, a team over time, print and axe', async () => {
    await inFreshContext(browser, baseURL, { viewport, locale }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/overview`);
      await page.getByRole('heading', { level: 1, name: t.title, exact: true }).waitFor();
      await checkA11y(page, `overview, empty (${lng})`);

      await page.getByLabel(t.choose.files, { exact: true }).setInputFiles(FILES.slice(0, 6).map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.text) })));
      await page.getByText(fill(t.choose.read_other, { count: 6 }), { exact: true }).waitFor();
      await page.getByText(fill(t.counts.teams_other, { count: 6 }), { exact: true }).waitFor();
      await dropFiles(page, FILES.slice(6));
      await page.getByText(fill(t.counts.teams_other, { count: 12 }), { exact: true }).waitFor();

      // The map: one labelled dot per team, and its table with each centre as its own report holds it.
      const map = page.getByRole('table', { name: t.map.tableCaption, exact: true });
      await expect.poll(() => map.getByRole('row').count()).toBe(13);
      for (const [i, report] of REPORTS.entries()) {
        const row = map.getByRole('row').filter({ has: page.getByRole('rowheader', { name: report.name, exact: true }) });
        const cells = await row.getByRole('cell').allInnerTexts();
        expect(cells.slice(0, 2), `team ${i + 1}`).toEqual([formatFigure(report.selfCheck!.window!.centre.support, lng), formatFigure(report.selfCheck!.window!.centre.expectations, lng)]);
      }
      const labels = await page.locator('.overview-chart svg.recharts-surface text').allTextContents();
      for (const report of REPORTS) expect(labels).toContain(report.name);

      // The table of all teams, sorted by temperature both ways.
      const table = page.getByRole('table', { name: t.table.caption, exact: true });
      const heading = table.getByRole('columnheader', { name: t.table.columns.temperature });
      await expect.poll(() => heading.getAttribute('aria-sort')).toBe('none');
      await heading.getByRole('button', { name: t.table.columns.temperature, exact: true }).click();
      await expect.poll(() => heading.getAttribute('aria-sort')).toBe('ascending');
      const temperatures = async () => (await table.locator('tbody tr td:nth-of-type(8)').allInnerTexts()).map(Number);
      const up = await temperatures();
      expect(up).toHaveLength(12);
      expect(up).toEqual([...up].sort((a, b) => a - b));
      await heading.getByRole('button', { name: t.table.columns.temperature, exact: true }).click();
      await expect.poll(() => heading.getAttribute('aria-sort')).toBe('descending');
      const down = await temperatures();
      expect(down).toEqual([...down].sort((a, b) => b - a));

      // Team 2 over time: its first measurement (team 1) and itself, each change judged.
      const path = page.getByRole('table', { name: fill(t.time.caption, { name: REPORTS[1]!.name }), exact: true });
      await expect.poll(() => path.getByRole('row').count()).toBe(3);
      await path.getByText(t.time.first, { exact: true }).waitFor();
      const judged = await path.locator('.overview-change').allInnerTexts();
      expect(judged.length).toBeGreaterThanOrEqual(3);
      // Twelve teams: what goes together is shown, with the sentence that it is not a cause.
      await page.getByText(t.together.notCause, { exact: true }).waitFor();
      await checkA11y(page, `overview of 12 teams (${lng}, ${viewport.width} px)`);

      // The same files dropped again count once.
      await dropFiles(page, FILES.slice(0, 2));
      await page.getByText(fill(t.counts.duplicates_other, { count: 2 }), { exact: true }).waitFor();
      await page.getByText(fill(t.counts.teams_other, { count: 12 }), { exact: true }).waitFor();

      // On paper: A4, the title, the map and the table, and no buttons.
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      expect(pdfTitle(pdf)).toContain(t.pageTitle);
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages[0]!.mediaBox.map(Math.round)).toEqual([0, 0, 595, 842]);
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.getByRole('button', { name: t.takeHome.print, exact: true }).isVisible()).toBe(false);
      expect(await page.locator('.overview-chart svg.recharts-surface').isVisible()).toBe(true);
      expect(await table.isVisible()).toBe(true);
      const box = await page.locator('.overview-chart .chart-area').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(250);
      await page.emulateMedia({ media: 'screen' });
    });
  });
});
