import { MODES } from '../instruments/types';
import { placementOf } from '../scoring/score';
import type { Placement } from '../scoring/types';
import type { TeamPoint } from './types';

/**
 * What the wall may show of the team's dots (docs/decisions.md, "What the wall never shows"):
 * dots as drawn shapes, merged where they coincide, and counts per region of the window, never
 * one person's numbers.
 */

/** One drawn dot: where it is, and how many results lie on it. */
export interface DotGroup {
  readonly point: TeamPoint;
  readonly count: number;
}

/**
 * Dots that would be drawn on top of each other become one dot with a count: equal once rounded
 * to whole points on both axes (the precision the app shows, and less than a dot's radius). The
 * group sits at the mean of its members. Sorted by support, then expectations, as the model's
 * dots are: the order says nothing about who handed in when.
 */
export function groupDots(dots: readonly TeamPoint[]): DotGroup[] {
  const groups = new Map<string, TeamPoint[]>();
  for (const dot of dots) {
    const key = `${Math.round(dot.support)}:${Math.round(dot.expectations)}`;
    const members = groups.get(key);
    if (members) members.push(dot);
    else groups.set(key, [dot]);
  }
  return [...groups.values()]
    .map((members) => ({
      point: {
        support: members.reduce((sum, m) => sum + m.support, 0) / members.length,
        expectations: members.reduce((sum, m) => sum + m.expectations, 0) / members.length,
      },
      count: members.length,
    }))
    .sort((a, b) => a.point.support - b.point.support || a.point.expectations - b.point.expectations);
}

/** The regions of the window in a fixed order: the four modes, then the middle zone. */
export const REGIONS: readonly Placement[] = [...MODES, 'between'];

/** How many dots lie in each region, by the same rule as a person's placement. */
export function dotsPerRegion(dots: readonly TeamPoint[]): Readonly<Record<Placement, number>> {
  const counts = Object.fromEntries(REGIONS.map((r) => [r, 0])) as Record<Placement, number>;
  for (const dot of dots) counts[placementOf(dot)] += 1;
  return counts;
}
