import { itemsOfScale, type Answers, type Instrument } from '../instruments/types';
import { countAnswers, varianceFromCounts } from './disagreement';
import { ascending, mean } from './statistics';
import type { AgreementBand, AxisAgreement } from './types';

/** Expected variance of a uniform ("random") answer on an A-point scale: σ²_EU = (A² − 1) / 12, 2 for A = 5. */
export function uniformNullVariance(points: number): number {
  return (points * points - 1) / 12;
}

/** A value at or below this, with two clear groups, reads as "split into two groups". */
export const SPLIT_THRESHOLD = -0.3;

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
 * Whether the members' scale scores (0–100) fall into two groups: cut the sorted scores at their
 * largest gap; both groups must have at least two members (a lone outlier is not a "group", and
 * naming one would single a person out), the group means must lie at least half the scale
 * (50 points) apart, and the cut must explain at least 80 % of the variance. Random answering
 * rarely does all three; a team of two camps always does.
 */
export function fallsIntoTwoGroups(scores: readonly number[]): boolean {
  if (scores.length < 4) return false;
  const sorted = ascending(scores);
  let cut = 0;
  let widest = -1;
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
    if (gap > widest) [widest, cut] = [gap, i];
  }
  const low = sorted.slice(0, cut);
  const high = sorted.slice(cut);
  if (low.length < 2 || high.length < 2) return false;
  const all = mean(sorted);
  const total = sorted.reduce((s, x) => s + (x - all) ** 2, 0);
  if (total === 0) return false;
  const between = low.length * (mean(low) - all) ** 2 + high.length * (mean(high) - all) ** 2;
  return mean(high) - mean(low) >= 50 && between / total >= 0.8;
}

/**
 * The words for an agreement value: `high` from 0.7, `moderate` from 0.5, `low` from 0.3,
 * otherwise `none` (about what random answers give), or `split` when the value is clearly
 * negative (≤ −0.3) AND the scores fall into two groups. A negative value alone is not a split:
 * in small teams about half of random teams fall below 0.
 */
export function agreementBand(value: number, twoGroups: boolean): AgreementBand {
  if (Number.isNaN(value)) return 'none';
  if (value >= 0.7) return 'high';
  if (value >= 0.5) return 'moderate';
  if (value >= 0.3) return 'low';
  return value <= SPLIT_THRESHOLD && twoGroups ? 'split' : 'none';
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
