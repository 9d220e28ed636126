import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { TeamWindowFigure } from './team-window-figure';
import { renderAt } from '../../testing/render';
import { answerSets } from '../../testing/bench-fixtures';
import { aggregateTeam } from '../../model/team/aggregate';
import { CURRENT_SELF_CHECK } from '../../model/instruments/registry';
import { DENSITY_FROM, densityCells } from '../../model/team/density';
import type { TeamWindow } from '../../model/team/types';

function teamWindow(n: number): TeamWindow {
  const profile = aggregateTeam(CURRENT_SELF_CHECK, answerSets(CURRENT_SELF_CHECK, n, 3), { minRespondents: 5 });
  if (profile.status !== 'shown' || !profile.window) throw new Error('profile not shown');
  return profile.window;
}

describe('the team window of a large team', () => {
  it(`shows where people are, per square, from ${DENSITY_FROM} results on: the table counts every participant once`, async () => {
    const window = teamWindow(DENSITY_FROM + 50);
    await renderAt('/', [{ path: '/', element: <TeamWindowFigure profile={window} showCentre={false} /> }]);
    const table = screen.getByRole('table', { name: 'Waar de deelnemers staan, in vakken van 10 punten (0 tot 100)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(densityCells(window.dots).length);
    expect(rows.reduce((sum, row) => sum + Number(row.lastElementChild?.textContent), 0)).toBe(window.dots.length);
    // The team's own figures stay, whatever the size.
    expect(screen.getByRole('table', { name: 'Hoeveel punten in elk deel van het venster' })).toBeInTheDocument();
  });

  it('keeps one dot per person in a smaller team', async () => {
    const window = teamWindow(12);
    await renderAt('/', [{ path: '/', element: <TeamWindowFigure profile={window} showCentre={false} /> }]);
    expect(screen.queryByRole('table', { name: /in vakken van 10 punten/ })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Hoeveel punten in elk deel van het venster' })).toBeInTheDocument();
  });
});
