import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { inFreshContext } from './support/self-check-flow';
import { toQrPayload } from '../../src/model/codec/result-code';
import { climateOfPerson } from '../../src/model/climate/person';
import { climateOfTeam } from '../../src/model/climate/team';
import { keyedAnswers } from '../../src/model/climate/test-fixture';
import type { ClimateBand } from '../../src/model/climate/types';
import { TEAM_CLIMATE } from '../../src/model/instruments/team-climate';
import type { Answers } from '../../src/model/instruments/types';
import { createJoinCode } from '../../src/model/workshop/join-code';
import type { Workshop } from '../../src/model/workshop/workshop';
import nlInstrument from '../../locales/nl/instrument.json';
import nlPresenter from '../../locales/nl/presenter.json';
import nlResults from '../../locales/nl/results.json';
import nlTeam from '../../locales/nl/team.json';

/**
 * One truth on every screen (issue 19), in real rendering: for two teams whose band the old rule
 * got wrong against the scale (a hot temperature with a cold element; two cold elements and a
 * temperature in the middle) and for one person, the zone the temperature's mark is drawn in is
 * named by the same word as the band beside it: on the team profile, the wall, the team report
 * and the person's result page.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const bands = nlInstrument.teamClimate.bands as Record<ClimateBand, string>;
const code = createJoinCode(() => 0.42, { hideOwnResult: false, questionnaires: 'team-climate' });

/** Six members with these keyed answers, one member a step warmer on boundaries (so not all alike). */
function climateWorkshop(id: string, keyed: Parameters<typeof keyedAnswers>[0]): Workshop {
  const sets: Answers[] = Array.from({ length: 6 }, (_, i) => keyedAnswers(i === 0 ? { ...keyed, boundaries: 4 } : keyed));
  return {
    id,
    code,
    name: `Team ${id}`,
    questionnaires: [{ instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version }],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-12-03T09:00:00.000Z',
    results: sets.map((answers, i) => {
      const nonce = 2000 + i + id.length * 100;
      return { fingerprint: toQrPayload({ workshopCode: code, nonce, questionnaires: [{ instrument: TEAM_CLIMATE, answers }] }), nonce, parts: { [TEAM_CLIMATE.id]: { answers, marks: [] } } };
    }),
  };
}

// Hot temperature (about 73) with purpose cold: the old rule said "Lauw".
const HOT = climateWorkshop('warm', { purpose: 2, cooperation: 5, boundaries: 5, reflection: 5, energy: 4 });
// Two cold elements, temperature about 53: the old rule said "Cold spot".
const MIDDLE = climateWorkshop('midden', { purpose: 2, cooperation: 2, boundaries: 5, reflection: 5, energy: 4 });
const PERSON = keyedAnswers({ purpose: 2, cooperation: 2, boundaries: 5, reflection: 5, energy: 3 });

function teamBand(workshop: Workshop): ClimateBand {
  const climate = climateOfTeam(TEAM_CLIMATE, workshop.results.map((r) => r.parts[TEAM_CLIMATE.id]?.answers ?? {}), { minRespondents: 5 });
  if (climate.status !== 'shown') throw new Error('shown');
  return climate.reading.band;
}

/**
 * The word of the zone the mark stands in, read from the drawing: each zone is a rect with its
 * word; the mark is the scale's circle (team figure) or `.temperature-mark` line (wall). A mark on
 * a bound belongs to the outer zone (40 cold, 60 hot), as the zones are defined.
 */
async function zoneWordOfMark(page: Page, svg: string, mark: 'circle' | 'line'): Promise<string> {
  return page.locator(svg).first().evaluate((root, kind) => {
    const zones = [...root.querySelectorAll('g')]
      .map((g) => ({ rect: g.querySelector(':scope > rect'), word: g.querySelector(':scope > text')?.textContent ?? '' }))
      .filter((z): z is { rect: SVGRectElement; word: string } => z.rect !== null && z.word !== '')
      .map((z) => ({ from: Number(z.rect.getAttribute('x')), to: Number(z.rect.getAttribute('x')) + Number(z.rect.getAttribute('width')), word: z.word }));
    const markElement = kind === 'circle' ? root.querySelector('circle') : root.querySelector('.temperature-mark');
    const at = Number(markElement?.getAttribute(kind === 'circle' ? 'cx' : 'x1'));
    const holding = zones.filter((z) => at >= z.from - 1e-6 && at <= z.to + 1e-6);
    // On a bound two zones touch the mark: the outer one (first or last) owns it.
    const outer = holding.find((z) => z === zones[0] || z === zones[zones.length - 1]);
    return (holding.length > 1 ? outer : holding[0])?.word ?? `no zone at ${at}`;
  }, mark);
}

/** The person's scale: zone words under the bar, ticks at 0, 40, 60 and 100, the marker a thick line. */
async function personZoneWord(page: Page): Promise<{ word: string; marker: string }> {
  return page.locator('.person-climate-scale').first().evaluate((root) => {
    const texts = [...root.querySelectorAll('text')];
    const tickX = (value: string) => Number(texts.find((t) => t.textContent === value)?.getAttribute('x'));
    const words = texts.filter((t) => t.getAttribute('font-weight') === '600').sort((a, b) => Number(a.getAttribute('x')) - Number(b.getAttribute('x')));
    const marker = root.querySelector('line[stroke-width="3"]');
    const at = Number(marker?.getAttribute('x1'));
    const index = at <= tickX('40') + 1e-6 ? 0 : at >= tickX('60') - 1e-6 ? 2 : 1;
    const label = texts.find((t) => t.getAttribute('font-weight') === '700')?.textContent ?? '';
    return { word: words[index]?.textContent ?? '', marker: label };
  });
}

async function seed(page: Page): Promise<void> {
  await page.goto(`${baseURL}/#/workshops`);
  await page.evaluate(
    ({ workshops, person }) => {
      localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops }, version: 2 }));
      localStorage.setItem(
        'modusspiegel:history',
        JSON.stringify({ state: { results: [{ id: 'klimaat', instrumentId: 'team-climate', instrumentVersion: 1, answers: person, completedAt: '2026-11-30T10:00:00.000Z' }] }, version: 2 }),
      );
    },
    { workshops: [HOT, MIDDLE], person: PERSON },
  );
}

describe('the band word and the temperature scale agree on every screen', () => {
  it('the model reads the two teams and the person by the zone of the temperature (the old rule did not)', () => {
    expect(teamBand(HOT)).toBe('hotSpot');
    expect(teamBand(MIDDLE)).toBe('lukewarm');
    expect(climateOfPerson(TEAM_CLIMATE, PERSON).reading?.band).toBe('lukewarm');
  });

  for (const workshop of [HOT, MIDDLE]) {
    it(`team ${workshop.id}: the team profile, the wall and the team report`, async () => {
      const band = bands[teamBand(workshop)];
      await inFreshContext(browser, baseURL, { viewport: { width: 1280, height: 900 } }, async (context) => {
        const page = await context.newPage();
        await seed(page);

        await page.goto(`${baseURL}/#/workshops/${workshop.id}`);
        await page.reload();
        await page.getByRole('button', { name: nlTeam.reveal.start }).click();
        await page.locator('.team-climate-temperature .climate-band').waitFor();
        expect(await page.locator('.team-climate-temperature .climate-band').textContent()).toBe(band);
        expect(await zoneWordOfMark(page, '.team-climate-temperature figure svg', 'circle')).toBe(band);

        await page.goto(`${baseURL}/#/workshops/${workshop.id}/present`);
        await page.getByRole('heading', { level: 1, name: nlPresenter.steps.join }).waitFor();
        for (let i = 0; i < 12; i++) {
          if ((await page.getByRole('heading', { level: 1 }).textContent()) === nlPresenter.steps.climate) break;
          await page.keyboard.press('ArrowRight');
        }
        await page.getByRole('heading', { level: 1, name: nlPresenter.steps.climate }).waitFor();
        expect(await page.locator('.wall-lead').textContent()).toMatch(new RegExp(`: ${band}$`));
        expect(await zoneWordOfMark(page, '.wall-temperature', 'line')).toBe(band);

        await page.goto(`${baseURL}/#/workshops/${workshop.id}/report`);
        await page.locator('.report-lead').first().waitFor();
        expect(await page.locator('#report-climate ~ .report-lead, .report-keep .report-lead').last().textContent()).toContain(`: ${band},`);
        expect(await zoneWordOfMark(page, '.report-keep figure svg', 'circle')).toBe(band);
      });
    }, 60_000);
  }

  it("the person's result page: the headline, the marker's word and the zone it stands in", async () => {
    const band = bands[climateOfPerson(TEAM_CLIMATE, PERSON).reading?.band ?? 'coldSpot'];
    await inFreshContext(browser, baseURL, { viewport: { width: 390, height: 844 } }, async (context) => {
      const page = await context.newPage();
      await seed(page);
      await page.goto(`${baseURL}/#/result/klimaat`);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: nlResults.climate.bandHeadline.replace('{{band}}', band) }).waitFor();
      await page.mouse.wheel(0, 600);
      await page.locator('.person-climate-scale').first().waitFor();
      const { word, marker } = await personZoneWord(page);
      expect(word).toBe(band);
      expect(marker).toMatch(new RegExp(`· ${band}$`));
    });
  }, 60_000);
});
