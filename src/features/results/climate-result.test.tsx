import nlResults from '../../../locales/nl/results.json';
import enResults from '../../../locales/en/results.json';
import nlInstrument from '../../../locales/nl/instrument.json';
import enInstrument from '../../../locales/en/instrument.json';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import ResultPage from './result-page';
import { renderAt } from '../../testing/render';
import { useHistoryStore } from '../../stores/history-store';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { SELF_CHECK_V2 } from '../../model/instruments/self-check-v2';
import { climateOfPerson } from '../../model/climate/person';
import { climateReflectionIds } from '../../model/climate/reflection';
import { keyedAnswers } from '../../model/climate/test-fixture';
import type { Answers } from '../../model/instruments/types';
import type { SavedResult } from '../../model/results/saved-result';
import { formatNumber } from '../../lib/format';
import { withPersonWord } from '../../testing/person-text';

// Keyed 5, 4, 4, 1 on the elements and 3 on energy: 100, 75, 75, 0 and 50 (docs/climate.md §5:
// temperature 49.8, lukewarm, coldest "reflection").
const lukewarmAnswers = keyedAnswers({ purpose: 5, cooperation: 4, boundaries: 4, reflection: 1, energy: 3 });
const hotAnswers = keyedAnswers({ purpose: 5, cooperation: 4, boundaries: 5, reflection: 4, energy: 5 });
const climateResult = (id: string, answers: Answers, completedAt = '2026-11-30T10:00:00.000Z'): SavedResult => ({
  id,
  instrumentId: TEAM_CLIMATE.id,
  instrumentVersion: TEAM_CLIMATE.version,
  answers,
  completedAt,
});
const selfCheck: SavedResult = {
  id: 'self',
  instrumentId: SELF_CHECK_V2.id,
  instrumentVersion: SELF_CHECK_V2.version,
  answers: Object.fromEntries(SELF_CHECK_V2.items.map((item, i) => [item.id, i % 2 === 0 ? 4 : 2])) as Answers,
  completedAt: '2026-11-29T10:00:00.000Z',
};

const page = (id: string, lng: 'nl' | 'en' = 'nl') => renderAt(`/result/${id}`, [{ path: '/result/:id', element: <ResultPage /> }], lng);

const TEXTS = {
  nl: { results: nlResults, instrument: nlInstrument },
  en: { results: enResults, instrument: enInstrument },
} as const;

/** The cells of a table row, by its row header. */
function rowCells(table: HTMLElement, header: string): string[] {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

beforeEach(() => {
  useHistoryStore.setState({
    results: [climateResult('lukewarm', lukewarmAnswers), selfCheck, climateResult('hot', hotAnswers, '2026-06-01T10:00:00.000Z')],
  });
});

describe.each(['nl', 'en'] as const)('the team climate result page (%s)', (lng) => {
  const { results: r, instrument: ins } = TEXTS[lng];
  const model = climateOfPerson(TEAM_CLIMATE, lukewarmAnswers);
  const temperature = formatNumber(model.temperature ?? NaN, lng);

  it('shows the model’s temperature, band and coldest element, in words and in tables', async () => {
    expect(model.reading).toMatchObject({ band: 'lukewarm', coldest: 'reflection' });
    await page('lukewarm', lng);
    expect(screen.getByRole('heading', { level: 1, name: r.climate.pageTitle })).toBeInTheDocument();
    // The band is the headline, in words.
    const band = ins.teamClimate.bands.lukewarm;
    expect(screen.getByRole('heading', { level: 2, name: r.climate.bandHeadline.replace('{{band}}', band) })).toBeInTheDocument();
    expect(screen.getByText(r.climate.temperatureLine.replace('{{value}}', temperature))).toBeInTheDocument();
    // The cold element named beside the band, and the coldest element.
    expect(screen.getByText(r.climate.coldElements.replace('{{list}}', ins.scales.reflection))).toBeInTheDocument();
    const coldest = ins.scales.reflection;
    expect(screen.getByText(r.climate.coldest.replace('{{element}}', coldest))).toBeInTheDocument();

    // The temperature figure: a cold-to-warm scale with its words, energy beside it (not in it).
    const scale = screen.getByRole('table', { name: r.climate.scaleTableCaption });
    expect(rowCells(scale, ins.teamClimate.temperature)).toEqual([temperature, band]);
    expect(rowCells(scale, ins.scales.energy)).toEqual(['50', r.climate.level.middle]);
    expect(screen.getByRole('img', { name: new RegExp(`${temperature}.*${band}`) })).toBeInTheDocument();

    // Per element: the number and warm / middle / cold in words.
    const elements = screen.getByRole('table', { name: r.climate.barsTableCaption });
    expect(rowCells(elements, ins.scales.purpose)).toEqual(['100', r.climate.level.warm]);
    expect(rowCells(elements, ins.scales.cooperation)).toEqual(['75', r.climate.level.warm]);
    expect(rowCells(elements, ins.scales.boundaries)).toEqual(['75', r.climate.level.warm]);
    expect(rowCells(elements, ins.scales.reflection)).toEqual(['0', r.climate.level.cold]);

    // The questions of the coldest element, from the model.
    const questions = screen.getByRole('region', { name: r.reflectionTitle });
    const ids = climateReflectionIds(model);
    expect(ids).toEqual(['reflectionMoment', 'reflectionStep']);
    expect(within(questions).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      ids.map((id) => ins.teamClimate.reflection[id as keyof typeof ins.teamClimate.reflection]),
    );

    // What the elements mean, and the conversation-tool sentence.
    const meanings = screen.getByRole('region', { name: r.climate.elementsTitle });
    expect(within(meanings).getByText(withPersonWord(ins.teamClimate.elementLong.boundaries, lng))).toBeInTheDocument();
    expect(within(meanings).getByText(ins.teamClimate.elementLong.energy)).toBeInTheDocument();
    expect(screen.getAllByText(/gesprekshulp|conversation tool/).length).toBeGreaterThan(0);

    // Never read as a self-check.
    expect(screen.queryByText(new RegExp(r.placementBetween.slice(0, 20)))).not.toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    // Earlier climate results only; the self-check is not among them.
    const earlier = screen.getByRole('region', { name: r.climate.earlierTitle });
    expect(within(earlier).getAllByRole('listitem')).toHaveLength(2);
    expect(within(earlier).getByRole('link', { name: new RegExp(ins.teamClimate.bands.hotSpot) })).toHaveAttribute('href', '/result/hot');
    expect(screen.getByRole('button', { name: r.print })).toBeInTheDocument();
  });

  it('names a hot spot and still its coldest element, with the question to keep it warm', async () => {
    const hot = climateOfPerson(TEAM_CLIMATE, hotAnswers);
    expect(hot.reading?.band).toBe('hotSpot');
    await page('hot', lng);
    expect(screen.getByRole('heading', { level: 2, name: r.climate.bandHeadline.replace('{{band}}', ins.teamClimate.bands.hotSpot) })).toBeInTheDocument();
    expect(screen.getByText(r.climate.coldest.replace('{{element}}', ins.scales[hot.reading?.coldest ?? 'purpose']))).toBeInTheDocument();
    const questions = screen.getByRole('region', { name: r.reflectionTitle });
    expect(within(questions).getByText(ins.teamClimate.reflection.keepWarm)).toBeInTheDocument();
  });

  it('explains an element without a score, and gives no temperature and no questions', async () => {
    // Two of the three warm reflection statements "do not apply": 1 of 3 is too few.
    const answers = { ...lukewarmAnswers, c07: 'na', c27: 'na' } as Answers;
    useHistoryStore.setState({ results: [climateResult('gap', answers)] });
    await page('gap', lng);
    expect(screen.getByRole('heading', { level: 2, name: r.climate.bandHeadline.replace('{{band}}', r.climate.missing) })).toBeInTheDocument();
    expect(screen.getByText(r.climate.noTemperature)).toBeInTheDocument();
    expect(screen.getByText(r.climate.elementMissing.replace('{{element}}', ins.scales.reflection))).toBeInTheDocument();
    expect(screen.getByText(r.climate.elementMissingWhy)).toBeInTheDocument();
    const elements = screen.getByRole('table', { name: r.climate.barsTableCaption });
    expect(rowCells(elements, ins.scales.reflection)).toEqual(['–', r.climate.missing]);
    expect(rowCells(elements, ins.scales.purpose)).toEqual(['100', r.climate.level.warm]);
    expect(screen.queryByRole('region', { name: r.reflectionTitle })).not.toBeInTheDocument();
  });

  it('keeps the temperature with one "Past niet bij ons team" per keying of an element', async () => {
    const answers = { ...lukewarmAnswers, c27: 'na', c10: 'na' } as Answers; // one warm and one cold reflection statement
    const model = climateOfPerson(TEAM_CLIMATE, answers);
    expect(model.temperature).toBeCloseTo(climateOfPerson(TEAM_CLIMATE, lukewarmAnswers).temperature ?? NaN, 9);
    useHistoryStore.setState({ results: [climateResult('skips', answers)] });
    await page('skips', lng);
    const band = ins.teamClimate.bands.lukewarm;
    expect(screen.getByRole('heading', { level: 2, name: r.climate.bandHeadline.replace('{{band}}', band) })).toBeInTheDocument();
    expect(rowCells(screen.getByRole('table', { name: r.climate.barsTableCaption }), ins.scales.reflection)).toEqual(['0', r.climate.level.cold]);
    expect(screen.queryByText(r.climate.elementMissingWhy)).not.toBeInTheDocument();
  });

  it('reads the band from the temperature and names the cold elements beside it (issue 19)', async () => {
    // 25, 25, 100, 100: two cold elements, temperature 54 in the middle of the scale. The old rule
    // said "Cold spot" beside a marker in the middle zone.
    const answers = keyedAnswers({ purpose: 2, cooperation: 2, boundaries: 5, reflection: 5, energy: 3 });
    const model = climateOfPerson(TEAM_CLIMATE, answers);
    const shown = formatNumber(model.temperature ?? NaN, lng);
    expect(shown).toBe('54');
    useHistoryStore.setState({ results: [climateResult('two-cold', answers)] });
    await page('two-cold', lng);
    const band = ins.teamClimate.bands.lukewarm;
    expect(screen.getByRole('heading', { level: 2, name: r.climate.bandHeadline.replace('{{band}}', band) })).toBeInTheDocument();
    expect(screen.getByText(r.climate.bandMeaning.lukewarm)).toBeInTheDocument();
    const both = lng === 'nl' ? `${ins.scales.purpose} en ${ins.scales.cooperation}` : `${ins.scales.purpose} and ${ins.scales.cooperation}`;
    expect(screen.getByText(r.climate.coldElements.replace('{{list}}', both))).toBeInTheDocument();
    const scale = screen.getByRole('table', { name: r.climate.scaleTableCaption });
    expect(rowCells(scale, ins.teamClimate.temperature)).toEqual(['54', band]);
    expect(screen.getByRole('img', { name: new RegExp(`54.*${band}`) })).toBeInTheDocument();
    // The drawing (hidden from screen readers, which get the table): the marker carries the band
    // word, and the zone under it carries the same word.
    const drawing = document.querySelector('.person-climate-scale');
    expect(drawing).toHaveTextContent(`54 · ${band}`);
    expect([...(drawing?.querySelectorAll('text') ?? [])].map((t) => t.textContent)).toEqual(
      expect.arrayContaining([ins.teamClimate.bands.coldSpot, band, ins.teamClimate.bands.hotSpot]),
    );
  });

  it('still shows a self-check as a self-check, with only self-checks as earlier results', async () => {
    await page('self', lng);
    expect(screen.getByRole('heading', { level: 1, name: r.pageTitle })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: r.windowTableCaption })).toBeInTheDocument();
    expect(screen.getByText(r.firstTime)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: r.climate.pageTitle })).not.toBeInTheDocument();
  });
});
