import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResultPage from './result-page';
import { renderAt } from '../../testing/render';
import { useHistoryStore } from '../../stores/history-store';
import { SELF_CHECK_V2 } from '../../model/instruments/self-check-v2';
import type { Answers } from '../../model/instruments/types';
import type { SavedResult } from '../../model/results/saved-result';

const answers = (v: number) => Object.fromEntries(SELF_CHECK_V2.items.map((item, i) => [item.id, i % 2 === 0 ? v : 6 - v])) as Answers;
const result = (id: string, completedAt: string, v: number): SavedResult => ({ id, instrumentId: 'self-check', instrumentVersion: 2, answers: answers(v), completedAt });

const page = (id: string) => renderAt(`/result/${id}`, [{ path: '/result/:id', element: <ResultPage /> }]);

beforeEach(() => {
  useHistoryStore.setState({ results: [result('new', '2026-11-30T10:00:00.000Z', 4), result('old', '2026-06-01T10:00:00.000Z', 3)] });
});

describe('ResultPage: where I want to be', () => {
  it('keeps a wanted point and a first step with the result, and shows them on the next result', async () => {
    const user = userEvent.setup();
    const view = await page('old');
    fireEvent.change(screen.getByRole('slider', { name: 'Steun' }), { target: { value: '80' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Verwachtingen' }), { target: { value: '75' } });
    // The window draws the goal as it is chosen, and its legend names it.
    expect(screen.getByText('Waar je over een half jaar wilt staan')).toBeInTheDocument();
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
