import nlHistory from '../../../locales/nl/history.json';
import enHistory from '../../../locales/en/history.json';
import nlInstrument from '../../../locales/nl/instrument.json';
import enInstrument from '../../../locales/en/instrument.json';
import nlResults from '../../../locales/nl/results.json';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HistoryPage from './history-page';
import { renderAt } from '../../testing/render';
import { useHistoryStore } from '../../stores/history-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { SELF_CHECK_V2 } from '../../model/instruments/self-check-v2';
import { toBackupFile } from '../../model/results/backup-file';
import type { SavedResult } from '../../model/results/saved-result';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { climateOfPerson } from '../../model/climate/person';
import { keyedAnswers } from '../../model/climate/test-fixture';
import { formatNumber, formatSigned } from '../../lib/format';
import { scoreAnswers } from '../../model/scoring/score';

const allFive = Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, 5 as const]));
const result = (id: string, completedAt: string): SavedResult => ({
  id,
  instrumentId: SELF_CHECK.id,
  instrumentVersion: SELF_CHECK.version,
  answers: allFive,
  completedAt,
});

const page = (lng: 'nl' | 'en' = 'nl') => renderAt('/history', [{ path: '/history', element: <HistoryPage /> }], lng);
const file = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  useHistoryStore.setState({ results: [result('b', '2026-09-01T10:00:00.000Z'), result('a', '2026-03-01T10:00:00.000Z')] });
});

describe('HistoryPage', () => {
  it('shows a goal kept with a result in the list', async () => {
    useHistoryStore.setState({ results: [{ ...result('g', '2026-11-30T10:00:00.000Z'), wanted: { support: 70, expectations: 65, firstStep: 'x' } }] });
    await page();
    expect(screen.getByRole('link', { name: /doel: steun 70, verwachtingen 65/ })).toBeInTheDocument();
  });

  it('lists every kept result and deletes one only after confirmation', async () => {
    const user = userEvent.setup();
    await page();
    const list = screen.getByRole('list', { name: nlHistory.listTitle });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const deleteButtons = screen.getAllByRole('button', { name: /^Verwijder het resultaat van/ });
    await user.click(deleteButtons[0] as HTMLElement);
    const dialog = screen.getByRole('dialog', { name: 'Dit resultaat verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(useHistoryStore.getState().results).toHaveLength(2);
    await user.click(deleteButtons[0] as HTMLElement);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijder' }));
    await waitFor(() => expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['a']));
    expect(screen.getByRole('status')).toHaveTextContent('Het resultaat is verwijderd.');
    // The confirmation is where focus is, not somewhere above the screen.
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('erases everything after confirmation', async () => {
    const user = userEvent.setup();
    localStorage.setItem('modusspiegel:quarantine:modusspiegel:history:2026', 'kept aside');
    localStorage.setItem('modusspiegel:language', 'nl');
    localStorage.setItem('someone-else', 'not ours');
    useWorkshopStore.setState({ workshops: [{ id: 'w', code: 'X', name: 'W', questionnaires: [{ instrumentId: 'self-check', instrumentVersion: 1 }], minRespondents: 5, hideOwnResult: false, createdAt: '', results: [] }] });
    await page();
    await user.click(screen.getByRole('button', { name: 'Wis al mijn gegevens' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, wis alles' }));
    expect(useHistoryStore.getState().results).toEqual([]);
    expect(useWorkshopStore.getState().workshops).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:')).sort()).toEqual(['modusspiegel:language']);
    expect(localStorage.getItem('modusspiegel:language')).toBe('nl');
    expect(localStorage.getItem('someone-else')).toBe('not ours');
    expect(screen.getByText('Je hebt nog geen zelfcheck afgerond.')).toBeInTheDocument();
  });

  it.each([
    ['an empty file', '', 'Dit bestand is leeg.'],
    ['a file that is not JSON', 'hello', 'Dit bestand kunnen we niet lezen.'],
    ['someone else’s JSON', '{"a":1}', 'Dit is geen kopie van Modusspiegel-resultaten.'],
    ['a newer format', '{"format":"modusspiegel-backup","version":99}', 'nieuwere versie'],
  ])('refuses %s with a clear message and loses nothing', async (_, text, message) => {
    const user = userEvent.setup();
    const { container } = await page();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    await user.upload(input as HTMLInputElement, file(text));
    expect(await screen.findByRole('status')).toHaveTextContent(message);
    expect(useHistoryStore.getState().results).toHaveLength(2);
  });

  it('restores a saved copy and counts every result once', async () => {
    const user = userEvent.setup();
    const backup = toBackupFile([result('b', '2026-09-01T10:00:00.000Z'), result('c', '2026-11-01T10:00:00.000Z')], new Date());
    const { container } = await page();
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file(backup));
    expect(await screen.findByRole('status')).toHaveTextContent('Teruggezet: 1. Stond er al: 1.');
    expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

// A person's view of the team climate: keyed 2, 2, 3, 3 on the elements, a cold spot (docs/climate.md §6).
const coldAnswers = keyedAnswers({ purpose: 2, cooperation: 2, boundaries: 3, reflection: 3, energy: 4 });
const climate = (id: string, completedAt: string): SavedResult => ({
  id,
  instrumentId: TEAM_CLIMATE.id,
  instrumentVersion: TEAM_CLIMATE.version,
  answers: coldAnswers,
  completedAt,
});

describe.each([
  ['nl', nlHistory, nlInstrument],
  ['en', enHistory, enInstrument],
] as const)('HistoryPage with team climate results (%s)', (lng, texts, instrument) => {
  const model = climateOfPerson(TEAM_CLIMATE, coldAnswers);
  const band = instrument.teamClimate.bands.coldSpot;

  beforeEach(() => {
    useHistoryStore.setState({
      results: [climate('k', '2026-10-01T10:00:00.000Z'), result('b', '2026-09-01T10:00:00.000Z'), result('a', '2026-03-01T10:00:00.000Z')],
    });
  });

  it('lists a climate result with its band and temperature, never as "between modes"', async () => {
    expect(model.reading?.band).toBe('coldSpot');
    await page(lng);
    const list = screen.getByRole('list', { name: texts.listTitleAll });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const link = within(items[0] as HTMLElement).getByRole('link');
    expect(link).toHaveAttribute('href', '/result/k');
    expect(link).toHaveTextContent(band);
    expect(link).toHaveTextContent(formatNumber(model.temperature ?? NaN, lng));
    expect(link.textContent).not.toMatch(/tussen|between|steun|support/i);
    // The self-checks still read as self-checks.
    expect(within(items[1] as HTMLElement).getByRole('link').textContent).toMatch(/steun|support/i);
    expect(screen.getByText(texts.climateIntro)).toBeInTheDocument();
  });

  it('draws the trend and the comparison over self-checks only', async () => {
    await page(lng);
    const trend = screen.getByRole('table', { name: texts.trendTableCaption });
    expect(within(trend).getAllByRole('row')).toHaveLength(3); // header + two self-checks
    const compare = screen.getByRole('combobox', { name: texts.compareFirst });
    expect(within(compare).getAllByRole('option')).toHaveLength(2);
  });

  it('restores a climate result from a saved copy as it is', async () => {
    const user = userEvent.setup();
    useHistoryStore.setState({ results: [] });
    const backup = toBackupFile([climate('k2', '2026-12-01T10:00:00.000Z')], new Date());
    const { container } = await page(lng);
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file(backup));
    await waitFor(() => expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['k2']));
    expect(useHistoryStore.getState().results[0]).toEqual(climate('k2', '2026-12-01T10:00:00.000Z'));
    expect(within(screen.getByRole('list', { name: texts.listTitleAll })).getByRole('link')).toHaveTextContent(band);
  });
});

describe('HistoryPage: comparing two self-checks', () => {
  const keyedV2 = (value: number) =>
    Object.fromEntries(SELF_CHECK_V2.items.map((i) => [i.id, i.keying === 'plus' ? value : 6 - value])) as SavedResult['answers'];
  const v2 = (id: string, completedAt: string, value: number): SavedResult => ({
    id,
    instrumentId: SELF_CHECK_V2.id,
    instrumentVersion: SELF_CHECK_V2.version,
    answers: keyedV2(value),
    completedAt,
  });
  const compare = () => screen.getByRole('region', { name: nlHistory.compareTitle });

  it('puts a version-1 and a version-2 result side by side, with their versions, and never as a movement', async () => {
    const v1Low: SavedResult = {
      ...result('a', '2026-03-01T10:00:00.000Z'),
      answers: Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, i.keying === 'plus' ? 1 : 5])) as SavedResult['answers'],
    };
    useHistoryStore.setState({ results: [v2('b', '2026-09-01T10:00:00.000Z', 5), v1Low] });
    await page();
    const table = within(compare()).getByRole('table', { name: nlHistory.compareCaption });
    const versionRow = within(table).getByRole('row', { name: new RegExp(`^${nlHistory.column.version}`) });
    expect(within(versionRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '2']);
    // Both results, side by side: 0 and 100 on support.
    const supportRow = within(table).getByRole('row', { name: /^Steun/ });
    expect(within(supportRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '100']);
    expect(compare()).toHaveTextContent(nlResults.movement.versions.replace('{{previous}}', '1').replace('{{current}}', '2'));
    expect(compare()).not.toHaveTextContent(nlResults.movement.moved);
    expect(compare()).not.toHaveTextContent(nlResults.movement.notMoved);
    // Other statements: no difference column in either table.
    expect(within(compare()).queryByRole('columnheader', { name: nlHistory.column.difference })).not.toBeInTheDocument();
    // One self-check of each version: no line joins them.
    expect(screen.queryByRole('table', { name: nlHistory.trendTableCaption })).not.toBeInTheDocument();
  });

  it('says whether two results of one version moved, with the criterion of the result page', async () => {
    useHistoryStore.setState({ results: [v2('n', '2026-09-01T10:00:00.000Z', 5), v2('o', '2026-03-01T10:00:00.000Z', 1)] });
    await page();
    expect(compare()).toHaveTextContent(/^.*Van .* naar .*: steun \+100, verwachtingen \+100\./);
    expect(compare()).toHaveTextContent(nlResults.movement.moved);
  });

  it('draws both results in the window and on the radar, each with its table and the difference the sentence names', async () => {
    useHistoryStore.setState({ results: [v2('n', '2026-09-01T10:00:00.000Z', 4), v2('o', '2026-03-01T10:00:00.000Z', 2)] });
    await page();
    const window = within(compare()).getByRole('figure', { name: nlHistory.compareWindowCaption });
    const radar = within(compare()).getByRole('figure', { name: nlHistory.compareRadarCaption });
    const windowTable = within(window).getByRole('table', { name: nlHistory.compareCaption });
    const radarTable = within(radar).getByRole('table', { name: nlHistory.compareRadarTableCaption });
    for (const table of [windowTable, radarTable]) {
      // Older first, then the newer, then how much it changed.
      expect(within(table).getAllByRole('columnheader').slice(-3).map((th) => th.textContent)).toEqual([
        expect.stringContaining('2026'),
        expect.stringContaining('2026'),
        nlHistory.column.difference,
      ]);
    }
    const cells = (table: HTMLElement, name: RegExp) => within(within(table).getByRole('row', { name })).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(windowTable, /^Steun/)).toEqual(['25', '75', '+50']);
    // The same change in the sentence under the pickers.
    expect(compare()).toHaveTextContent(/steun \+50, verwachtingen \+50\./);
    // A spoke's difference is between the two numbers shown beside it.
    const spoke = (value: number) => Math.round(scoreAnswers(SELF_CHECK_V2, keyedV2(value)).spokes?.MET ?? NaN);
    expect(cells(radarTable, /^MET/)).toEqual([String(spoke(2)), String(spoke(4)), formatSigned(spoke(4) - spoke(2), 'nl')]);
    // Each drawing has a sentence for screen readers that names both moments.
    expect(within(window).getByRole('img')).toHaveAccessibleName(/^Op .*steun 25.* Op .*steun 75/);
  });

  it('tells results of one minute apart in the pickers, the list and the trend', async () => {
    useHistoryStore.setState({
      results: [v2('c', '2026-12-07T15:30:10.000Z', 4), v2('b', '2026-12-07T09:15:40.000Z', 3), v2('a', '2026-12-07T09:15:05.000Z', 2)],
    });
    await page();
    const options = within(screen.getByRole('combobox', { name: nlHistory.compareFirst })).getAllByRole('option').map((o) => o.textContent);
    expect(new Set(options).size).toBe(3);
    expect(options).toContain(`${options[2]} (2)`);
    const links = within(screen.getByRole('list', { name: nlHistory.listTitle })).getAllByRole('link').map((l) => l.textContent);
    expect(links[1]).toMatch(/\(2\):/);
    // The trend's table: one day, so each row names its time, and the shared minute its "(2)".
    const trend = screen.getByRole('table', { name: nlHistory.trendTableCaption });
    const days = within(trend).getAllByRole('rowheader').map((th) => th.textContent);
    expect(new Set(days).size).toBe(3);
    expect(days[1]).toBe(`${days[0]} (2)`);
  });

  it('draws the trend over the newest version only, and says so', async () => {
    useHistoryStore.setState({
      results: [v2('n2', '2026-10-01T10:00:00.000Z', 4), v2('n1', '2026-09-01T10:00:00.000Z', 3), result('a', '2026-03-01T10:00:00.000Z')],
    });
    await page();
    const trend = screen.getByRole('table', { name: nlHistory.trendTableCaption });
    expect(within(trend).getAllByRole('row')).toHaveLength(3); // header + the two of version 2
    expect(screen.getByText(nlHistory.trendOneVersion.replace('{{version}}', '2'))).toBeInTheDocument();
  });
});
