/**
 * What a reader sees of the verdicts of issue 19, found by role: a mode is named only beyond
 * chance, a version-1 and a version-2 result are side by side and never a movement, and two honest
 * "does not apply" answers keep the window.
 */
import nlResults from '../../../locales/nl/results.json';
import enResults from '../../../locales/en/results.json';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import ResultPage from './result-page';
import { renderAt } from '../../testing/render';
import { useHistoryStore } from '../../stores/history-store';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { SELF_CHECK_V2 } from '../../model/instruments/self-check-v2';
import type { Answers } from '../../model/instruments/types';
import type { SavedResult } from '../../model/results/saved-result';

const page = (id: string, lng: 'nl' | 'en' = 'nl') => renderAt(`/result/${id}`, [{ path: '/result/:id', element: <ResultPage /> }], lng);
const v2 = (id: string, answers: Answers, completedAt = '2026-12-10T10:00:00.000Z'): SavedResult => ({
  id,
  instrumentId: 'self-check',
  instrumentVersion: 2,
  answers,
  completedAt,
});
const answersOf = (values: string): Answers =>
  Object.fromEntries(SELF_CHECK_V2.items.map((item, i) => [item.id, Number(values[i])])) as Answers;
/** The result in words: the region named by its headline, the placement. */
const summary = (placement: string) => screen.getByRole('region', { name: placement });

// Random-looking answers (seeded): spokes MET 69, VOOR 56, NIET 38, DOOR 50, placement between.
// The old rule said "MET springt eruit" beside "je staat tussen de modi in".
const RANDOM_LOOKING = answersOf('4424134352444132');
// The page of issue 19: MET 75, VOOR 69, NIET 25, DOOR 25, between the modes.
const ISSUE_PAGE = answersOf('4424422244243222');

beforeEach(() => {
  useHistoryStore.setState({ results: [] });
});

describe.each([
  ['nl', nlResults],
  ['en', enResults],
] as const)('the result page names no mode by chance (%s)', (lng, texts) => {
  it('random-looking answers: no mode stands out, the highest are named together', async () => {
    useHistoryStore.setState({ results: [v2('r', RANDOM_LOOKING)] });
    await page('r', lng);
    const region = summary(texts.placementBetween);
    expect(region).not.toHaveTextContent(/springt \S+ eruit|stands out in your answers/);
    expect(region).toHaveTextContent(lng === 'nl' ? 'de stellingen van MET en VOOR.' : 'the statements of MET (WITH) and VOOR (FOR).');
    expect(region).toHaveTextContent(lng === 'nl' ? 'Geen werkwijze springt er duidelijk uit.' : 'No mode clearly stands out.');
    const radar = screen.getByRole('table', { name: texts.radarTableCaption });
    expect(within(radar).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^MET.*69/),
      expect.stringMatching(/^VOOR.*56/),
      expect.stringMatching(/^NIET.*38/),
      expect.stringMatching(/^DOOR.*50/),
    ]);
  });

  it('the page of issue 19 never says "about equally often" beside MET 75, VOOR 69, NIET 25, DOOR 25', async () => {
    useHistoryStore.setState({ results: [v2('i', ISSUE_PAGE)] });
    await page('i', lng);
    const region = summary(texts.placementBetween);
    expect(region).not.toHaveTextContent(texts.modeSentence.even);
    expect(region).toHaveTextContent(lng === 'nl' ? 'de stellingen van MET en VOOR.' : 'the statements of MET (WITH) and VOOR (FOR).');
    const radar = screen.getByRole('table', { name: texts.radarTableCaption });
    expect(within(radar).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^MET.*75/),
      expect.stringMatching(/^VOOR.*69/),
      expect.stringMatching(/^NIET.*25/),
      expect.stringMatching(/^DOOR.*25/),
    ]);
  });
});

describe('a version-1 result and a version-2 result', () => {
  const v1 = (value: number): SavedResult => ({
    id: 'one',
    instrumentId: 'self-check',
    instrumentVersion: 1,
    answers: Object.fromEntries(SELF_CHECK.items.map((item) => [item.id, item.keying === 'plus' ? value : 6 - value])) as Answers,
    completedAt: '2026-12-09T10:00:00.000Z',
  });
  const keyed = (value: number) => Object.fromEntries(SELF_CHECK_V2.items.map((item) => [item.id, item.keying === 'plus' ? value : 6 - value])) as Answers;

  it('are side by side on the result page, never a movement, and the window draws no line between them', async () => {
    useHistoryStore.setState({ results: [v2('two', keyed(5)), v1(1)] });
    await page('two');
    const earlier = screen.getByRole('region', { name: nlResults.historyTitle });
    expect(earlier).toHaveTextContent(nlResults.movement.versions.replace('{{previous}}', '1').replace('{{current}}', '2'));
    expect(earlier).not.toHaveTextContent(nlResults.movement.sinceLast);
    expect(screen.queryByText(nlResults.legendMovement)).not.toBeInTheDocument();
    expect(screen.getByText(nlResults.legendPreviousOtherVersion.replace('{{date}}', '9 december 2026'))).toBeInTheDocument();
    // The window's table still shows both, side by side.
    const table = screen.getByRole('table', { name: nlResults.windowTableCaption });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(2);
  });
});

describe('two honest "does not apply" answers on expectations of one keying', () => {
  const minusExpectations = SELF_CHECK_V2.items.filter((i) => i.scale === 'expectations' && i.keying === 'minus').map((i) => i.id);
  const agree = Object.fromEntries(SELF_CHECK_V2.items.map((i) => [i.id, i.keying === 'plus' ? 4 : 2])) as Answers;
  const twoNa: Answers = { ...agree, [minusExpectations[0]!]: 'na', [minusExpectations[1]!]: 'na' };

  it('keep the window, its point and the goal to set in it', async () => {
    useHistoryStore.setState({ results: [v2('na', twoNa)] });
    await page('na');
    expect(screen.getByRole('heading', { level: 2, name: /MET/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: nlResults.windowTableCaption })).toBeInTheDocument();
    expect(screen.queryByText(/geen uitkomst/)).not.toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Verwachtingen' })).toBeInTheDocument();
  });

  it('with a third, the page says why and refers to no window, goal or statement of that scale', async () => {
    const threeNa: Answers = { ...twoNa, [minusExpectations[2]!]: 'na' };
    useHistoryStore.setState({ results: [v2('na3', threeNa)] });
    await page('na3');
    expect(screen.getByRole('heading', { level: 2, name: nlResults.placementNone })).toBeInTheDocument();
    expect(screen.getByText(/^Verwachtingen: geen uitkomst\./)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: nlResults.windowTableCaption })).not.toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    expect(screen.queryByText(/kies .* punt in het venster/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/hieronder/)).not.toBeInTheDocument();
    // No mode is named without a place in the window.
    expect(summary(nlResults.placementNone)).not.toHaveTextContent(/springt \S+ eruit/);
    // The statements that shaped the outcome are only those of the scale that has one.
    const ownAnswers = screen.getByRole('region', { name: nlResults.ownAnswersTitle });
    const pulls = within(ownAnswers).getAllByRole('listitem');
    expect(pulls.length).toBeGreaterThan(0);
    for (const item of pulls) expect(item).toHaveTextContent(/^Steun/);
  });
});

describe('the reading of an old result', () => {
  const minusExpectations = SELF_CHECK_V2.items.filter((i) => i.scale === 'expectations' && i.keying === 'minus').map((i) => i.id);
  const agree = Object.fromEntries(SELF_CHECK_V2.items.map((i) => [i.id, i.keying === 'plus' ? 4 : 2])) as Answers;
  const twoNa: Answers = { ...agree, [minusExpectations[0]!]: 'na', [minusExpectations[1]!]: 'na' };

  it('says once that it was updated, when the words changed', async () => {
    useHistoryStore.setState({ results: [v2('old', twoNa, '2026-11-01T10:00:00.000Z')] });
    await page('old');
    expect(screen.getAllByText(nlResults.readingUpdated)).toHaveLength(1);
  });

  it('says nothing on a result made since, or when the words are the same', async () => {
    // MET 100, VOOR and DOOR 50, NIET 0, placement MET: named by the old rule and by the new one.
    const clear = Object.fromEntries(SELF_CHECK_V2.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1])) as Answers;
    useHistoryStore.setState({ results: [v2('new', twoNa), v2('same', clear, '2026-11-01T10:00:00.000Z')] });
    const view = await page('new');
    expect(screen.queryByText(nlResults.readingUpdated)).not.toBeInTheDocument();
    view.unmount();
    await page('same');
    expect(screen.queryByText(nlResults.readingUpdated)).not.toBeInTheDocument();
  });
});
