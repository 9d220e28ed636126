import { canonicalRows, omegaEstimate, quantileSorted } from './bootstrap';
import { covarianceMatrix } from './covariance';
import { fitOneFactor, omegaTotal, UNIQUENESS_FLOOR } from './one-factor';

/**
 * Reference values: reference-values.py fits the same model by minimising the ML discrepancy
 * F = ln|Σ| + tr(SΣ⁻¹) directly with scipy's L-BFGS-B from five starts (the app uses EM with
 * SQUAREM acceleration from its own starts), with the same floor ψ_i ≥ 0.005 S_ii, and computes
 * ω = (Σλ)² / ((Σλ)² + Σψ) from that fit.
 */
const A = [
  [4, 5, 4, 4],
  [3, 3, 2, 3],
  [5, 4, 5, 5],
  [2, 2, 3, 2],
  [4, 4, 4, 3],
  [1, 2, 1, 2],
  [3, 4, 3, 4],
  [5, 5, 4, 5],
  [2, 3, 2, 1],
  [4, 3, 4, 4],
];

/** C: 40 people × 5 statements drawn once from a one-factor model (numpy seed 5, reference-values.py). */
const C = [[3, 3, 1, 3, 2], [2, 2, 1, 2, 2], [4, 2, 3, 2, 3], [3, 5, 4, 5, 4], [5, 5, 3, 4, 5], [3, 3, 3, 4, 3], [2, 3, 3, 2, 3], [1, 1, 1, 3, 2], [3, 3, 4, 3, 2], [5, 3, 4, 4, 4], [3, 4, 3, 2, 2], [2, 2, 2, 2, 2], [1, 2, 2, 2, 2], [5, 5, 3, 5, 4], [2, 4, 3, 3, 3], [1, 2, 3, 1, 2], [5, 2, 3, 3, 2], [1, 2, 3, 2, 2], [3, 3, 3, 3, 3], [4, 3, 3, 3, 2], [2, 3, 3, 4, 3], [2, 5, 4, 2, 5], [3, 1, 3, 2, 4], [2, 2, 2, 2, 2], [4, 4, 4, 2, 2], [4, 3, 3, 2, 5], [2, 1, 3, 3, 1], [2, 2, 3, 3, 3], [2, 4, 4, 2, 2], [5, 2, 2, 3, 3], [3, 2, 1, 3, 2], [5, 3, 2, 2, 4], [2, 1, 2, 3, 4], [2, 3, 3, 2, 3], [4, 4, 3, 3, 3], [3, 3, 2, 3, 3], [5, 2, 3, 3, 2], [3, 1, 2, 3, 1], [2, 4, 3, 2, 3], [2, 3, 3, 2, 2]];

/** D: 60 people × 4 statements (numpy seed 11): every bootstrap resample has one optimum (reference-values.py checks five starts each). */
const D = [[3, 4, 3, 3], [4, 3, 5, 4], [4, 4, 5, 4], [2, 3, 3, 4], [2, 3, 3, 3], [2, 3, 2, 3], [4, 2, 3, 2], [3, 4, 4, 2], [3, 4, 5, 4], [1, 2, 1, 2], [4, 5, 5, 4], [3, 2, 3, 4], [3, 3, 5, 4], [4, 3, 3, 2], [4, 4, 2, 2], [4, 3, 3, 3], [4, 4, 4, 4], [3, 3, 1, 2], [3, 2, 3, 3], [5, 4, 4, 3], [2, 2, 2, 2], [1, 2, 2, 2], [2, 3, 4, 4], [3, 2, 2, 4], [2, 3, 3, 1], [3, 3, 3, 3], [3, 3, 2, 3], [1, 2, 2, 3], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 3, 4], [2, 2, 3, 2], [3, 2, 2, 2], [4, 3, 3, 3], [3, 5, 3, 4], [3, 2, 3, 3], [4, 4, 4, 3], [4, 4, 4, 3], [3, 2, 2, 3], [3, 3, 2, 3], [3, 3, 3, 2], [3, 2, 3, 2], [3, 3, 5, 5], [2, 3, 2, 1], [3, 3, 2, 3], [3, 2, 1, 2], [1, 1, 2, 3], [3, 4, 4, 4], [4, 3, 4, 5], [3, 2, 3, 3], [5, 4, 5, 3], [4, 4, 3, 4], [4, 3, 4, 3], [2, 3, 4, 4], [4, 4, 4, 4], [3, 2, 2, 2], [3, 3, 5, 4], [3, 4, 3, 4], [1, 2, 1, 3], [3, 2, 3, 3]];

describe('the one-factor model and omega total', () => {
  it('recovers a matrix that is exactly one factor, and omega by hand', () => {
    // Σ = λλᵀ + Ψ with λ = (.8, .7, .6, .5), ψ = (.36, .51, .64, .75): unit variances.
    // ω = (Σλ)² / ((Σλ)² + Σψ) = 2.6² / (6.76 + 2.26) = 6.76 / 9.02 = 0.749445676…
    const lambda = [0.8, 0.7, 0.6, 0.5];
    const psi = [0.36, 0.51, 0.64, 0.75];
    const cov = lambda.map((li, i) => lambda.map((lj, j) => li * lj + (i === j ? (psi[i] as number) : 0)));
    const fit = fitOneFactor(cov);
    expect(fit?.converged).toBe(true);
    fit?.loadings.forEach((l, i) => expect(l).toBeCloseTo(lambda[i] as number, 6));
    fit?.uniquenesses.forEach((u, i) => expect(u).toBeCloseTo(psi[i] as number, 6));
    expect(omegaTotal(fit!)).toBeCloseTo(6.76 / 9.02, 7);
  });

  it('agrees with scipy on C, where no statement is at the floor', () => {
    const fit = fitOneFactor(covarianceMatrix(C, 5));
    // scipy: loadings 0.52097689 0.94158807 0.4853509 0.34761173 0.61293065,
    // uniquenesses 1.33819832 0.45700162 0.46956273 0.64775584 0.674957, omega 0.7022002821445497
    [0.52097689, 0.94158807, 0.4853509, 0.34761173, 0.61293065].forEach((l, i) => expect(fit?.loadings[i]).toBeCloseTo(l, 6));
    [1.33819832, 0.45700162, 0.46956273, 0.64775584, 0.674957].forEach((u, i) => expect(fit?.uniquenesses[i]).toBeCloseTo(u, 6));
    expect(omegaTotal(fit!)).toBeCloseTo(0.7022002821445497, 7);
  });

  it('agrees with scipy on A, where the first statement is a Heywood case held at the floor', () => {
    const cov = covarianceMatrix(A, 4);
    const fit = fitOneFactor(cov);
    // scipy: loadings 1.33418101 0.87313321 1.11445008 1.1737256, uniquenesses 0.00894444 (the floor,
    // 0.005 · 1.78889) 0.40430501 0.26911202 0.41125698, omega 0.9486637566512932
    expect(fit?.uniquenesses[0]).toBeCloseTo(UNIQUENESS_FLOOR * ((cov[0] as number[])[0] as number), 12);
    [1.33418101, 0.87313321, 1.11445008, 1.1737256].forEach((l, i) => expect(fit?.loadings[i]).toBeCloseTo(l, 6));
    expect(omegaTotal(fit!)).toBeCloseTo(0.9486637566512932, 7);
  });

  it('turns the factor so that the loadings sum to a positive number', () => {
    const fit = fitOneFactor(covarianceMatrix(C, 5));
    expect(fit?.loadings.every((l) => l > 0)).toBe(true);
  });

  it('is not fitted to fewer than three statements or a statement without variance', () => {
    expect(fitOneFactor(covarianceMatrix(A.map(([a, b]) => [a as number, b as number]), 2))).toBeNull();
    expect(fitOneFactor(covarianceMatrix(A.map(([a, b]) => [a as number, b as number, 3]), 3))).toBeNull();
  });
});

describe('the bootstrap interval of omega', () => {
  it('agrees with a Python port of the same resampling on D', () => {
    // reference-values.py: rows in lexicographic order, mulberry32 seeded 2024, 100 resamples of
    // n draws floor(u · n), each fitted with scipy, numpy's quantiles (type 7):
    // omega 0.8025953088732913, interval (0.7094402290112755, 0.8603397787545387).
    const estimate = omegaEstimate(D, 4, 'D', { resamples: 100, seed: 2024 });
    expect(estimate?.value).toBeCloseTo(0.8025953088732913, 7);
    expect(estimate?.lower).toBeCloseTo(0.7094402290112755, 6);
    expect(estimate?.upper).toBeCloseTo(0.8603397787545387, 6);
    expect(estimate?.n).toBe(60);
  });

  it('gives the same interval for the same people in any order, on every run', () => {
    const shuffled = [...C.slice(17), ...C.slice(0, 17).reverse()];
    const first = omegaEstimate(C, 5, 'scale', { resamples: 200 });
    expect(omegaEstimate(shuffled, 5, 'scale', { resamples: 200 })).toEqual(first);
    expect(omegaEstimate(C, 5, 'scale', { resamples: 200 })).toEqual(first);
    expect(first!.lower).toBeLessThan(first!.value);
    expect(first!.upper).toBeGreaterThan(first!.value);
  });

  it('orders rows by their answers and takes quantiles as numpy does', () => {
    expect(canonicalRows([[2, 1], [1, 5], [1, 2]])).toEqual([[1, 2], [1, 5], [2, 1]]);
    // numpy.quantile([1, 2, 3, 4], 0.025) = 1 + 0.075 · 1 = 1.075
    expect(quantileSorted([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12);
  });
});
