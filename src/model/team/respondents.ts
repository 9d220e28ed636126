import type { Answers, Instrument } from '../instruments/types';
import { scoreAnswers } from '../scoring/score';
import type { ModeWeights } from '../scoring/types';
import type { TeamPoint } from './types';

/** One member's complete result, stripped of everything but what the aggregates need. */
export interface CompleteResult {
  readonly point: TeamPoint;
  readonly weights: ModeWeights;
  readonly answers: Answers;
}

export interface CollectedResults {
  /** Sorted by support, then expectations: never in the order they were handed in. */
  readonly complete: readonly CompleteResult[];
  readonly incomplete: number;
}

/** Sorts points by support, then expectations (ascending). */
export function comparePoints(a: TeamPoint, b: TeamPoint): number {
  return a.support - b.support || a.expectations - b.expectations;
}

/**
 * Scores every answer set with the single-person scoring (`scoreAnswers`) and keeps the complete
 * ones: a result counts only when both axes have a score (≥ the instrument's share answered).
 * The list is sorted by point straight away, so that nothing downstream can leak the hand-in order.
 */
export function collectResults(instrument: Instrument, answerSets: readonly Answers[]): CollectedResults {
  const complete: CompleteResult[] = [];
  let incomplete = 0;
  for (const answers of answerSets) {
    const score = scoreAnswers(instrument, answers);
    if (score.complete && score.point !== null && score.weights !== null) {
      complete.push({ point: score.point, weights: score.weights, answers });
    } else {
      incomplete += 1;
    }
  }
  complete.sort((a, b) => comparePoints(a.point, b.point));
  return { complete, incomplete };
}
