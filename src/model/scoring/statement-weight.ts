import { isAnswerValue, itemsOfScale, type Answer, type Answers, type Instrument } from '../instruments/types';
import { keyedValue } from './score';

/** One statement's pull on its scale: how far its keyed answer lies from the neutral middle (3). */
export interface StatementPull {
  readonly itemId: string;
  readonly scale: string;
  readonly answer: Answer;
  /** keyed value − 3, from −2 (pulls the scale down most) to +2 (pulls it up most). */
  readonly pull: number;
}

/**
 * The statements that moved each scale most: every statement answered 1–5, ranked by how far its
 * keyed answer lies from 3 (|keyed − 3|), in item order on ties; the first `limit` per scale with
 * a pull other than 0. A scale score is the mean of the keyed answers, so these are exactly the
 * answers that took the score furthest from 50.
 */
export function strongestStatements(instrument: Instrument, answers: Answers, limit = 3): StatementPull[] {
  const result: StatementPull[] = [];
  for (const scale of instrument.scales) {
    const pulls: StatementPull[] = [];
    for (const item of itemsOfScale(instrument, scale.id)) {
      const answer = answers[item.id];
      if (!isAnswerValue(answer)) continue;
      const pull = keyedValue(item, answer) - 3;
      if (pull !== 0) pulls.push({ itemId: item.id, scale: scale.id, answer, pull });
    }
    pulls.sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull));
    result.push(...pulls.slice(0, limit));
  }
  return result;
}
