import { isAnswerValue, itemsOfScale, NOT_APPLICABLE } from '../instruments/types';
import type { AnswerValue, Answers, Instrument, LikertItem, ScaleDefinition } from '../instruments/types';
import { modeSpokes, namedMode, readModes, spokeAnswered } from './mode-spokes';
import type { InstrumentScore, ModeWeights, Placement, ScaleScore, SelfCheckScore } from './types';

/** A point in the window: 0–100 on each axis. */
export interface WindowPoint {
  readonly support: number;
  readonly expectations: number;
}

/**
 * The middle zone ("between modes"): a point whose support OR expectations score lies strictly
 * within `halfWidth` of the fixed midpoint gets the placement `between`, because on that axis
 * the answers do not say which side of the window the person is on. The zone is the cross-shaped
 * band 40 < x < 60 along both midlines, about a third of the window. 10 points is a little more
 * than the standard error one may expect of an 8-item, 5-point scale (see docs/scoring.md).
 */
export const MIDDLE_ZONE = { centre: 50, halfWidth: 10 } as const;

/** Position of one axis score relative to the middle zone; the same bounds as `placementOf`. */
export type AxisLevel = 'low' | 'middle' | 'high';

/**
 * The keyed value of one answer: the answer itself for a `plus` statement, `6 − answer` for a
 * `minus` statement (agreeing with the opposite behaviour counts as less of the scale). Always 1–5.
 */
export function keyedValue(item: LikertItem, answer: AnswerValue): number {
  return item.keying === 'plus' ? answer : 6 - answer;
}

/** The scale definition with this id; throws RangeError for an id the instrument does not have. */
export function scaleDefinition(instrument: Instrument, scaleId: string): ScaleDefinition {
  const scale = instrument.scales.find((s) => s.id === scaleId);
  if (!scale) throw new RangeError(`Instrument ${instrument.id} has no scale ${scaleId}`);
  return scale;
}

/**
 * The score of one scale, 0–100. With m the mean of the keyed values of its statements answered
 * 1–5, the score is (m − 1) / 4 × 100. A `keyingBalanced` scale (every scale of the self-check and
 * the client's voice) uses m = (mean of the `plus` statements + mean of the `minus` statements) / 2
 * instead, so that the same answer on every statement gives exactly 50 whatever is skipped; with
 * as many `plus` as `minus` statements answered both are the same. The score is null when the
 * scale's completeness rule is not met: fewer than `minShare` of its statements answered, or, with
 * `perKeying`, fewer than `minShare` of its `plus` or of its `minus` statements. "Does not apply"
 * answers, answers to unknown ids and values outside 1–5 count as unanswered; "does not apply" is
 * also counted apart.
 */
export function scaleScore(instrument: Instrument, answers: Answers, scaleId: string): ScaleScore {
  const { completeness, keyingBalanced } = scaleDefinition(instrument, scaleId);
  const items = itemsOfScale(instrument, scaleId);
  const count = { plus: { total: 0, answered: 0 }, minus: { total: 0, answered: 0 } };
  let notApplicable = 0;
  const sum = { plus: 0, minus: 0 };
  for (const item of items) {
    count[item.keying].total += 1;
    const answer: unknown = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (answer === NOT_APPLICABLE) notApplicable += 1;
    if (!isAnswerValue(answer)) continue;
    count[item.keying].answered += 1;
    sum[item.keying] += keyedValue(item, answer);
  }
  const answered = count.plus.answered + count.minus.answered;
  const total = items.length;
  const meets = (part: { total: number; answered: number }) =>
    part.total === 0 || part.answered / part.total >= completeness.minShare;
  const enough =
    total > 0 && answered > 0 && meets({ total, answered }) && (!completeness.perKeying || (meets(count.plus) && meets(count.minus)));
  const mean =
    keyingBalanced && count.plus.answered > 0 && count.minus.answered > 0
      ? (sum.plus / count.plus.answered + sum.minus / count.minus.answered) / 2
      : (sum.plus + sum.minus) / answered;
  const score = enough ? ((mean - 1) / 4) * 100 : null;
  return { scale: scaleId, score, answered, byKeying: { plus: count.plus.answered, minus: count.minus.answered }, notApplicable, total };
}

/** Every scale of a result, in the instrument's scale order; complete when each has a score. */
export function scoreInstrument(instrument: Instrument, answers: Answers): InstrumentScore {
  const scales = instrument.scales.map((scale) => scaleScore(instrument, answers, scale.id));
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    scales,
    complete: scales.every((s) => s.score !== null),
  };
}

/**
 * Bilinear mode weights of a point. With s = support / 100 and c = expectations / 100:
 * MET = s·c, DOOR = (1 − s)·c, VOOR = s·(1 − c), NIET = (1 − s)·(1 − c). Each weight is the area
 * of the rectangle between the point and the opposite corner, so the four weights are ≥ 0 and sum
 * to exactly 1 (= (s + 1 − s)(c + 1 − c)); a corner gets weight 1, the centre 0.25 each.
 * Inputs outside 0–100 are clamped.
 */
export function modeWeights(point: WindowPoint): ModeWeights {
  const s = clamp01(point.support / 100);
  const c = clamp01(point.expectations / 100);
  return { MET: s * c, VOOR: s * (1 - c), NIET: (1 - s) * (1 - c), DOOR: (1 - s) * c };
}

/**
 * Where one axis score lies: `middle` when |score − 50| < MIDDLE_ZONE.halfWidth, else `low` or
 * `high`. Scores exactly on a bound (40 or 60) are outside the middle. Decided on the whole number
 * a person reads beside the word (issue 19): 59.6 is shown as "60", so it reads "high", never
 * "between" next to a 60. The dot is drawn at the exact score, a fraction of a point away.
 */
export function axisLevel(score: number): AxisLevel {
  const shown = Math.round(score);
  if (Math.abs(shown - MIDDLE_ZONE.centre) < MIDDLE_ZONE.halfWidth) return 'middle';
  return shown > MIDDLE_ZONE.centre ? 'high' : 'low';
}

/**
 * The placement of a point: `between` when either axis is in the middle zone (|x − 50| < 10),
 * else the mode of the quadrant, split at the scale's fixed midpoint 50 (there is no norm group):
 * high support and high expectations MET, high support and low expectations VOOR, low on both
 * NIET, low support and high expectations DOOR.
 */
export function placementOf(point: WindowPoint): Placement {
  const support = axisLevel(point.support);
  const expectations = axisLevel(point.expectations);
  if (support === 'middle' || expectations === 'middle') return 'between';
  if (support === 'high') return expectations === 'high' ? 'MET' : 'VOOR';
  return expectations === 'high' ? 'DOOR' : 'NIET';
}

/**
 * The result of an instrument with a window: all its scales (`scoreInstrument`), the two window
 * scales as `support` and `expectations`, the mode spokes from the statements and what may be said
 * about them (`readModes`: a mode is named only beyond chance and with a placement in a mode),
 * and, when both scales have a score, the point, the bilinear weights and the placement. Throws
 * RangeError for an instrument without a window.
 */
export function scoreAnswers(instrument: Instrument, answers: Answers): SelfCheckScore {
  const window = instrument.window;
  if (!window) throw new RangeError(`Instrument ${instrument.id} has no window`);
  const all = scoreInstrument(instrument, answers);
  const support = all.scales.find((s) => s.scale === window.support) ?? scaleScore(instrument, answers, window.support);
  const expectations =
    all.scales.find((s) => s.scale === window.expectations) ?? scaleScore(instrument, answers, window.expectations);
  const spokes = modeSpokes(instrument, answers);
  const base = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    scales: all.scales,
    support,
    expectations,
    spokes,
  };
  // The mode sentence follows the spokes and the placement together (mode-spokes.ts, readModes).
  const reading = (placement: Placement | null) => {
    const modeReading = readModes(spokes, spokeAnswered(instrument, answers), placement);
    return { modeReading, mostPresent: namedMode(modeReading) };
  };
  if (support.score === null || expectations.score === null) {
    return { ...base, ...reading(null), complete: false, point: null, weights: null, placement: null };
  }
  const point = { support: support.score, expectations: expectations.score };
  const placement = placementOf(point);
  return { ...base, ...reading(placement), complete: true, point, weights: modeWeights(point), placement };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
