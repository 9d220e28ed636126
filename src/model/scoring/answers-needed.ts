import { isAnswerValue, itemsOfScale, type Answers, type Instrument, type Keying } from '../instruments/types';

/** How many more statements of one scale need an answer 1–5 before the scale gets a score. */
export interface ScaleNeed {
  readonly scale: string;
  readonly more: number;
}

/**
 * For each scale without a score, the fewest extra answers that would give it one under its
 * completeness rule: enough for `minShare` of the scale and, with `perKeying`, of each keying.
 * Scales that already have enough are left out. Only statements without an answer 1–5 count as
 * open (a "does not apply" answer can be changed, so it counts as open too); when the open ones
 * cannot reach the rule the scale is still listed, with the number that would be needed.
 */
export function answersNeeded(instrument: Instrument, answers: Answers): ScaleNeed[] {
  const needs: ScaleNeed[] = [];
  for (const scale of instrument.scales) {
    const items = itemsOfScale(instrument, scale.id);
    const answered = (keying?: Keying) =>
      items.filter((item) => (keying === undefined || item.keying === keying) && isAnswerValue(answers[item.id])).length;
    const total = (keying?: Keying) => items.filter((item) => keying === undefined || item.keying === keying).length;
    const short = (keying?: Keying) => Math.max(0, Math.ceil(scale.completeness.minShare * total(keying) - 1e-9) - answered(keying));
    const perKeying = scale.completeness.perKeying ? short('plus') + short('minus') : 0;
    const more = Math.max(short(), perKeying);
    if (more > 0) needs.push({ scale: scale.id, more });
  }
  return needs;
}

/**
 * The fewest extra answers 1–5 that give every scale a score: the sum over the scales of
 * `answersNeeded` (each statement belongs to one scale, so the needs never overlap). What a
 * client is told ("Beantwoord nog 8 vragen"), without the names of the scales.
 */
export function totalAnswersNeeded(instrument: Instrument, answers: Answers): number {
  return answersNeeded(instrument, answers).reduce((sum, need) => sum + need.more, 0);
}
