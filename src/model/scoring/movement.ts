import type { SelfCheckScore } from './types';

export interface Movement {
  /** Change in support score, current − previous, in whole points of the 0–100 scale. */
  readonly support: number;
  /** Change in expectations score, current − previous, in whole points. */
  readonly expectations: number;
  /** Straight-line distance between the two points in the window, in whole points. */
  readonly distance: number;
}

/**
 * How far a result moved since an earlier one: Δsupport and Δexpectations (current − previous)
 * and the Euclidean distance √(Δs² + Δc²), each computed from the unrounded scores and then
 * rounded to whole points (one answer step is already 3 points, so decimals would suggest a
 * precision the tool does not have). Null when either result is incomplete or when the two come
 * from different instruments (a client's view and a self-check are different perspectives, not
 * a movement); different versions of one instrument compare on the same 0–100 axes.
 */
export function movementBetween(previous: SelfCheckScore, current: SelfCheckScore): Movement | null {
  if (!previous.point || !current.point) return null;
  if (previous.instrumentId !== current.instrumentId) return null;
  const support = current.point.support - previous.point.support;
  const expectations = current.point.expectations - previous.point.expectations;
  return {
    support: roundPoints(support),
    expectations: roundPoints(expectations),
    distance: roundPoints(Math.hypot(support, expectations)),
  };
}

/**
 * Round to a whole point, halves away from zero, so that A → B and B → A give the same size
 * (Math.round alone rounds −12.5 to −12 but 12.5 to 13); `+ 0` turns −0 into 0.
 */
function roundPoints(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x)) + 0;
}

/**
 * A move on one scale counts as real only from this many points (reliable change, Jacobson &
 * Truax 1991): RC = 1.96 · √2 · SEM. With the assumptions in docs/scoring.md (8 five-point
 * statements, item SD about 1, alpha about 0.73) the SEM of a scale score is about 8 points, so
 * RC ≈ 22; we use 20 until real data say otherwise. One changed answer moves a scale by 3 to 12
 * points: never enough on its own.
 */
export const RELIABLE_CHANGE = 20;

/** True when at least one scale moved by RELIABLE_CHANGE points or more; otherwise the move is within noise. */
export function isReliableChange(movement: Movement): boolean {
  return Math.abs(movement.support) >= RELIABLE_CHANGE || Math.abs(movement.expectations) >= RELIABLE_CHANGE;
}
