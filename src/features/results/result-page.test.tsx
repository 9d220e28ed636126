import nlResults from '../../../locales/nl/results.json';
import nlModes from '../../../locales/nl/modes.json';
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResultPage from './result-page';
import { renderAt } from '../../testing/render';
import { useHistoryStore } from '../../stores/history-store';
import { SELF_CHECK_V2 } from '../../model/instruments/self-check-v2';
import { scoreAnswers } from '../../model/scoring/score';
import type { AnswerValue, Answers } from '../../model/instruments/types';
import type { SavedResult } from '../../model/results/saved-result';

const answers = (v: number) => Object.fromEntries(SELF_CHECK_V2.items.map((item, i) => [item.id, i % 2 === 0 ? v : 6 - v])) as Answers;
const result = (id: string, completedAt: string, v: number): SavedResult => ({ id, instrumentId: 'self-check', instrumentVersion: 2, answers: answers(v), completedAt });
// A DOOR pattern: support 28.125, expectations 84.375, shown as 28 and 84.
const DOOR = '2442415524321245';
const fromDigits = (digits: string) => Object.fromEntries(SELF_CHECK_V2.items.map((item, i) => [item.id, Number(digits[i]) as AnswerValue])) as Answers;

const page = (id: string) => renderAt(`/result/${id}`, [{ path: '/result/:id', element: <ResultPage /> }]);
const goalFigure = () => screen.getByRole('figure', { name: nlResults.goalWindowCaption });
const windowTable = () => screen.getByRole('table', { name: nlResults.windowTableCaption });
const columnHeaders = () => within(windowTable()).getAllByRole('columnheader').map((th) => th.textContent);
const row = (name: string) => within(windowTable()).getByRole('row', { name: new RegExp(`^${name}`) });

beforeEach(() => {
  useHistoryStore.setState({ results: [result('new', '2026-11-30T10:00:00.000Z', 4), result('old', '2026-06-01T10:00:00.000Z', 3)] });
});

describe('ResultPage: where I want to be', () => {
  it('starts the sliders at the person’s own point, as the page shows it, with a small window beside them', async () => {
    const own = scoreAnswers(SELF_CHECK_V2, fromDigits(DOOR)).point;
    expect(own).toEqual({ support: 28.125, expectations: 84.375 });
    useHistoryStore.setState({ results: [{ id: 'door', instrumentId: 'self-check', instrumentVersion: 2, answers: fromDigits(DOOR), completedAt: '2026-12-07T10:00:00.000Z' }] });
    await page('door');
    expect(screen.getByRole('slider', { name: 'Steun' })).toHaveValue('28');
    expect(screen.getByRole('slider', { name: 'Verwachtingen' })).toHaveValue('84');
    // The window beside the sliders says in words where the person stands and where the goal is.
    const drawing = within(goalFigure()).getByRole('img');
    expect(drawing).toHaveAccessibleName(/steun 28 en verwachtingen 84: DOOR\. Je doel ligt op steun 28 en verwachtingen 84: DOOR\.$/);

    fireEvent.change(screen.getByRole('slider', { name: 'Steun' }), { target: { value: '72' } });
    expect(drawing).toHaveAccessibleName(/Je doel ligt op steun 72 en verwachtingen 84: MET\.$/);
  });

  it('keeps an earlier goal where it was kept, also the old 70/70 start', async () => {
    useHistoryStore.setState({ results: [{ ...result('kept', '2026-11-30T10:00:00.000Z', 4), wanted: { support: 70, expectations: 70, firstStep: '' } }] });
    await page('kept');
    expect(screen.getByRole('slider', { name: 'Steun' })).toHaveValue('70');
    expect(screen.getByRole('slider', { name: 'Verwachtingen' })).toHaveValue('70');
    expect(columnHeaders()).toEqual([nlResults.now, nlResults.goal]);
  });

  it('adds the goal to the window’s table once one is chosen, with its place in the window', async () => {
    await page('old');
    expect(columnHeaders()).toEqual([nlResults.now]);
    fireEvent.change(screen.getByRole('slider', { name: 'Steun' }), { target: { value: '80' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Verwachtingen' }), { target: { value: '75' } });
    expect(columnHeaders()).toEqual([nlResults.now, nlResults.goal]);
    expect(within(row('Steun')).getAllByRole('cell').at(-1)).toHaveTextContent('80');
    expect(within(row('Verwachtingen')).getAllByRole('cell').at(-1)).toHaveTextContent('75');
    expect(within(row(nlResults.column.placement)).getAllByRole('cell').at(-1)).toHaveTextContent(nlModes.MET.display);
  });

  it('keeps a wanted point and a first step with the result, and shows them on the next result', async () => {
    const user = userEvent.setup();
    const view = await page('old');
    fireEvent.change(screen.getByRole('slider', { name: 'Steun' }), { target: { value: '80' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Verwachtingen' }), { target: { value: '75' } });
    // The window draws the goal as it is chosen, and its legend names it.
    expect(screen.getAllByText(nlResults.legendWanted).length).toBeGreaterThan(0);
    await user.type(screen.getByRole('textbox', { name: 'Mijn eerste stap' }), 'Elke week één doel samen afspreken');
    await user.click(screen.getByRole('button', { name: 'Bewaar mijn doel' }));
    await waitFor(() => expect(screen.getByText('Je doel en je eerste stap zijn bewaard.')).toBeInTheDocument());
    expect(useHistoryStore.getState().results.find((r) => r.id === 'old')?.wanted).toEqual({
      support: 80,
      expectations: 75,
      firstStep: 'Elke week één doel samen afspreken',
    });
    view.unmount();

    await page('new');
    expect(screen.getByText(/Vorige keer wilde je hier staan: steun 80, verwachtingen 75\./)).toHaveTextContent('Elke week één doel samen afspreken');
    expect(screen.getByText('Waar je vorige keer wilde staan')).toBeInTheDocument();
  });
});
