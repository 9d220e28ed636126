import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ClimateCheckPage from '../features/questionnaire/climate-check-page';
import ResultPage from '../features/results/result-page';
import { HomePage } from '../features/home/home-page';
import { renderAt } from '../testing/render';
import { TEAM_CLIMATE } from '../model/instruments/team-climate';
import { useProgressStore } from '../stores/progress-store';
import { useHistoryStore } from '../stores/history-store';
import { CLIMATE_SESSION } from '../stores/keys';
import { usePersonWordStore } from '../stores/person-word-store';

const routes = [
  { path: '/', element: <HomePage /> },
  { path: '/team-climate', element: <ClimateCheckPage /> },
  { path: '/result/:id', element: <ResultPage /> },
];

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
  useHistoryStore.setState({ results: [] });
  usePersonWordStore.getState().forget();
});

describe('my view of my team, without a workshop (decision 87)', () => {
  it('is offered from home, has its own introduction, and its result is kept in the history', async () => {
    const user = userEvent.setup();
    usePersonWordStore.getState().choose('youth');
    await renderAt('/', routes);
    await user.click(screen.getByRole('link', { name: 'Kijk naar je team' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Jouw beeld van je team' })).toBeInTheDocument();
    expect(screen.getByText(/Deze stellingen gaan over je team, niet over jou\./)).toBeInTheDocument();
    expect(screen.getByText(`1 van ${TEAM_CLIMATE.items.length}`)).toBeInTheDocument();
    // No "I want to talk about this": that mark is for a workshop's agenda only.
    expect(screen.queryByRole('button', { name: 'Ik wil hierover praten' })).not.toBeInTheDocument();

    // The statements about the people the team works with use the chosen word.
    act(() => useProgressStore.getState().goTo(CLIMATE_SESSION, TEAM_CLIMATE.items.findIndex((i) => i.id === 'c06')));
    expect(screen.getByRole('group', { name: 'In ons team praten we over jongeren alsof het dossiers zijn.' })).toBeInTheDocument();

    act(() =>
      useProgressStore.setState({
        sessions: {
          [CLIMATE_SESSION]: {
            instrumentId: TEAM_CLIMATE.id,
            instrumentVersion: TEAM_CLIMATE.version,
            answers: Object.fromEntries(TEAM_CLIMATE.items.map((item) => [item.id, 4])),
            index: TEAM_CLIMATE.items.length - 1,
            startedAt: new Date().toISOString(),
          },
        },
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Bekijk mijn resultaat' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Jouw beeld van het teamklimaat' })).toBeInTheDocument();
    expect(useHistoryStore.getState().results.map((r) => r.instrumentId)).toEqual([TEAM_CLIMATE.id]);
  });
});
