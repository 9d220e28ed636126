import { sampleVariance } from './statistics';
import type { AgreementBand, AxisAgreement } from './types';

/** Expected variance of a uniform ("random") answer on a 5-point scale: σ²_EU = (5² − 1) / 12 = 2. */
export const UNIFORM_NULL_VARIANCE = 2;

/**
 * Within-team agreement on one axis (James, Demaree & Wolf 1984): rwg = 1 − s² / σ²_EU, where s²
 * is the sample variance (n − 1) of the members' axis means on the 1–5 metric and σ²_EU = 2 is the
 * variance expected if everyone answered at random. Clamped to [0, 1]: when the team is more
 * divided than random answering (for example half at 1 and half at 5) the raw value is negative,
 * which means "no agreement" and is shown as 0. A conversation aid, not a test statistic.
 */
export function rwg(axisMeans: readonly number[]): number {
  const value = 1 - sampleVariance(axisMeans) / UNIFORM_NULL_VARIANCE;
  return Math.min(1, Math.max(0, value));
}

/** The label key for an rwg value: 'high' from 0.7, 'moderate' from 0.5, else 'low'. */
export function agreementBand(value: number): AgreementBand {
  if (value >= 0.7) return 'high';
  if (value >= 0.5) return 'moderate';
  return 'low';
}

/**
 * Agreement on one axis from the members' 0–100 axis scores. The score is the axis mean m on
 * 1–5 mapped linearly (score = (m − 1) / 4 · 100), so m = 1 + score / 25 recovers it exactly
 * enough for a variance; rwg and its band follow.
 */
export function axisAgreement(scores: readonly number[]): AxisAgreement {
  const value = rwg(scores.map((score) => 1 + score / 25));
  return { rwg: value, band: agreementBand(value) };
}
