import { covarianceMatrix } from './covariance';
import { alphaEstimate, cronbachAlpha, feldtInterval, itemRest } from './reliability';

/**
 * H: 4 people × 3 keyed statements, computed by hand.
 *   item means 2.5, 3, 3; variances (n − 1): 5/3, 4/3, 8/3 (Σ = 17/3)
 *   sum scores 4, 7, 10, 13: mean 8.5, variance (20.25 + 2.25 + 2.25 + 20.25) / 3 = 15
 *   α = 3/2 · (1 − (17/3) / 15) = 3/2 · 28/45 = 14/15 = 0.9333…
 *   Feldt with d1 = 3, d2 = 6: F.975 = 6.598798521956471, F.025 = 0.06786692300241533 (scipy)
 *   lower = 1 − (1/15) · 6.5988 = 0.56008, upper = 1 − (1/15) · 0.067867 = 0.99548
 *   item 1 against the rest (items 2 + 3 = 3, 5, 7, 9): cov = (4.5 + 0.5 + 0.5 + 4.5) / 3 = 10/3,
 *   var(rest) = 20/3, r = (10/3) / √(5/3 · 20/3) = 1; alpha of items 2 and 3: cov 4/3,
 *   2 · (1 − (4/3 + 8/3) / (4/3 + 8/3 + 2 · 4/3)) = 0.8.
 * The same numbers, and those of A, from numpy (reference-values.py: np.var / np.corrcoef of the
 * item with the summed other items, and scipy.stats.f.ppf).
 */
const H = [
  [1, 2, 1],
  [2, 2, 3],
  [3, 4, 3],
  [4, 4, 5],
];

/** A: 10 people × 4 statements, a fixed made-up set. */
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

describe("Cronbach's alpha and its Feldt interval", () => {
  it('agrees with the hand computation of H', () => {
    const estimate = alphaEstimate(covarianceMatrix(H, 3), 4);
    expect(estimate?.value).toBeCloseTo(14 / 15, 12);
    expect(estimate?.lower).toBeCloseTo(0.5600800985362353, 9);
    expect(estimate?.upper).toBeCloseTo(0.9954755384665056, 9);
    expect(estimate?.n).toBe(4);
  });

  it('agrees with numpy and scipy on A', () => {
    const estimate = alphaEstimate(covarianceMatrix(A, 4), 10);
    // numpy: 0.9384534455549709; Feldt (0.8380799033208999, 0.9828295790657431)
    expect(estimate?.value).toBeCloseTo(0.9384534455549709, 12);
    expect(estimate?.lower).toBeCloseTo(0.8380799033208999, 9);
    expect(estimate?.upper).toBeCloseTo(0.9828295790657431, 9);
  });

  it('is 1 when every statement gives the same answers, and absent without variance', () => {
    expect(cronbachAlpha(covarianceMatrix([[1, 1, 1], [3, 3, 3], [5, 5, 5]], 3))).toBeCloseTo(1, 12);
    expect(cronbachAlpha(covarianceMatrix([[2, 2, 2], [2, 2, 2], [2, 2, 2]], 3))).toBeNull();
    expect(alphaEstimate(covarianceMatrix([[1, 2], [2, 3]], 2), 2)).toBeNull();
  });

  it('narrows its interval as n grows, around the same alpha', () => {
    const small = feldtInterval(0.8, 30, 6);
    const large = feldtInterval(0.8, 300, 6);
    expect(large.upper - large.lower).toBeLessThan((small.upper - small.lower) / 2.5);
    expect(small.lower).toBeLessThan(0.8);
    expect(small.upper).toBeGreaterThan(0.8);
  });
});

describe('item–rest correlations', () => {
  it('agree with the hand computation and numpy on H', () => {
    const items = itemRest(covarianceMatrix(H, 3));
    // numpy: r = 1.0, 0.8, 0.8574929257125441; alpha if deleted 0.8, 0.96, 0.9411764705882353
    expect(items.map((i) => i.r)).toEqual([expect.closeTo(1, 12), expect.closeTo(0.8, 12), expect.closeTo(0.8574929257125441, 12)]);
    expect(items.map((i) => i.alphaIfDeleted)).toEqual([expect.closeTo(0.8, 12), expect.closeTo(0.96, 12), expect.closeTo(0.9411764705882353, 12)]);
  });

  it('agree with numpy on A', () => {
    const items = itemRest(covarianceMatrix(A, 4));
    const expected = [
      [0.9566600114396133, 0.8846938775510204],
      [0.7772382162991882, 0.9441747572815534],
      [0.8445757673574376, 0.9224526600541028],
      [0.8553393193175258, 0.9201923076923078],
    ];
    items.forEach((item, i) => {
      expect(item.r).toBeCloseTo(expected[i]?.[0] as number, 12);
      expect(item.alphaIfDeleted).toBeCloseTo(expected[i]?.[1] as number, 12);
    });
  });

  it('shows a statement answered the other way round as a negative correlation', () => {
    // Statement 3 is the mirror image of the others: it was not reversed.
    const rows = A.map(([a, b, c]) => [a as number, b as number, 6 - (c as number)]);
    expect(itemRest(covarianceMatrix(rows, 3))[2]?.r).toBeLessThan(-0.7);
  });

  it('has no correlation for a statement everyone answered alike', () => {
    const rows = A.map(([a, b]) => [a as number, b as number, 3]);
    expect(itemRest(covarianceMatrix(rows, 3))[2]?.r).toBeNull();
  });
});

describe('the covariance matrix', () => {
  it('does not depend on the order of the people', () => {
    expect(covarianceMatrix([...A].reverse(), 4)).toEqual(covarianceMatrix(A, 4));
  });

  it('of a resample with counts is the matrix of the rows repeated', () => {
    const weights = [2, 0, 1, 3, 0, 1, 1, 0, 2, 0];
    const repeated = A.flatMap((row, r) => Array.from({ length: weights[r] as number }, () => row));
    expect(covarianceMatrix(A, 4, weights)).toEqual(covarianceMatrix(repeated, 4));
  });
});
