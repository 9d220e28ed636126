import { seeded } from '../testing/seeded';
import { covarianceMatrix } from './covariance';
import { fitOneFactor, omegaTotal } from './one-factor';
import type { Estimate } from './reliability';

/**
 * Omega with a percentile bootstrap interval (docs/quality.md §3). Omega has no exact sampling
 * distribution; the percentile bootstrap is what Kelley & Pornprasertmanit (2016) found to hold
 * its level for omega total. It is made deterministic: the rows are put in one canonical order
 * first (so neither the order of workshops nor of results matters), and the resamples are drawn
 * from the seeded generator (mulberry32) with a seed made from the scale's name. The same data
 * give the same interval on every device and every run.
 */

export interface BootstrapOptions {
  /** Resamples; 1000 by default. */
  readonly resamples?: number;
  /** The generator's seed; by default made from `key`. */
  readonly seed?: number;
}

export const DEFAULT_RESAMPLES = 1000;
/** Fewer fitted resamples than this share, and the interval is not given. */
const MIN_FITTED_SHARE = 0.95;
/**
 * A resample starts from the full data's fit and stops when nothing moves more than 1e-7 (of an
 * item's SD or variance): omega then moves less than about 1e-6, far below the interval's width.
 */
const RESAMPLE_FIT = { maxIterations: 5000, tolerance: 1e-7 } as const;

/** A 32-bit FNV-1a hash of a text: the seed of a scale's resamples. */
export function seedOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Rows in one order that depends on their values only: lexicographic on the answers. */
export function canonicalRows(rows: readonly (readonly number[])[]): (readonly number[])[] {
  return rows
    .map((row) => ({ row, key: row.join(',') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row);
}

/**
 * The p quantile of sorted values by linear interpolation between order statistics (Hyndman &
 * Fan type 7, the default of R and numpy): h = (B − 1) p, value x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(sorted.length - 1, below + 1)] as number;
  return low + (h - below) * (high - low);
}

/**
 * Omega total of `rows` (n people × k keyed statements) with its 95 % percentile bootstrap
 * interval: B resamples of n rows drawn with replacement, each fitted (one-factor.ts), and the
 * 2.5 % and 97.5 % quantiles of their omegas. Null when the model cannot be fitted to the data,
 * or fewer than 95 % of the resamples could be fitted.
 */
export function omegaEstimate(rows: readonly (readonly number[])[], k: number, key: string, options: BootstrapOptions = {}): Estimate | null {
  const n = rows.length;
  if (n < 3) return null;
  const ordered = canonicalRows(rows);
  const fit = fitOneFactor(covarianceMatrix(ordered, k));
  if (!fit) return null;
  const value = omegaTotal(fit);
  // Identical answer patterns are one row with a count: a resample costs the distinct patterns.
  const patterns: (readonly number[])[] = [];
  const patternOf: number[] = [];
  ordered.forEach((row, r) => {
    const previous = r > 0 ? ordered[r - 1] : undefined;
    if (!previous || previous.join(',') !== row.join(',')) patterns.push(row);
    patternOf.push(patterns.length - 1);
  });
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const random = seeded(options.seed ?? seedOf(key));
  const omegas: number[] = [];
  const weights = new Array<number>(patterns.length);
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    for (let draw = 0; draw < n; draw++) {
      const p = patternOf[Math.floor(random() * n)] as number;
      weights[p] = (weights[p] as number) + 1;
    }
    const resampled = fitOneFactor(covarianceMatrix(patterns, k, weights), fit, RESAMPLE_FIT);
    if (resampled) omegas.push(omegaTotal(resampled));
  }
  if (omegas.length < MIN_FITTED_SHARE * resamples || omegas.length === 0) return null;
  omegas.sort((a, b) => a - b);
  return { value, lower: quantileSorted(omegas, 0.025), upper: quantileSorted(omegas, 0.975), n };
}
