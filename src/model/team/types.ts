/**
 * The shapes of a team's aggregated result. A team profile is either hidden (too few complete
 * results: nothing but the count) or shown (only aggregates, never one person's answers in a
 * form that can be linked to the order in which results came in). See docs/team-profile.md.
 */
import type { AnswerValue, Mode } from '../instruments/types';
import type { Placement } from '../scoring/types';

/** A point in the window, 0–100 on each axis (x = support, y = expectations). */
export interface TeamPoint {
  readonly support: number;
  readonly expectations: number;
}

/**
 * The 1-SD covariance ellipse. `rx` is the semi-axis along the main direction of the spread,
 * `ry` the one across it; `angle` is the main direction in degrees, in (−90, 90], measured from
 * the support axis towards the expectations axis (mathematical orientation, y up: a chart whose
 * y grows downwards must negate it).
 */
export interface SpreadEllipse {
  readonly centre: TeamPoint;
  readonly rx: number;
  readonly ry: number;
  readonly angle: number;
}

/** Sample standard deviation (n − 1) per axis on the 0–100 scale, plus the ellipse. */
export interface TeamSpread {
  readonly support: number;
  readonly expectations: number;
  readonly ellipse: SpreadEllipse;
}

/** A label key for the agreement index: high ≥ 0.7, moderate ≥ 0.5, low below. */
export type AgreementBand = 'high' | 'moderate' | 'low';

export interface AxisAgreement {
  /** rwg, clamped to [0, 1]. */
  readonly rwg: number;
  readonly band: AgreementBand;
}

export interface TeamAgreement {
  readonly support: AxisAgreement;
  readonly expectations: AxisAgreement;
}

/** One mode's weight across the team: mean, lowest and highest of the members' weights. */
export interface RadarEntry {
  readonly mode: Mode;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

/** A statement on which the team's answers differ: sample SD on the raw 1–5 scale over n answers. */
export interface DisagreementItem {
  readonly itemId: string;
  readonly sd: number;
  readonly n: number;
}

export interface HiddenTeamProfile {
  readonly status: 'hidden';
  /** Complete results taken in so far. */
  readonly count: number;
  /** The clamped threshold that `count` must reach. */
  readonly minRespondents: number;
}

export interface ShownTeamProfile {
  readonly status: 'shown';
  /** Complete results, the only ones that count. */
  readonly count: number;
  readonly minRespondents: number;
  /** Results left out because an axis lacked enough answers. */
  readonly incomplete: number;
  /** One dot per complete result, sorted by support, then expectations: never in hand-in order. */
  readonly dots: readonly TeamPoint[];
  readonly centre: TeamPoint;
  readonly spread: TeamSpread;
  readonly agreement: TeamAgreement;
  /** In MODES order. */
  readonly radar: readonly RadarEntry[];
  /** Where the centre falls: a quadrant's mode, or `between` in the middle zone. */
  readonly placement: Placement;
  /** At most three statements, highest SD first; ties in item order. */
  readonly disagreement: readonly DisagreementItem[];
}

export type TeamProfile = HiddenTeamProfile | ShownTeamProfile;

/** How often each answer was given to one statement, over the complete results. */
export interface StatementCounts {
  readonly itemId: string;
  readonly answered: number;
  readonly missing: number;
  /** Count per answer value; null (suppressed) when fewer than the minimum answered it. */
  readonly counts: Readonly<Record<AnswerValue, number>> | null;
}

/** One row per statement, in the instrument's item order. */
export type StatementDistribution = readonly StatementCounts[];
