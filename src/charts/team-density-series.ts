import type { DensityCell } from '../model/team/density';
import { CELL } from '../model/team/density';
import type { TeamWindow } from '../model/team/types';
import { TEAM_WINDOW_COLOURS, teamWindowSeries } from './team-window-series';
import type { WindowSeries } from './window-chart';

/** Dot sizes by number of people in a cell: the area grows with the count, in four steps. */
const CLASSES = [
  { upTo: 1, size: 4 },
  { upTo: 4, size: 7 },
  { upTo: 14, size: 11 },
  { upTo: Infinity, size: 16 },
] as const;

/**
 * The team window for a large team (src/model/team/density.ts): the same ellipse and centre as
 * `teamWindowSeries`, but one dot per occupied cell, sized by how many people are in it, instead
 * of one dot per person. At most 100 marks, so the chart costs the same for 300 or 3,000 people.
 */
export function teamDensitySeries(profile: TeamWindow, cells: readonly DensityCell[], options: { showCentre: boolean }): WindowSeries[] {
  const [ellipse, ...rest] = teamWindowSeries({ ...profile, dots: [] }, options).filter((s) => s.key !== 'members');
  const density = CLASSES.map((c, i) => ({
    key: `density-${i}`,
    kind: 'dot' as const,
    colour: TEAM_WINDOW_COLOURS.dot,
    size: c.size,
    points: cells
      .filter((cell) => cell.count <= c.upTo && cell.count > (CLASSES[i - 1]?.upTo ?? 0))
      .map((cell) => ({ support: cell.support + CELL / 2, expectations: cell.expectations + CELL / 2 })),
  })).filter((s) => s.points.length > 0);
  return [...(ellipse ? [ellipse] : []), ...density, ...rest];
}
