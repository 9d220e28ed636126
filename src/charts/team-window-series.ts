import type { TeamWindow } from '../model/team/types';
import type { WindowSeries } from './window-chart';
import { ellipsePolyline } from './window-geometry';

/** Colours of the team window: members' dots, the 1-SD ellipse and the team's centre. */
export const TEAM_WINDOW_COLOURS = {
  dot: '#1d4e5f',
  ellipse: '#1d4e5f',
  centre: '#6a2c8c',
} as const;

/**
 * The series for the team in the window, in drawing order: the ellipse first (under the dots),
 * then one dot per member in the model's order (sorted by value, never by hand-in order), then
 * the centre on top when it may be shown. The model's ellipse angle is in degrees with y up, the
 * same convention as `ellipsePolyline`, so it passes through unchanged.
 */
export function teamWindowSeries(profile: TeamWindow, options: { showCentre: boolean }): WindowSeries[] {
  const series: WindowSeries[] = [
    { key: 'spread', kind: 'line', points: ellipsePolyline(profile.spread.ellipse), colour: TEAM_WINDOW_COLOURS.ellipse },
    { key: 'members', kind: 'dot', points: profile.dots, colour: TEAM_WINDOW_COLOURS.dot, size: 7 },
  ];
  if (options.showCentre) {
    series.push({ key: 'centre', kind: 'dot', points: [profile.centre], colour: TEAM_WINDOW_COLOURS.centre, size: 13 });
  }
  return series;
}
