import type { Answers, Instrument } from '../instruments/types';
import { scoreInstrument } from '../scoring/score';
import { modeSpokes, type ModeSpokes } from '../scoring/mode-spokes';
import { sortByDistinct } from './statistics';
import type { TeamPoint } from './types';

/** One member's complete result, stripped of everything but what the aggregates need. */
export interface CompleteResult {
  /** 0–100 per scale, in the instrument's scale order. */
  readonly scores: readonly number[];
  /** The point in the window, for an instrument with a window. */
  readonly point: TeamPoint | null;
  /** The member's mode spokes (0–100), for the team radar. */
  readonly spokes: ModeSpokes | null;
  readonly answers: Answers;
}

export interface CollectedResults {
  /** Sorted by their scale scores: never in the order they were handed in. */
  readonly complete: readonly CompleteResult[];
  readonly incomplete: number;
}

/** Sorts points by support, then expectations (ascending). */
export function comparePoints(a: TeamPoint, b: TeamPoint): number {
  return a.support - b.support || a.expectations - b.expectations;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Scores every answer set with the single-person scoring (`scoreInstrument`) and keeps the
 * complete ones: a result counts only when every scale has a score by its completeness rule. The
 * list is sorted by the window point (or by the scale scores for an instrument without a window)
 * straight away, so that nothing downstream can leak the hand-in order.
 */
export function collectResults(instrument: Instrument, answerSets: readonly Answers[]): CollectedResults {
  const complete: CompleteResult[] = [];
  const window = instrument.window;
  let incomplete = 0;
  for (const answers of answerSets) {
    const score = scoreInstrument(instrument, answers);
    if (!score.complete) {
      incomplete += 1;
      continue;
    }
    const scores = score.scales.map((s) => s.score ?? 0);
    const of = (id: string) => score.scales.find((s) => s.scale === id)?.score ?? 0;
    const point = window ? { support: of(window.support), expectations: of(window.expectations) } : null;
    complete.push({ scores, point, spokes: modeSpokes(instrument, answers), answers });
  }
  // The point is made of scale scores, so equal scores mean an equal place in the order.
  const sorted = sortByDistinct(
    complete,
    (r) => r.scores.join(' '),
    (a, b) => (a.point && b.point ? comparePoints(a.point, b.point) : 0) || compareScores(a.scores, b.scores),
  );
  return { complete: sorted, incomplete };
}
