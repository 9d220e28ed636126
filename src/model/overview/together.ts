/**
 * What goes together across teams (decision 96): per pair of a window axis (the team's centre on
 * support, on expectations) and a climate element, Spearman's ρ over the teams that show both,
 * with its n. Shown only from MIN_TEAMS_FOR_CORRELATION teams: below it one team more or less
 * turns ρ around. It describes teams side by side; it never says that one causes the other.
 */
import { CLIMATE_ELEMENTS } from '../climate/temperature';
import type { ClimateElement } from '../climate/types';
import { spearman } from './spearman';
import type { TeamRow } from './teams';

export const MIN_TEAMS_FOR_CORRELATION = 8;
export const WINDOW_AXES = ['support', 'expectations'] as const;
export type WindowAxis = (typeof WINDOW_AXES)[number];

/** Cohen's (1988) words for the size of a correlation: below .1 hardly any, from .1 weak, from .3 moderate, from .5 strong. */
export type CorrelationStrength = 'none' | 'weak' | 'moderate' | 'strong';

export interface Correlation {
  readonly axis: WindowAxis;
  readonly element: ClimateElement;
  /** Teams that show both the window and the climate element. */
  readonly n: number;
  /** ρ, or null below the minimum number of teams or when one side is all one value. */
  readonly rho: number | null;
  readonly strength: CorrelationStrength | null;
}

export function strengthOf(rho: number): CorrelationStrength {
  const r = Math.abs(rho);
  return r < 0.1 ? 'none' : r < 0.3 ? 'weak' : r < 0.5 ? 'moderate' : 'strong';
}

/** The eight pairs, support first, elements in their order. */
export function whatGoesTogether(rows: readonly TeamRow[]): Correlation[] {
  return WINDOW_AXES.flatMap((axis) =>
    CLIMATE_ELEMENTS.map((element): Correlation => {
      const x: number[] = [];
      const y: number[] = [];
      for (const row of rows) {
        const a = row[axis];
        const b = row.elements[element];
        if (a !== null && b !== null) {
          x.push(a);
          y.push(b);
        }
      }
      const rho = x.length >= MIN_TEAMS_FOR_CORRELATION ? spearman(x, y) : null;
      return { axis, element, n: x.length, rho, strength: rho === null ? null : strengthOf(rho) };
    }),
  );
}
