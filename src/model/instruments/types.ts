/**
 * Instruments are data: which statements exist, on which axis each one loads and in which
 * direction. The texts live in the locales under `instrument.<instrumentId>.items.<itemId>`, so
 * the model stays language-free and a psychometrician can read the key without React.
 */

/** The two axes of the social discipline window. */
export type Axis = 'support' | 'expectations';
export const AXES: readonly Axis[] = ['support', 'expectations'];

/** The four relationship modes, in the fixed order used by every radar. */
export type Mode = 'MET' | 'VOOR' | 'NIET' | 'DOOR';
export const MODES: readonly Mode[] = ['MET', 'VOOR', 'NIET', 'DOOR'];

/** One point on the five-point agreement scale: 1 = helemaal oneens … 5 = helemaal eens. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5;
export const ANSWER_VALUES: readonly AnswerValue[] = [1, 2, 3, 4, 5];

/** True for 1, 2, 3, 4 or 5: stored, decoded or imported values are checked with this. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && (ANSWER_VALUES as readonly number[]).includes(value);
}

/**
 * `plus`: agreeing means more of the axis (more support, higher expectations).
 * `minus`: the statement describes the opposite behaviour, in positive words; agreeing means less.
 */
export type Keying = 'plus' | 'minus';

export interface LikertItem {
  readonly id: string;
  readonly axis: Axis;
  readonly keying: Keying;
  /** The mode this behaviour typically belongs to; documentation and content review only. */
  readonly illustrates: Mode;
}

export interface Instrument {
  /** Stable id, also used in result codes: never reuse an id for a different instrument. */
  readonly id: string;
  /** Raised whenever items, order or keying change; old results keep their version. */
  readonly version: number;
  readonly items: readonly LikertItem[];
  /** Share of an axis's statements that must be answered before it gets a score. */
  readonly minAnsweredShare: number;
}

/** Answers by item id; an item without a key is unanswered. */
export type Answers = Readonly<Record<string, AnswerValue>>;
