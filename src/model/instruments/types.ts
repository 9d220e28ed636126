/**
 * Instruments are data: which statements exist, on which scale each one loads and in which
 * direction, how a scale is judged complete, and which answer scale people use. The texts live in
 * the locales under `instrument.<textKey>.items.<itemId>` (statements) and
 * `instrument.answerScales.<answerScaleId>` (answer points), so the model stays language-free and a
 * psychometrician can read the key without React. docs/scoring.md describes the rules.
 */

/** The two axes of the social discipline window. */
export type Axis = 'support' | 'expectations';
export const AXES: readonly Axis[] = ['support', 'expectations'];

/** The four relationship modes, in the fixed order used by every radar. */
export type Mode = 'MET' | 'VOOR' | 'NIET' | 'DOOR';
export const MODES: readonly Mode[] = ['MET', 'VOOR', 'NIET', 'DOOR'];

/**
 * One point on a five-point answer scale: 1 = the lowest label (helemaal oneens / nooit) … 5 = the
 * highest (helemaal eens / altijd). Every answer scale of the product has five labelled points
 * (DOMAIN.md §7); what the points are called is the answer scale's business.
 */
export type AnswerValue = 1 | 2 | 3 | 4 | 5;
export const ANSWER_VALUES: readonly AnswerValue[] = [1, 2, 3, 4, 5];

/**
 * The "does not apply to my work / don't know" answer. It is an answer (the person saw the
 * statement and chose it, unlike a skip), kept and handed over as its own value, but scored as
 * unanswered: it is never the middle point.
 */
export const NOT_APPLICABLE = 'na';
export type NotApplicable = typeof NOT_APPLICABLE;

/** What a person can give to one statement. */
export type Answer = AnswerValue | NotApplicable;

/** True for 1, 2, 3, 4 or 5: stored, decoded or imported values are checked with this. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && (ANSWER_VALUES as readonly number[]).includes(value);
}

/** True for 1–5 or the "does not apply" answer. */
export function isAnswer(value: unknown): value is Answer {
  return value === NOT_APPLICABLE || isAnswerValue(value);
}

/**
 * The answer scale of an instrument. `id` selects the labels in the locales
 * (`instrument:answerScales.<id>.<point>`, and `.na` for the "does not apply" answer).
 * `agreementTeam` has the points of `agreement`; only its "does not apply" answer differs
 * ("Past niet bij ons team"), for questionnaires about the team (team climate).
 */
export interface AnswerScale {
  readonly id: 'agreement' | 'agreementTeam' | 'frequency';
  /** The points in order, lowest first. */
  readonly points: readonly AnswerValue[];
  /** Whether a "does not apply / don't know" answer is offered; it counts as unanswered. */
  readonly notApplicable: boolean;
}

/**
 * `plus`: agreeing means more of the scale (more support, higher expectations, a warmer team).
 * `minus`: the statement describes the opposite behaviour, in positive words; agreeing means less.
 */
export type Keying = 'plus' | 'minus';

export interface LikertItem {
  readonly id: string;
  /** The id of the scale this statement belongs to (one of the instrument's `scales`). */
  readonly scale: string;
  readonly keying: Keying;
  /** The mode this behaviour typically belongs to, for instruments on the window. */
  readonly illustrates?: Mode;
}

/**
 * When a scale gets a score. `minShare` of its statements must have an answer 1–5 ("does not
 * apply" and skips count as unanswered); with `perKeying`, the same share of its `plus` and of its
 * `minus` statements separately, so that skipping the reversed statements cannot buy a score.
 */
export interface CompletenessRule {
  readonly minShare: number;
  readonly perKeying: boolean;
}

/** A scale: a set of statements scored together into one 0–100 score. */
export interface ScaleDefinition {
  /** Stable id; texts at `instrument:scales.<id>`. */
  readonly id: string;
  readonly completeness: CompletenessRule;
  /**
   * Score as the mean of the `plus` mean and the (keyed) `minus` mean instead of the mean of all
   * statements, so that agreeing with everything (acquiescence) cancels out whatever is skipped.
   * Only with `completeness.perKeying`, which guarantees both means exist.
   */
  readonly keyingBalanced?: boolean;
}

/** The two scales of an instrument that span the social discipline window. */
export interface WindowScales {
  readonly support: string;
  readonly expectations: string;
}

export interface Instrument {
  /** Stable id, also used in result codes: never reuse an id for a different instrument. */
  readonly id: string;
  /** Raised whenever items, order, keying or rules change; old results keep their version. */
  readonly version: number;
  readonly answerScale: AnswerScale;
  /** In display order. Every statement names one of these. */
  readonly scales: readonly ScaleDefinition[];
  /** In the order shown and encoded in result codes. */
  readonly items: readonly LikertItem[];
  /** Present when two scales place a person in the window; an instrument without it has no window. */
  readonly window?: WindowScales;
}

/** Answers by item id; an item without a key is unanswered (skipped). */
export type Answers = Readonly<Record<string, Answer>>;

/** The statements of one scale, in item order. */
export function itemsOfScale(instrument: Instrument, scaleId: string): readonly LikertItem[] {
  return instrument.items.filter((item) => item.scale === scaleId);
}
