import { ANSWER_VALUES, isAnswerValue, NOT_APPLICABLE, type AnswerValue, type Answers, type Instrument } from '../instruments/types';
import type { DisagreementItem } from './types';

/** How many disagreement statements a profile lists. */
export const DISAGREEMENT_LIMIT = 3;

/** SDs are compared at 9 decimals: equal spreads must tie even if rounding differs in the last bit. */
const rankKey = (sd: number): number => Math.round(sd * 1e9);


/** Counts of each answer value 1–5 for one item over the answer sets, how many answered 1–5 and how many "does not apply". */
export function countAnswers(
  itemId: string,
  answerSets: readonly Answers[],
): { readonly counts: Record<AnswerValue, number>; readonly answered: number; readonly notApplicable: number } {
  const counts: Record<AnswerValue, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let answered = 0;
  let notApplicable = 0;
  for (const answers of answerSets) {
    const value: unknown = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
    if (isAnswerValue(value)) {
      counts[value] += 1;
      answered += 1;
    } else if (value === NOT_APPLICABLE) {
      notApplicable += 1;
    }
  }
  return { counts, answered, notApplicable };
}

/**
 * Sample variance of a distribution given as counts per answer value: with n = Σcₖ and
 * x̄ = Σk·cₖ / n, s² = Σcₖ(k − x̄)² / (n − 1); 0 below two answers. Counts carry no order, so
 * neither does s², and five terms cost the same for a team of any size.
 */
export function varianceFromCounts(counts: Readonly<Record<AnswerValue, number>>): number {
  const n = ANSWER_VALUES.reduce((sum, k) => sum + counts[k], 0);
  if (n < 2) return 0;
  const m = ANSWER_VALUES.reduce((sum, k) => sum + k * counts[k], 0) / n;
  const ss = ANSWER_VALUES.reduce((sum, k) => sum + counts[k] * (k - m) ** 2, 0);
  return ss / (n - 1);
}

/** Sample SD of a distribution given as counts per answer value: √ of `varianceFromCounts`. */
export function sdFromCounts(counts: Readonly<Record<AnswerValue, number>>): number {
  return Math.sqrt(varianceFromCounts(counts));
}

/**
 * The statements on which the team differs most: every item answered by at least
 * `minRespondents` people is ranked by the sample SD (n − 1) of its raw 1–5 answers, highest
 * first, ties in the instrument's item order; the first three with SD > 0 are returned (a
 * statement on which everyone gave the same answer is not a disagreement). Raw answers, not
 * keyed ones: reversing a statement (6 − x) does not change its SD.
 */
export function topDisagreement(
  instrument: Instrument,
  answerSets: readonly Answers[],
  minRespondents: number,
): DisagreementItem[] {
  const ranked: DisagreementItem[] = [];
  for (const item of instrument.items) {
    const { counts, answered } = countAnswers(item.id, answerSets);
    if (answered < minRespondents) continue;
    const sd = sdFromCounts(counts);
    if (sd > 0) ranked.push({ itemId: item.id, sd, n: answered });
  }
  // Array.prototype.sort is stable, so equal SDs keep the item order of the loop above.
  ranked.sort((a, b) => rankKey(b.sd) - rankKey(a.sd));
  return ranked.slice(0, DISAGREEMENT_LIMIT);
}
