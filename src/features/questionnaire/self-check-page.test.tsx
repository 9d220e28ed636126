import { describe, expect, it, beforeEach } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SelfCheckPage from './self-check-page';
import { renderAt } from '../../testing/render';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../model/instruments/registry';
import { useProgressStore, PROGRESS_KEY, SELF_SESSION } from '../../stores/progress-store';
import { useHistoryStore } from '../../stores/history-store';

const total = SELF_CHECK.items.length;
const page = () => renderAt('/self-check', [{ path: '/self-check', element: <SelfCheckPage /> }, { path: '/result/:id', element: <p>result shown</p> }]);

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
  useHistoryStore.setState({ results: [] });
});

describe('SelfCheckPage', () => {
  it('shows one statement as a labelled radio group with five labelled points, a "does not apply" answer and the progress', async () => {
    await page();
    expect(screen.getByText(`1 van ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: `Voortgang: stelling 1 van ${total}` })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: /luister/ });
    expect(group).toHaveAccessibleDescription(`1 van ${total}`);
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Helemaal oneens',
      'Oneens',
      'Niet eens, niet oneens',
      'Eens',
      'Helemaal eens',
      'Past niet bij mijn werk',
    ]);
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeDisabled();
  });

  it('saves each answer the moment it is given and moves on', async () => {
    const user = userEvent.setup();
    await page();
    await user.click(screen.getByRole('radio', { name: 'Eens' }));
    const stored = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { state: { sessions: Record<string, { answers: Record<string, number> }> } };
    expect(stored.state.sessions[SELF_SESSION]?.answers[SELF_CHECK.items[0]?.id ?? '']).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText(`2 van ${total}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(screen.getByRole('radio', { name: 'Eens' })).toBeChecked();
  });

  it('offers to skip an unanswered statement, and refuses a result with too many skipped', async () => {
    const user = userEvent.setup();
    await page();
    for (let i = 0; i < total - 1; i++) await user.click(screen.getByRole('button', { name: 'Sla over' }));
    await user.click(screen.getByRole('radio', { name: 'Eens' }));
    await user.click(screen.getByRole('button', { name: 'Bekijk mijn resultaat' }));
    expect(screen.getByRole('alert')).toHaveTextContent(`Overgeslagen: ${total - 1}.`);
    await user.click(screen.getByRole('button', { name: 'Ga naar de eerste open stelling' }));
    expect(screen.getByText(`1 van ${total}`)).toBeInTheDocument();
    expect(useHistoryStore.getState().results).toHaveLength(0);
  });

  it('keeps the result in the history when every statement is answered', async () => {
    const user = userEvent.setup();
    await page();
    for (let i = 0; i < total; i++) {
      await user.click(screen.getByRole('radio', { name: 'Helemaal eens' }));
      await user.click(screen.getByRole('button', { name: i === total - 1 ? 'Bekijk mijn resultaat' : 'Volgende' }));
    }
    expect(await screen.findByText('result shown')).toBeInTheDocument();
    const [saved] = useHistoryStore.getState().results;
    expect(Object.keys(saved?.answers ?? {})).toHaveLength(total);
    expect(useProgressStore.getState().sessions[SELF_SESSION]).toBeUndefined();
  });

  it('stores one result for a double click on the last button', async () => {
    useProgressStore.setState({
      sessions: {
        [SELF_SESSION]: {
          instrumentId: SELF_CHECK.id,
          instrumentVersion: SELF_CHECK.version,
          answers: Object.fromEntries(SELF_CHECK.items.map((item) => [item.id, 4])),
          index: total - 1,
          startedAt: new Date().toISOString(),
        },
      },
    });
    await page();
    const finish = screen.getByRole('button', { name: 'Bekijk mijn resultaat' });
    // Two clicks before React renders again: what a fast double tap on a slow phone does.
    act(() => {
      finish.click();
      finish.click();
    });
    expect(await screen.findByText('result shown')).toBeInTheDocument();
    expect(useHistoryStore.getState().results).toHaveLength(1);
  });

  it('lets a person finish with "does not apply" everywhere on one scale, and says so on the result', async () => {
    const user = userEvent.setup();
    await page();
    for (let i = 0; i < total; i++) {
      const onSupport = SELF_CHECK.items[i]?.scale === 'support';
      await user.click(screen.getByRole('radio', { name: onSupport ? 'Past niet bij mijn werk' : 'Eens' }));
      await user.click(screen.getByRole('button', { name: i === total - 1 ? 'Bekijk mijn resultaat' : 'Volgende' }));
    }
    expect(await screen.findByText('result shown')).toBeInTheDocument();
    const [saved] = useHistoryStore.getState().results;
    expect(Object.values(saved?.answers ?? {}).filter((v) => v === 'na')).toHaveLength(8);
    // 16 screens of clicks: allow for a busy machine.
  }, 30_000);

  it('resumes at the saved screen with the answers kept', async () => {
    useProgressStore.setState({
      sessions: { [SELF_SESSION]: { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers: { [SELF_CHECK.items[6]?.id ?? '']: 2 }, index: 6, startedAt: new Date().toISOString() } },
    });
    await page();
    expect(screen.getByText(`7 van ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Oneens' })).toBeChecked();
  });

  it('speaks English when asked', async () => {
    await renderAt('/self-check', [{ path: '/self-check', element: <SelfCheckPage /> }], 'en');
    expect(screen.getByText(`1 of ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Strongly agree' })).toBeInTheDocument();
  });
});
