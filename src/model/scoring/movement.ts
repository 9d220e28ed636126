import type { ScaleScore, SelfCheckScore } from './types';

/**
 * The error variance of one answer, in answer steps squared: the share of an answer's variance
 * that its scale does not share, for an item SD of about 1 step and an average inter-item
 * correlation of about 0.25 (docs/scoring.md §4): 1 · (1 − 0.25). An assumption, not a measured
 * value: revisit it when real data exist.
 */
export const ITEM_ERROR_VARIANCE = 0.75;

/**
 * The standard error of measurement of a keying-balanced scale score, in points of 0–100, for the
 * numbers of `plus` (k₊) and `minus` (k₋) statements answered. The score is 25 · ((P + M) / 2 − 1)
 * with P and M the means of k₊ and k₋ answers, each answer with error variance σ²:
 *
 *   SEM = 25 · √(σ² / 4 · (1 / k₊ + 1 / k₋))
 *
 * With 4 + 4 answered that is 25 · √(0.75 / 8) ≈ 7.7 points; with 2 + 2, 10.8 points.
 */
export function scaleSem(byKeying: ScaleScore['byKeying']): number {
  const { plus, minus } = byKeying;
  if (plus === 0 || minus === 0) return Infinity;
  return 25 * Math.sqrt((ITEM_ERROR_VARIANCE / 4) * (1 / plus + 1 / minus));
}

/** The 95 % point of the chi-square distribution with 2 degrees of freedom: −2 ln 0.05 ≈ 5.99. */
export const CHI_SQUARE_2DF_95 = -2 * Math.log(0.05);

export interface Movement {
  /** Change in support score, current − previous, in whole points of the 0–100 scale. */
  readonly support: number;
  /** Change in expectations score, current − previous, in whole points. */
  readonly expectations: number;
  /** Straight-line distance between the two points in the window, in whole points. */
  readonly distance: number;
  /**
   * The squared Mahalanobis distance of the change: Δs² / (SEMs₁² + SEMs₂²) + Δc² / (SEMc₁² + SEMc₂²),
   * from the unrounded scores. Measurement errors of the two occasions and the two scales are
   * taken as independent (other statements, another day).
   */
  readonly distanceSquared: number;
  /** True when the change is beyond measurement error: distanceSquared ≥ CHI_SQUARE_2DF_95. */
  readonly reliable: boolean;
  /**
   * The smallest change that counts for these two results, in points (unrounded): on support
   * alone, on expectations alone, and the same on both.
   */
  readonly needed: { readonly support: number; readonly expectations: number; readonly both: number };
}

/**
 * What two results of one person may be compared as:
 * - `movement`: the same instrument and version, both with a point: a change, judged by one joint
 *   criterion;
 * - `versions`: two versions of the same questionnaire (other statements): side by side only,
 *   never as a movement;
 * - `none`: either result has no point, or they come from different questionnaires (a client's
 *   view is another perspective, not a movement).
 */
export type Comparison =
  | { readonly kind: 'movement'; readonly movement: Movement }
  | { readonly kind: 'versions'; readonly previousVersion: number; readonly currentVersion: number }
  | { readonly kind: 'none' };

/**
 * Compares two results (see `Comparison`). A movement is reliable (Jacobson & Truax 1991, for
 * two scales at once) when the squared Mahalanobis distance of the change reaches the 95 % point
 * of chi-square with 2 degrees of freedom:
 *
 *   D² = Δs² / (SEMs₁² + SEMs₂²) + Δc² / (SEMc₁² + SEMc₂²) ≥ 5.99
 *
 * with each SEM from the statements answered on that occasion (`scaleSem`). If nothing truly
 * changed and the errors are as assumed, at most 5 % of people are told they moved; testing each
 * scale apart at 95 % would tell about 10 %. With every statement answered the change needs about
 * 26.5 points on one scale alone, or 18.7 on both.
 */
export function compareResults(previous: SelfCheckScore, current: SelfCheckScore): Comparison {
  if (!previous.point || !current.point) return { kind: 'none' };
  if (previous.instrumentId !== current.instrumentId) return { kind: 'none' };
  if (previous.instrumentVersion !== current.instrumentVersion) {
    return { kind: 'versions', previousVersion: previous.instrumentVersion, currentVersion: current.instrumentVersion };
  }
  const support = current.point.support - previous.point.support;
  const expectations = current.point.expectations - previous.point.expectations;
  const varianceOf = (a: ScaleScore, b: ScaleScore) => scaleSem(a.byKeying) ** 2 + scaleSem(b.byKeying) ** 2;
  const vs = varianceOf(previous.support, current.support);
  const vc = varianceOf(previous.expectations, current.expectations);
  const distanceSquared = support ** 2 / vs + expectations ** 2 / vc;
  return {
    kind: 'movement',
    movement: {
      support: roundPoints(support),
      expectations: roundPoints(expectations),
      distance: roundPoints(Math.hypot(support, expectations)),
      distanceSquared,
      reliable: distanceSquared >= CHI_SQUARE_2DF_95,
      needed: {
        support: Math.sqrt(CHI_SQUARE_2DF_95 * vs),
        expectations: Math.sqrt(CHI_SQUARE_2DF_95 * vc),
        both: Math.sqrt(CHI_SQUARE_2DF_95 / (1 / vs + 1 / vc)),
      },
    },
  };
}

/**
 * How far a result moved since an earlier one (`compareResults`), or null when the two are not a
 * movement: either has no point, or they come from different questionnaires or versions. Δsupport,
 * Δexpectations and the distance √(Δs² + Δc²) are computed from the unrounded scores and then
 * rounded to whole points (one answer step is already 3 points, so decimals would suggest a
 * precision the tool does not have).
 */
export function movementBetween(previous: SelfCheckScore, current: SelfCheckScore): Movement | null {
  const comparison = compareResults(previous, current);
  return comparison.kind === 'movement' ? comparison.movement : null;
}

/**
 * Round to a whole point, halves away from zero, so that A → B and B → A give the same size
 * (Math.round alone rounds −12.5 to −12 but 12.5 to 13); `+ 0` turns −0 into 0.
 */
function roundPoints(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x)) + 0;
}

/** True when the move is beyond measurement error (`Movement.reliable`); otherwise it is within noise. */
export function isReliableChange(movement: Movement): boolean {
  return movement.reliable;
}
