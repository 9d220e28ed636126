import { groupDots } from '../model/team/dot-groups';
import type { TeamWindow } from '../model/team/types';
import { dotRadius, type WindowSeries } from './window-chart';
import { ellipsePolyline } from './window-geometry';

/** Colours of the team window: members' dots, the 1-SD ellipse and the team's centre. */
export const TEAM_WINDOW_COLOURS = {
  dot: '#1d4e5f',
  ellipse: '#1d4e5f',
  centre: '#6a2c8c',
} as const;

export interface TeamWindowOptions {
  readonly showCentre: boolean;
  /** The text beside a merged dot; "×2" (the same in every language) unless given. */
  readonly countLabel?: (count: number) => string;
  /** A member's dot radius in px; the presenter passes a larger one. */
  readonly dotSize?: number;
}

/**
 * The series for the team in the window, in drawing order: the ellipse first (under the dots),
 * then the members' dots, where dots that coincide are one dot with a count (`groupDots`, sorted
 * by value, never by hand-in order), then the centre on top when it may be shown: a ring with an
 * empty middle, larger than the largest dot, so it never hides one. The model's ellipse angle is
 * in degrees with y up, the same convention as `ellipsePolyline`, so it passes through unchanged.
 */
export function teamWindowSeries(profile: TeamWindow, options: TeamWindowOptions): WindowSeries[] {
  const size = options.dotSize ?? 7;
  const members = groupDots(profile.dots).map(({ point, count }) =>
    count > 1 ? { ...point, count, label: options.countLabel?.(count) ?? `×${count}` } : point,
  );
  const series: WindowSeries[] = [
    { key: 'spread', kind: 'line', points: ellipsePolyline(profile.spread.ellipse), colour: TEAM_WINDOW_COLOURS.ellipse },
    { key: 'members', kind: 'dot', points: members, colour: TEAM_WINDOW_COLOURS.dot, size },
  ];
  if (options.showCentre) {
    // Its hole (radius minus half the stroke) is wider than the largest merged dot.
    const ringSize = Math.ceil(dotRadius(size, Number.POSITIVE_INFINITY) + 4);
    series.push({ key: 'centre', kind: 'dot', points: [profile.centre], colour: TEAM_WINDOW_COLOURS.centre, size: ringSize, ring: true });
  }
  return series;
}
