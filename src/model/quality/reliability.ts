import { totalVariance, without, type Matrix } from './covariance';
import { fQuantile } from './distributions';

/**
 * Cronbach's alpha (Cronbach 1951) with the Feldt (1965) interval, and item–rest correlations,
 * all from the item covariance matrix of a scale (covariance.ts). docs/quality.md §2.
 */

/** A coefficient, its 95 % interval and the number of people it rests on. */
export interface Estimate {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
}

/**
 * α = k / (k − 1) · (1 − Σ S_ii / Σ_ij S_ij) for k items with covariance matrix S. Null when it
 * cannot be computed: fewer than 2 items, or a sum score without variance.
 */
export function cronbachAlpha(cov: Matrix): number | null {
  const k = cov.length;
  if (k < 2) return null;
  const total = totalVariance(cov);
  if (!(total > 0)) return null;
  let diagonal = 0;
  cov.forEach((line, i) => (diagonal += line[i] as number));
  return (k / (k - 1)) * (1 - diagonal / total);
}

/**
 * Feldt's (1965) interval: (1 − α) / (1 − α̂) follows F with n − 1 and (n − 1)(k − 1) degrees of
 * freedom, so the 95 % interval is [1 − (1 − α̂) F.975, 1 − (1 − α̂) F.025] (as psych::alpha.ci).
 */
export function feldtInterval(alpha: number, n: number, k: number, level = 0.95): { readonly lower: number; readonly upper: number } {
  const d1 = n - 1;
  const d2 = (n - 1) * (k - 1);
  const tail = (1 - level) / 2;
  return { lower: 1 - (1 - alpha) * fQuantile(1 - tail, d1, d2), upper: 1 - (1 - alpha) * fQuantile(tail, d1, d2) };
}

/** Alpha with its Feldt interval and n; null when alpha cannot be computed or n < 3. */
export function alphaEstimate(cov: Matrix, n: number): Estimate | null {
  const value = cronbachAlpha(cov);
  if (value === null || n < 3) return null;
  return { value, ...feldtInterval(value, n, cov.length), n };
}

/** What one statement does for its scale. */
export interface ItemRest {
  /** Pearson correlation of the (keyed) statement with the sum of the scale's other statements; null without variance. */
  readonly r: number | null;
  /** Alpha of the scale without this statement; null when it cannot be computed. */
  readonly alphaIfDeleted: number | null;
}

/**
 * Per item i: r = Σ_{j≠i} S_ij / √(S_ii · Σ_{j,l≠i} S_jl), the correlation of the item with the
 * rest score (the "corrected item–total correlation"), which does not count the item twice as the
 * item–total correlation would; and alpha from the matrix without item i.
 */
export function itemRest(cov: Matrix): ItemRest[] {
  return cov.map((line, i) => {
    const rest = without(cov, i);
    let covariance = 0;
    line.forEach((value, j) => {
      if (j !== i) covariance += value;
    });
    const restVariance = totalVariance(rest);
    const itemVariance = line[i] as number;
    const r = itemVariance > 0 && restVariance > 0 ? covariance / Math.sqrt(itemVariance * restVariance) : null;
    return { r, alphaIfDeleted: cronbachAlpha(rest) };
  });
}
