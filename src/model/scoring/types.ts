import type { Mode } from '../instruments/types';
import type { ModeReading, ModeSpokes } from './mode-spokes';

/** The score of one scale of one result. */
export interface ScaleScore {
  /** The scale's id in its instrument. */
  readonly scale: string;
  /** 0–100, or null when the scale's completeness rule is not met. */
  readonly score: number | null;
  /** Statements answered 1–5 (the only answers that count). */
  readonly answered: number;
  /** Of those, how many are `plus` and how many `minus` statements (the SEM depends on both). */
  readonly byKeying: { readonly plus: number; readonly minus: number };
  /** Statements answered "does not apply / don't know": shown, but scored as unanswered. */
  readonly notApplicable: number;
  /** Statements on this scale. */
  readonly total: number;
}

/** Kept for the window's two scales: an axis score is a scale score. */
export type AxisScore = ScaleScore;

/** Where a result falls: one of the four modes, or the middle zone around the midpoint. */
export type Placement = Mode | 'between';

export interface ModeWeights {
  readonly MET: number;
  readonly VOOR: number;
  readonly NIET: number;
  readonly DOOR: number;
}

/** Every scale of one result, for any instrument. */
export interface InstrumentScore {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** In the instrument's scale order. */
  readonly scales: readonly ScaleScore[];
  /** True when every scale has a score. */
  readonly complete: boolean;
}

/** A result of an instrument that has a window: its scales plus the placement in the window. */
export interface SelfCheckScore extends InstrumentScore {
  /** The scale on the window's support axis. */
  readonly support: ScaleScore;
  /** The scale on the window's expectations axis. */
  readonly expectations: ScaleScore;
  /** True when both window scales have a score; all fields below are null otherwise. */
  readonly complete: boolean;
  /** The point in the window, 0–100 on each axis. */
  readonly point: { readonly support: number; readonly expectations: number } | null;
  /** Bilinear mode weights of the point, summing to 1: a reading of the placement, not of the statements. */
  readonly weights: ModeWeights | null;
  /** The radar: each mode's spoke from the statements that illustrate it (mode-spokes.ts); null without them. */
  readonly spokes: ModeSpokes | null;
  /** What may be said about the spokes (mode-spokes.ts `readModes`); null without spokes. */
  readonly modeReading: ModeReading | null;
  /** The mode named as standing out (`modeReading` of kind `leads`), or null. */
  readonly mostPresent: Mode | null;
  /** `between` when the point lies in the middle zone, else the quadrant's mode. */
  readonly placement: Placement | null;
}
