import type { Axis, Mode } from '../instruments/types';

export interface AxisScore {
  readonly axis: Axis;
  /** 0–100, or null when fewer than the instrument's minimum share of statements was answered. */
  readonly score: number | null;
  readonly answered: number;
  readonly total: number;
}

/** Where a result falls: one of the four modes, or the middle zone around the midpoint. */
export type Placement = Mode | 'between';

export interface ModeWeights {
  readonly MET: number;
  readonly VOOR: number;
  readonly NIET: number;
  readonly DOOR: number;
}

export interface SelfCheckScore {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly support: AxisScore;
  readonly expectations: AxisScore;
  /** True when both axes have a score; all fields below are null otherwise. */
  readonly complete: boolean;
  /** The point in the window, 0–100 on each axis. */
  readonly point: { readonly support: number; readonly expectations: number } | null;
  /** Bilinear mode weights that sum to 1. */
  readonly weights: ModeWeights | null;
  /** The mode with the highest weight. */
  readonly dominant: Mode | null;
  /** `between` when the point lies in the middle zone, else the quadrant's mode. */
  readonly placement: Placement | null;
}
