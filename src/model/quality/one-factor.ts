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
 * Each EM step raises the likelihood; the steps are accelerated and the fit stops on the gradient
 * (`fitOneFactor`), and it is run from several starts because with a floor on ψ the likelihood
 * can have more than one optimum.
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
const TOLERANCE = 1e-8;
const MAX_ITERATIONS = 5000;

/**
 * The start: loadings from the first principal component of S (power iteration), λ = √(e₁) v₁,
 * with ψ = S_ii − λ_i² (at least the floor).
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

/** The parameters (λ₁…λ_k, ψ₁…ψ_k) in one array. */
type Theta = Float64Array;

/**
 * The ML discrepancy F = ln|Σ| + tr(S Σ⁻¹) of Σ = λλᵀ + Ψ, and its gradient projected on the
 * floor of ψ, in closed form for one factor in O(k²): with a = Ψ⁻¹λ, d = 1 + λᵀa and b = Sa,
 * Σ⁻¹ = Ψ⁻¹ − aaᵀ / d (Woodbury), so ln|Σ| = Σ ln ψ_i + ln d and tr(SΣ⁻¹) = Σ S_ii / ψ_i − aᵀb / d.
 * With G = Σ⁻¹ − Σ⁻¹SΣ⁻¹: ∂F/∂λ = 2Gλ = 2(a − Σ⁻¹b) / d, and ∂F/∂ψ_i = G_ii =
 * Σ⁻¹_ii − S_ii / ψ_i² + 2 a_i b_i / (d ψ_i) − a_i² aᵀb / d². The gradient is returned as its
 * largest entry in the item's units (λ_i times its SD, ψ_i times its variance), so one tolerance
 * serves every scale; an entry pushing ψ_i below its floor while it is there does not count.
 */
function discrepancy(S: Float64Array, variance: Float64Array, theta: Theta, k: number, floor: Float64Array): { value: number; gradient: number } {
  const a = new Float64Array(k);
  const b = new Float64Array(k);
  let d = 1;
  let logPsi = 0;
  let traceOverPsi = 0;
  for (let i = 0; i < k; i++) {
    const psi = theta[k + i] as number;
    a[i] = (theta[i] as number) / psi;
    d += (theta[i] as number) * (a[i] as number);
    logPsi += Math.log(psi);
    traceOverPsi += (variance[i] as number) / psi;
  }
  let aSa = 0;
  for (let i = 0; i < k; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += (S[i * k + j] as number) * (a[j] as number);
    b[i] = sum;
    aSa += (a[i] as number) * sum;
  }
  let gradient = 0;
  for (let i = 0; i < k; i++) {
    const psi = theta[k + i] as number;
    const ai = a[i] as number;
    const bi = b[i] as number;
    // (Σ⁻¹b)_i = b_i / ψ_i − a_i (aᵀb) / d
    const gLambda = (2 * (ai - (bi / psi - (ai * aSa) / d))) / d;
    const gPsi = 1 / psi - (ai * ai) / d - (variance[i] as number) / (psi * psi) + (2 * ai * bi) / (d * psi) - (ai * ai * aSa) / (d * d);
    const atFloor = psi <= (floor[i] as number) && gPsi > 0;
    gradient = Math.max(gradient, Math.abs(gLambda) * Math.sqrt(variance[i] as number), atFloor ? 0 : Math.abs(gPsi) * (variance[i] as number));
  }
  return { value: logPsi + Math.log(d) + traceOverPsi - aSa / d, gradient };
}

/**
 * One EM step (Rubin & Thayer 1982) for one factor, written into `out`:
 *   a = λ / ψ, β = a / (1 + λᵀa), c = Sβ, C = 1 − βᵀλ + βᵀc, λ' = c / C, ψ'_i = S_ii − λ'_i c_i
 * with ψ' kept at or above the floor.
 */
function emStep(S: Float64Array, variance: Float64Array, floor: Float64Array, theta: Theta, out: Theta, k: number): void {
  const beta = new Float64Array(k);
  let lambdaA = 0;
  for (let i = 0; i < k; i++) {
    beta[i] = (theta[i] as number) / (theta[k + i] as number);
    lambdaA += (theta[i] as number) * (beta[i] as number);
  }
  let betaLambda = 0;
  for (let i = 0; i < k; i++) {
    beta[i] = (beta[i] as number) / (1 + lambdaA);
    betaLambda += (beta[i] as number) * (theta[i] as number);
  }
  const c = new Float64Array(k);
  let betaC = 0;
  for (let i = 0; i < k; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += (S[i * k + j] as number) * (beta[j] as number);
    c[i] = sum;
    betaC += (beta[i] as number) * sum;
  }
  const factorVariance = 1 - betaLambda + betaC;
  for (let i = 0; i < k; i++) {
    const loading = (c[i] as number) / factorVariance;
    out[i] = loading;
    out[k + i] = Math.max(floor[i] as number, (variance[i] as number) - loading * (c[i] as number));
  }
}

/**
 * Fits the one-factor model to the covariance matrix `cov` (k ≥ 3 items, each with variance > 0),
 * from `start` when given. EM alone creeps for hundreds of thousands of steps near a Heywood case
 * while each step is tiny, so (1) it is accelerated by SQUAREM (Varadhan & Roland 2008, scheme S3):
 * from θ₀ two EM steps give r = θ₁ − θ₀ and v = θ₂ − 2θ₁ + θ₀, the step length is
 * α = −max(1, ‖r‖ / ‖v‖), the extrapolated θ₀ − 2αr + α²v (ψ kept at its floor) gets one
 * EM step more, and is taken only when F is no worse than at θ₂; and (2) it stops on the
 * gradient of F (largest scaled entry below the tolerance, 1e-8), never on a small step; and (3)
 * it runs from several starts and keeps the lowest F: with `start` (a bootstrap resample, started
 * from the full data's fit) three, else k + 2, one per statement that starts it as nearly
 * perfect, where another optimum with that statement at its floor may lie.
 * Returns null when it cannot be fitted: fewer than 3 items (one factor is not identified with
 * two), an item without variance, or a matrix that is not finite.
 */
export function fitOneFactor(cov: Matrix, start?: Pick<OneFactorFit, 'loadings' | 'uniquenesses'>, settings: FitSettings = {}): OneFactorFit | null {
  const k = cov.length;
  if (k < 3) return null;
  if (!cov.every((line) => line.length === k && line.every(Number.isFinite))) return null;
  if (!cov.every((line, i) => (line[i] as number) > 0)) return null;
  const principal = principalStart(cov);
  const sign = (i: number) => (principal.loadings[i] ?? 0) < 0 ? -1 : 1;
  const withShare = (share: (i: number) => number) => ({
    loadings: cov.map((line, i) => sign(i) * Math.sqrt(share(i) * (line[i] as number))),
    uniquenesses: cov.map((line, i) => (1 - share(i)) * (line[i] as number)),
  });
  const starts = start
    ? [start, principal, withShare(() => 0.5)]
    : [principal, withShare(() => 0.5), ...cov.map((_, item) => withShare((i) => (i === item ? 0.95 : 0.5)))];
  let best: FitResult | null = null;
  for (const from of starts) {
    const result = fitFrom(cov, from, settings);
    if (result && (best === null || result.discrepancy < best.discrepancy - 1e-12)) best = result;
  }
  return best?.fit ?? null;
}

interface FitResult {
  readonly fit: OneFactorFit;
  readonly discrepancy: number;
}

function fitFrom(cov: Matrix, first: Pick<OneFactorFit, 'loadings' | 'uniquenesses'>, settings: FitSettings): FitResult | null {
  const k = cov.length;
  if (k < 3) return null;
  if (!cov.every((line) => line.length === k && line.every(Number.isFinite))) return null;
  const maxIterations = settings.maxIterations ?? MAX_ITERATIONS;
  const tolerance = settings.tolerance ?? TOLERANCE;
  const S = Float64Array.from(cov.flat());
  const variance = new Float64Array(k);
  for (let i = 0; i < k; i++) variance[i] = S[i * k + i] as number;
  if (!variance.every((v) => v > 0)) return null;
  const floor = variance.map((v) => UNIQUENESS_FLOOR * v);
  let theta: Theta = new Float64Array(2 * k);
  for (let i = 0; i < k; i++) {
    theta[i] = first.loadings[i] ?? 0;
    theta[k + i] = Math.max(first.uniquenesses[i] ?? 0, floor[i] as number);
  }
  const one = new Float64Array(2 * k);
  const two = new Float64Array(2 * k);
  const jump = new Float64Array(2 * k);
  const stable = new Float64Array(2 * k);
  let fit = discrepancy(S, variance, theta, k, floor);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (fit.gradient < tolerance) return done(theta, k, iteration, true, fit.value);
    emStep(S, variance, floor, theta, one, k);
    emStep(S, variance, floor, one, two, k);
    let rr = 0;
    let vv = 0;
    for (let p = 0; p < 2 * k; p++) {
      const r = (one[p] as number) - (theta[p] as number);
      const v = (two[p] as number) - 2 * (one[p] as number) + (theta[p] as number);
      rr += r * r;
      vv += v * v;
    }
    const alpha = vv > 0 ? -Math.sqrt(rr / vv) : -1;
    const step = Math.min(-1, alpha);
    for (let p = 0; p < 2 * k; p++) {
      const r = (one[p] as number) - (theta[p] as number);
      const v = (two[p] as number) - 2 * (one[p] as number) + (theta[p] as number);
      jump[p] = (theta[p] as number) - 2 * step * r + step * step * v;
      if (p >= k) jump[p] = Math.max(floor[p - k] as number, jump[p] as number);
    }
    emStep(S, variance, floor, jump, stable, k);
    const atTwo = discrepancy(S, variance, two, k, floor);
    const atJump = discrepancy(S, variance, stable, k, floor);
    const better = Number.isFinite(atJump.value) && atJump.value <= atTwo.value;
    theta = Float64Array.from(better ? stable : two);
    fit = better ? atJump : atTwo;
    if (!Number.isFinite(fit.value)) return null;
  }
  return done(theta, k, maxIterations, fit.gradient < tolerance, fit.value);
}

function done(theta: Theta, k: number, iterations: number, converged: boolean, discrepancy: number): FitResult {
  return { fit: { loadings: orient([...theta.slice(0, k)]), uniquenesses: [...theta.slice(k)], iterations, converged }, discrepancy };
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
