import { itemsOfScale, type Answers, type Instrument } from '../instruments/types';
import { countAnswers, varianceFromCounts } from './disagreement';
import { ascending, mean, orderFreeSum } from './statistics';
import type { AgreementBand, AxisAgreement } from './types';

/** Expected variance of a uniform ("random") answer on an A-point scale: σ²_EU = (A² − 1) / 12, 2 for A = 5. */
export function uniformNullVariance(points: number): number {
  return (points * points - 1) / 12;
}

/**
 * Within-team agreement on one scale, the multi-item index of Lindell, Brandt & Whitney (1999):
 * r*wg(J) = 1 − (mean over the scale's statements of the team's sample variance on that
 * statement) / σ²_EU, on the keyed 1–5 values, with σ²_EU = (A² − 1) / 12. A statement counts
 * when at least two members answered it 1–5. It is about 0 for random answers and negative when
 * the team is more divided than random answering; it is NOT clamped, because "below random" is
 * what a split team looks like. NaN when no statement has two answers.
 */
export function rStarWgJ(instrument: Instrument, scaleId: string, answerSets: readonly Answers[]): number {
  const variances: number[] = [];
  for (const item of itemsOfScale(instrument, scaleId)) {
    // Keying (6 − x) mirrors the answers and leaves their variance as it is: the raw counts do.
    const { counts, answered } = countAnswers(item.id, answerSets);
    if (answered >= 2) variances.push(varianceFromCounts(counts));
  }
  if (variances.length === 0) return Number.NaN;
  return 1 - mean(variances) / uniformNullVariance(instrument.answerScale.points.length);
}

/**
 * "Falls into two groups" (docs/team-profile.md, docs/decisions.md 64): the members' scale scores
 * (0–100) are cut into a lower and a higher group where the cut explains the most of their
 * variance (the best two-group split: Fisher's, or Jenks', natural break in one dimension), and
 * they fall into two groups when
 * - each group holds at least TWO_GROUPS.minGroup members: a lone outlier is not a group, and
 *   naming one would single a person out;
 * - the cut explains at least TWO_GROUPS.minShare (80 %) of the variance: more than any
 *   one-peaked or evenly spread team gives (a normal distribution's best cut explains 2/π ≈ 64 %,
 *   a uniform one's 75 %), while two tight camps give nearly 100 %;
 * - the two groups' means lie at least TWO_GROUPS.minDistance (45) points apart: close to two
 *   answer steps ("oneens" against "eens"), so "eens" against "helemaal eens" (one step, 25
 *   points) is one team. 45 rather than 50 lets camps two steps apart that answer with noise be
 *   seen more often (59 % against 32 % in the simulation); 40 would let random answering on the
 *   shortest scale (energy, 4 statements) in a team of 5 or 6 read as split 6 % of the time
 *   (45: under 3 %). docs/team-profile.md has the rates.
 * It depends on the scores only, never on r*wg(J) or on the team's size, so two clean camps read
 * as two groups in a team of 6 and of 20 alike.
 */
export const TWO_GROUPS = { minGroup: 2, minShare: 0.8, minDistance: 45 } as const;

/** The best two-group cut of a team's scores: the share of the variance it explains and how far apart the group means lie. */
export interface TwoGroupCut {
  /** Between-group sum of squares over the total, 0–1. */
  readonly share: number;
  /** Mean of the higher group minus mean of the lower group, 0–100 points. */
  readonly distance: number;
  /** Size of the smaller group. */
  readonly smaller: number;
}

/**
 * The cut of the sorted scores, with at least TWO_GROUPS.minGroup on each side, that explains the
 * most variance (between-group SS = k(m₁ − m)² + (n − k)(m₂ − m)², over the total SS), never
 * between two equal scores; the first such cut from below on a tie. Null when no such cut exists
 * (fewer than 2 · minGroup scores, all equal, or no gap that leaves minGroup on each side).
 * The scores are sorted first, so the result is the same for any order of the members.
 */
export function bestTwoGroupCut(scores: readonly number[]): TwoGroupCut | null {
  const n = scores.length;
  const least = TWO_GROUPS.minGroup;
  if (n < 2 * least) return null;
  const sorted = ascending(scores);
  const all = mean(sorted);
  const total = orderFreeSum(sorted.map((x) => (x - all) ** 2));
  if (!(total > 0)) return null;
  // Running sums over the sorted scores: linear after the sort, and the same for any hand-in order.
  const sum = orderFreeSum(sorted);
  let lowSum = 0;
  for (let i = 0; i < least - 1; i++) lowSum += sorted[i] ?? 0;
  let best: TwoGroupCut | null = null;
  for (let k = least; k <= n - least; k++) {
    lowSum += sorted[k - 1] ?? 0;
    // Never between two equal scores: members with the same score belong to the same group.
    if ((sorted[k - 1] ?? 0) === (sorted[k] ?? 0)) continue;
    const low = lowSum / k;
    const high = (sum - lowSum) / (n - k);
    const share = (k * (low - all) ** 2 + (n - k) * (high - all) ** 2) / total;
    if (best === null || share > best.share) best = { share, distance: high - low, smaller: Math.min(k, n - k) };
  }
  return best;
}

/** Whether the scores fall into two groups: the best cut explains ≥ 80 % of the variance and its groups lie ≥ 45 points apart (TWO_GROUPS). */
export function fallsIntoTwoGroups(scores: readonly number[]): boolean {
  const cut = bestTwoGroupCut(scores);
  // A tolerance of 1e-9, so that camps exactly on a bound are not lost to floating point.
  return cut !== null && cut.share >= TWO_GROUPS.minShare - 1e-9 && cut.distance >= TWO_GROUPS.minDistance - 1e-9;
}

/**
 * The words for an agreement value: `split` ("in twee groepen verdeeld") when the scores fall
 * into two groups, whatever r*wg(J) says (two camps can read as "low" or even "moderate": the
 * index measures the spread around one centre, not its shape); otherwise `high` from 0.7,
 * `moderate` from 0.5, `low` from 0.3, else `none` (about what random answers give; NaN too).
 */
export function agreementBand(value: number, twoGroups: boolean): AgreementBand {
  if (twoGroups) return 'split';
  if (Number.isNaN(value)) return 'none';
  if (value >= 0.7) return 'high';
  if (value >= 0.5) return 'moderate';
  if (value >= 0.3) return 'low';
  return 'none';
}

/** Agreement on one scale: r*wg(J) from the statements, and its words (with the members' scale scores for the split test). */
export function scaleAgreement(
  instrument: Instrument,
  scaleId: string,
  answerSets: readonly Answers[],
  scores: readonly number[],
): AxisAgreement {
  const value = rStarWgJ(instrument, scaleId, answerSets);
  return { rwg: value, band: agreementBand(value, fallsIntoTwoGroups(scores)) };
}
