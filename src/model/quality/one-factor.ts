import type { Matrix } from './covariance';

/**
 * A one-factor model fitted by maximum likelihood, and McDonald's omega total from it
 * (docs/quality.md §3). The model: S ≈ Σ = λλᵀ + Ψ, one loading λ_i and one unique variance
 * ψ_i per statement, the factor's variance fixed at 1.
 *
 * Fitted by the EM algorithm for factor analysis (Rubin & Thayer 1982) on the covariance matrix.
 * With one factor Σ⁻¹ has a closed form (Woodbury), so a step needs no matrix inversion:
 *   a = λ / ψ, β = a / (1 + λᵀa)            (β = λᵀΣ⁻¹)
 *   c = Sβ, C = 1 − βᵀλ + βᵀc               (the expected factor variance given the data)
 *   λ' = c / C, ψ'_i = S_ii − λ'_i c_i
 * Every step raises the likelihood, so the fit never diverges; it stops when no loading moves more
 * than 1e-9 of its item's SD and no unique variance more than 1e-9 of its item's variance.
 * ML is scale-free: fitting the covariance or the correlation matrix gives the same standardised
 * solution, and the covariance fit gives λ and ψ in answer points, which is what omega of the
 * unweighted sum score needs. A unique variance is kept at least 0.005 of its item's variance
 * (R's factanal keeps 0.005 on the correlation scale): a Heywood case (ψ → 0) then stays a
 * finite, nearly perfect item instead of stopping the fit.
 */

export interface OneFactorFit {
  readonly loadings: readonly number[];
  readonly uniquenesses: readonly number[];
  readonly iterations: number;
  readonly converged: boolean;
}

export const UNIQUENESS_FLOOR = 0.005;
const TOLERANCE = 1e-9;
const MAX_ITERATIONS = 20000;

/**
 * The start: loadings from the first principal component of S (power iteration), λ = √(e₁) v₁,
 * with ψ = S_ii − λ_i² (at least the floor). Unless `start` gives a fit to continue from (the
 * bootstrap starts each resample from the full data's solution).
 */
function principalStart(cov: Matrix): { loadings: number[]; uniquenesses: number[] } {
  const k = cov.length;
  let v = new Array<number>(k).fill(1 / Math.sqrt(k));
  let eigen = 0;
  for (let step = 0; step < 500; step++) {
    const next = cov.map((line) => line.reduce((sum, value, j) => sum + value * (v[j] as number), 0));
    const norm = Math.sqrt(next.reduce((sum, x) => sum + x * x, 0));
    if (!(norm > 0)) break;
    const moved = next.reduce((max, x, i) => Math.max(max, Math.abs(x / norm - (v[i] as number))), 0);
    v = next.map((x) => x / norm);
    eigen = norm;
    if (moved < 1e-12) break;
  }
  const loadings = v.map((x) => x * Math.sqrt(eigen));
  const uniquenesses = cov.map((line, i) => Math.max(UNIQUENESS_FLOOR * (line[i] as number), (line[i] as number) - (loadings[i] as number) ** 2));
  return { loadings, uniquenesses };
}

/** How a fit runs: the full data to the last digit, a bootstrap resample to what omega needs. */
export interface FitSettings {
  readonly maxIterations?: number;
  readonly tolerance?: number;
}

/**
 * Fits the one-factor model to the covariance matrix `cov` (k ≥ 3 items, each with variance > 0),
 * from `start` when given (the bootstrap starts each resample from the full data's fit).
 * Returns null when it cannot be fitted: fewer than 3 items (one factor is not identified with
 * two), an item without variance, or a matrix that is not finite.
 */
export function fitOneFactor(cov: Matrix, start?: Pick<OneFactorFit, 'loadings' | 'uniquenesses'>, settings: FitSettings = {}): OneFactorFit | null {
  const k = cov.length;
  if (k < 3) return null;
  if (!cov.every((line) => line.length === k && line.every(Number.isFinite))) return null;
  const maxIterations = settings.maxIterations ?? MAX_ITERATIONS;
  const tolerance = settings.tolerance ?? TOLERANCE;
  // Flat typed arrays and plain loops: a bootstrap runs this a thousand times per scale.
  const S = Float64Array.from(cov.flat());
  const variance = new Float64Array(k);
  for (let i = 0; i < k; i++) variance[i] = S[i * k + i] as number;
  if (!variance.every((v) => v > 0)) return null;
  const first = start ?? principalStart(cov);
  const loadings = Float64Array.from(first.loadings);
  const unique = Float64Array.from(first.uniquenesses, (u, i) => Math.max(u, UNIQUENESS_FLOOR * (variance[i] as number)));
  const beta = new Float64Array(k);
  const c = new Float64Array(k);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let lambdaA = 0;
    for (let i = 0; i < k; i++) {
      beta[i] = (loadings[i] as number) / (unique[i] as number);
      lambdaA += (loadings[i] as number) * (beta[i] as number);
    }
    const scale = 1 / (1 + lambdaA);
    let betaLambda = 0;
    for (let i = 0; i < k; i++) {
      beta[i] = (beta[i] as number) * scale;
      betaLambda += (beta[i] as number) * (loadings[i] as number);
    }
    let betaC = 0;
    for (let i = 0; i < k; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += (S[i * k + j] as number) * (beta[j] as number);
      c[i] = sum;
      betaC += (beta[i] as number) * sum;
    }
    const factorVariance = 1 - betaLambda + betaC;
    let moved = 0;
    for (let i = 0; i < k; i++) {
      const v = variance[i] as number;
      const loading = (c[i] as number) / factorVariance;
      const uniqueness = Math.max(UNIQUENESS_FLOOR * v, v - loading * (c[i] as number));
      moved = Math.max(moved, Math.abs(loading - (loadings[i] as number)) / Math.sqrt(v), Math.abs(uniqueness - (unique[i] as number)) / v);
      loadings[i] = loading;
      unique[i] = uniqueness;
    }
    if (!(moved < Infinity)) return null;
    if (moved < tolerance) return { loadings: orient([...loadings]), uniquenesses: [...unique], iterations: iteration, converged: true };
  }
  return { loadings: orient([...loadings]), uniquenesses: [...unique], iterations: maxIterations, converged: false };
}

/** The factor's sign is arbitrary: point it so that the loadings sum to a positive number. */
function orient(loadings: number[]): number[] {
  return loadings.reduce((sum, l) => sum + l, 0) < 0 ? loadings.map((l) => -l) : loadings;
}

/**
 * McDonald's (1999) omega total of the unweighted sum score: ω = (Σλ)² / ((Σλ)² + Σψ), the share
 * of the sum score's model-implied variance that the common factor explains.
 */
export function omegaTotal(fit: Pick<OneFactorFit, 'loadings' | 'uniquenesses'>): number {
  const common = fit.loadings.reduce((sum, l) => sum + l, 0) ** 2;
  const unique = fit.uniquenesses.reduce((sum, u) => sum + u, 0);
  return common / (common + unique);
}
