/**
 * The item covariance matrix of a scale, from keyed answers (whole numbers 1–5). Sums of products
 * of whole numbers are exact in doubles, so every entry is computed from exact sums and divided
 * once: the matrix does not change in the last digit when the same people come in another order
 * (statistics.ts says why that matters), and a bootstrap resample is the same matrix as the data
 * set it stands for.
 */

/** A k × k symmetric matrix as rows. */
export type Matrix = readonly (readonly number[])[];

/**
 * The sample covariance matrix S (n − 1 in the denominator) of `rows` (n people × k items), each
 * row counted `weights[r]` times (a bootstrap resample; 1 when absent):
 * S_ij = (N Σ w x_i x_j − Σ w x_i · Σ w x_j) / (N (N − 1)), N = Σ w.
 */
export function covarianceMatrix(rows: readonly (readonly number[])[], k: number, weights?: readonly number[]): number[][] {
  // Flat typed arrays: a bootstrap computes this a thousand times per scale.
  const sums = new Float64Array(k);
  const products = new Float64Array(k * k);
  const x = new Float64Array(k);
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const w = weights ? (weights[r] ?? 0) : 1;
    if (w === 0) continue;
    const row = rows[r] as readonly number[];
    n += w;
    for (let i = 0; i < k; i++) x[i] = row[i] as number;
    for (let i = 0; i < k; i++) {
      const xi = (x[i] as number) * w;
      sums[i] = (sums[i] as number) + xi;
      for (let j = i; j < k; j++) products[i * k + j] = (products[i * k + j] as number) + xi * (x[j] as number);
    }
  }
  const cov = Array.from({ length: k }, () => new Array<number>(k).fill(Number.NaN));
  if (n < 2) return cov;
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const value = (n * (products[i * k + j] as number) - (sums[i] as number) * (sums[j] as number)) / (n * (n - 1));
      (cov[i] as number[])[j] = value;
      (cov[j] as number[])[i] = value;
    }
  }
  return cov;
}

/** Σ_ij S_ij: the variance of the sum of the items. */
export function totalVariance(cov: Matrix): number {
  let total = 0;
  for (const line of cov) for (const value of line) total += value;
  return total;
}

/** The matrix without item `drop`. */
export function without(cov: Matrix, drop: number): number[][] {
  return cov.filter((_, i) => i !== drop).map((line) => line.filter((_, j) => j !== drop));
}
