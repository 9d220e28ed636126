import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SelfCheckPage from '../features/questionnaire/self-check-page';
import ResultPage from '../features/results/result-page';
import { renderAt } from '../testing/render';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../model/instruments/registry';
import { useProgressStore } from '../stores/progress-store';
import { useHistoryStore } from '../stores/history-store';
import { SELF_SESSION } from '../stores/keys';
import { usePersonWordStore } from '../stores/person-word-store';

const routes = [
  { path: '/self-check', element: <SelfCheckPage /> },
  { path: '/result/:id', element: <ResultPage /> },
];

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
  useHistoryStore.setState({ results: [] });
  usePersonWordStore.getState().forget();
});

describe('who the professional works with (decision 85)', () => {
  it('a youth worker chooses "jongeren" once: the statements and the result say "jongere"', async () => {
    const user = userEvent.setup();
    await renderAt('/self-check', routes);
    // Before any choice, every text says "cliënt", as it always did.
    expect(screen.getByRole('group', { name: 'Als een cliënt iets vertelt, luister ik met volle aandacht.' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Jongeren' }));
    expect(screen.getByRole('group', { name: 'Als een jongere iets vertelt, luister ik met volle aandacht.' })).toBeInTheDocument();
    expect(screen.getByText(/stellingen over je werk met jongeren\./)).toBeInTheDocument();

    // On to the last statement with every statement answered, and finish.
    act(() =>
      useProgressStore.setState({
        sessions: {
          [SELF_SESSION]: {
            instrumentId: SELF_CHECK.id,
            instrumentVersion: SELF_CHECK.version,
            answers: Object.fromEntries(SELF_CHECK.items.map((item, i) => [item.id, i % 2 === 0 ? 4 : 2])),
            index: SELF_CHECK.items.length - 1,
            startedAt: new Date().toISOString(),
          },
        },
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Bekijk mijn resultaat' }));

    await screen.findByRole('heading', { level: 1, name: 'Jouw resultaat' });
    const page = document.body.textContent ?? '';
    expect(page).toContain('“Als een jongere iets vertelt, luister ik met volle aandacht.”');
    expect(page).not.toMatch(/cliënt/i);
    // The choice is kept and shown as one line, with a way to change it.
    expect(screen.getByText('Je werkt met jongeren.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ander woord kiezen' })).toBeInTheDocument();
  });

  it('keeps the word on the device: a later visit starts with it, and it can be changed there', async () => {
    const user = userEvent.setup();
    await renderAt('/self-check', routes);
    await user.click(screen.getByRole('radio', { name: 'Bewoners' }));
    expect(localStorage.getItem('modusspiegel:person-word')).toBe('resident');

    cleanup();

    // A new visit: the page opens with the word, as one line, and the choice can be changed.
    await renderAt('/self-check', routes);
    expect(screen.getByRole('group', { name: /^Als een bewoner iets vertelt/ })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Bewoners' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ander woord kiezen' }));
    await user.click(screen.getByRole('radio', { name: 'Patiënten' }));
    expect(screen.getByRole('group', { name: /^Als een patiënt iets vertelt/ })).toBeInTheDocument();
  });

  it('in English too', async () => {
    const user = userEvent.setup();
    await renderAt('/self-check', routes, 'en');
    await user.click(screen.getByRole('radio', { name: 'Young people' }));
    expect(screen.getByRole('group', { name: 'When a young person tells me something, I give them my full attention.' })).toBeInTheDocument();
    expect(screen.getByText(/statements about your work with young people\./)).toBeInTheDocument();
  });
});
