import { describe, expect, it } from 'vitest';
import { aggregateTeam } from '../model/team/aggregate';
import { FIXTURE, keyedAnswers } from '../model/team/test-fixture';
import type { TeamWindow } from '../model/team/types';
import { teamWindowSeries } from './team-window-series';
import { dotRadius } from './window-chart';
import { ellipsePolyline } from './window-geometry';

function shownTeam(): TeamWindow {
  const team = [keyedAnswers(1, 1), keyedAnswers(3, 3), keyedAnswers(5, 5), keyedAnswers(2, 4), keyedAnswers(4, 2)];
  const profile = aggregateTeam(FIXTURE, team, { minRespondents: 5 });
  if (profile.status !== 'shown' || !profile.window) throw new Error('expected a shown profile with a window');
  return profile.window;
}

describe('teamWindowSeries', () => {
  const profile = shownTeam();

  it('draws the spread before the centre: no centre until it may be shown', () => {
    const series = teamWindowSeries(profile, { showCentre: false });
    expect(series.map((s) => [s.key, s.kind])).toEqual([
      ['spread', 'line'],
      ['members', 'dot'],
    ]);
  });

  it('adds the centre on top, as an empty ring whose hole is wider than the largest dot', () => {
    const series = teamWindowSeries(profile, { showCentre: true });
    expect(series.map((s) => s.key)).toEqual(['spread', 'members', 'centre']);
    const centre = series[2];
    expect(centre?.points).toEqual([{ support: 50, expectations: 50 }]);
    expect(centre?.ring).toBe(true);
    // The ring's stroke is 3 px wide: its hole is its radius minus 1.5.
    expect((centre?.size ?? 0) - 1.5).toBeGreaterThan(dotRadius(series[1]?.size ?? 0, 1000));
  });

  it('draws identical points as one dot with a count label', () => {
    const twins = aggregateTeam(FIXTURE, [keyedAnswers(1, 1), keyedAnswers(1, 1), keyedAnswers(5, 5), keyedAnswers(2, 4), keyedAnswers(4, 2)], { minRespondents: 5 });
    if (twins.status !== 'shown' || !twins.window) throw new Error('expected a shown profile with a window');
    const members = teamWindowSeries(twins.window, { showCentre: false, countLabel: (n) => `x${n}` })[1];
    expect(members?.points).toHaveLength(4);
    const merged = members?.points.filter((p) => p.count !== undefined) ?? [];
    expect(merged).toEqual([{ ...twins.window.dots[0], count: 2, label: 'x2' }]);
  });

  it('gives one dot per member in the model’s sorted order', () => {
    const members = teamWindowSeries(profile, { showCentre: false })[1];
    expect(members?.points).toEqual(profile.dots);
    expect(members?.points.some((p) => p.label !== undefined)).toBe(false);
    const supports = members?.points.map((p) => p.support) ?? [];
    expect(supports).toEqual([...supports].sort((a, b) => a - b));
  });

  it('passes the model’s ellipse (degrees, y up) to ellipsePolyline unchanged: a 45° tilt runs along the diagonal', () => {
    const ring = teamWindowSeries(profile, { showCentre: false })[0]?.points ?? [];
    expect(ring).toEqual(ellipsePolyline(profile.spread.ellipse));
    // rx = 50 along 45°: the first point lies up and to the right of the centre (y up), clipped to the window.
    const first = ring[0];
    expect(first?.support).toBeGreaterThan(50);
    expect(first?.expectations).toBeGreaterThan(50);
    expect(first?.support).toBeCloseTo(first?.expectations ?? 0, 6);
  });
});
