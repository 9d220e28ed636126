import { isAnswerValue, itemsOfScale, type Answer, type Answers, type Instrument } from '../instruments/types';
import { keyedValue, scaleScore } from './score';

/** One statement's pull on its scale: how far its keyed answer lies from the neutral middle (3). */
export interface StatementPull {
  readonly itemId: string;
  readonly scale: string;
  readonly answer: Answer;
  /** keyed value − 3, from −2 (pulls the scale down most) to +2 (pulls it up most). */
  readonly pull: number;
}

/**
 * The statements that moved each scale most. Only scales with a score take part: a scale without
 * one has no outcome for a statement to have shaped. A statement's share in its score is
 * (keyed − 3) / k for a scale scored as a plain mean of k answers, and (keyed − 3) / (2 · k_keying)
 * for a keying-balanced scale (k_keying answered statements of its own keying). Statements are
 * ranked by the size of that share, in item order on ties; the first `limit` per scale with a pull
 * other than 0. So these are exactly the answers that took the score furthest from 50.
 */
export function strongestStatements(instrument: Instrument, answers: Answers, limit = 3): StatementPull[] {
  const result: StatementPull[] = [];
  for (const scale of instrument.scales) {
    const scored = scaleScore(instrument, answers, scale.id);
    if (scored.score === null) continue;
    const share = (keying: 'plus' | 'minus') => (scale.keyingBalanced ? 1 / (2 * scored.byKeying[keying]) : 1 / scored.answered);
    const pulls: { pull: StatementPull; size: number }[] = [];
    for (const item of itemsOfScale(instrument, scale.id)) {
      const answer = answers[item.id];
      if (!isAnswerValue(answer)) continue;
      const pull = keyedValue(item, answer) - 3;
      if (pull !== 0) pulls.push({ pull: { itemId: item.id, scale: scale.id, answer, pull }, size: Math.abs(pull) * share(item.keying) });
    }
    pulls.sort((a, b) => b.size - a.size);
    result.push(...pulls.slice(0, limit).map((p) => p.pull));
  }
  return result;
}
