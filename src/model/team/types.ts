/**
 * The shapes of a team's aggregated result. A team profile is either hidden (too few complete
 * results: nothing but the count) or shown (only aggregates, never one person's answers in a
 * form that can be linked to the order in which results came in). See docs/team-profile.md.
 */
import type { AnswerValue, Mode, WindowScales } from '../instruments/types';
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

/** The words for the agreement index: high ≥ 0.7, moderate ≥ 0.5, low ≥ 0.3, none below, split for two camps (agreement.ts). */
export type AgreementBand = 'high' | 'moderate' | 'low' | 'none' | 'split';

/** Agreement within the team on one scale. */
export interface AxisAgreement {
  /** r*wg(J): 1 for identical answers, about 0 for random answers, negative when more divided than random; NaN with too few answers. */
  readonly rwg: number;
  readonly band: AgreementBand;
}

/** One mode's spoke across the team, over at least the minimum number of members who have it. */
export interface ShownRadarEntry {
  readonly mode: Mode;
  readonly status: 'shown';
  /** Members with a spoke for this mode (at least the minimum). */
  readonly n: number;
  readonly mean: number;
  /** One member's spoke each: for files and the facilitator's own use, never for the wall. */
  readonly min: number;
  readonly max: number;
  /** Sample SD (n − 1) of the members' spokes, 0–100: what the wall shows of the spread. */
  readonly sd: number;
}

/**
 * A spoke that fewer than the minimum number of members have (statements answered "does not
 * apply" leave a member without it): withheld, with nothing of its figures, not even how many
 * have it (src/model/team/disclosure.ts).
 */
export interface WithheldRadarEntry {
  readonly mode: Mode;
  readonly status: 'withheld';
}

export type RadarEntry = ShownRadarEntry | WithheldRadarEntry;

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

/** One scale across the team, over the complete results. */
export interface ScaleSummary {
  readonly scale: string;
  /** Mean of the members' 0–100 scale scores. */
  readonly centre: number;
  /** Sample SD (n − 1) of the members' scale scores, 0–100. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly agreement: AxisAgreement;
}

/** The team in the window: only for an instrument with a window. */
export interface TeamWindow {
  /** Which scales are the window's axes, to find their summaries in `ShownTeamProfile.scales`. */
  readonly axes: WindowScales;
  /** One dot per complete result, sorted by support, then expectations: never in hand-in order. */
  readonly dots: readonly TeamPoint[];
  readonly centre: TeamPoint;
  readonly spread: TeamSpread;
  /** In MODES order; a spoke of fewer than the minimum is withheld. */
  readonly radar: readonly RadarEntry[];
  /** Where the centre falls: a quadrant's mode, or `between` in the middle zone. */
  readonly placement: Placement;
}

export interface ShownTeamProfile {
  readonly status: 'shown';
  /** Complete results (every scale scored), the only ones that count. */
  readonly count: number;
  readonly minRespondents: number;
  /** Results left out because a scale lacked enough answers. */
  readonly incomplete: number;
  /** Every scale of the instrument, in its scale order. */
  readonly scales: readonly ScaleSummary[];
  /** The window view, or null for an instrument without a window. */
  readonly window: TeamWindow | null;
  /** At most three statements, highest SD first; ties in item order. */
  readonly disagreement: readonly DisagreementItem[];
}

export type TeamProfile = HiddenTeamProfile | ShownTeamProfile;

/** How often each answer was given to one statement, over the complete results. */
export interface StatementCounts {
  readonly itemId: string;
  /** The scale the statement belongs to. */
  readonly scale: string;
  readonly answered: number;
  /** "Does not apply / don't know": neither an answer 1–5 nor a skip. */
  readonly notApplicable: number;
  readonly missing: number;
  /** Count per answer value; null (suppressed) when fewer than the minimum answered it. */
  readonly counts: Readonly<Record<AnswerValue, number>> | null;
}

/** One row per statement, in the instrument's item order. */
export type StatementDistribution = readonly StatementCounts[];
