import { describe, expect, it } from 'vitest';
import { seeded } from '../testing/seeded';
import { clampMinRespondents } from './anonymity';
import { covarianceEllipse } from './ellipse';
import { mean, orderFreeSum, range, sampleCovariance, sampleSd, sampleVariance, sortByDistinct } from './statistics';

describe('statistics', () => {
  it('computes mean, sample variance and SD with n − 1', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 12);
    expect(sampleSd([1, 1, 1])).toBe(0);
    expect(sampleVariance([3])).toBe(0);
    expect(sampleCovariance([1, 2, 3], [6, 4, 2])).toBe(-2);
  });

  it('gives the same sum for every order of hand-in, where plain addition does not', () => {
    const values = [0.1, 0.7, 1e16, -1e16, 0.2];
    const permutations = (list: readonly number[]): number[][] =>
      list.length <= 1 ? [[...list]] : list.flatMap((v, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((p) => [v, ...p]));
    const all = permutations(values);
    const plain = new Set(all.map((p) => p.reduce((sum, v) => sum + v, 0)));
    // The hazard is real: adding in hand-in order gives several different totals…
    expect(plain.size).toBeGreaterThan(1);
    // …and the team's numbers must not betray the order, so every one of the 120 orders agrees.
    expect(new Set(all.map(orderFreeSum)).size).toBe(1);
  });

  it('adds whole numbers (answers, counts) without sorting and still exactly, in any order', () => {
    const answers = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 5) + 1);
    const sorted = [...answers].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0);
    expect(orderFreeSum(answers)).toBe(sorted);
    expect(orderFreeSum([...answers].reverse())).toBe(sorted);
    // A mix with fractions falls back to the sorted sum: the same total in another order.
    expect(orderFreeSum([3, 0.1, 2 ** 40, -(2 ** 40), 0.2])).toBe(orderFreeSum([0.2, -(2 ** 40), 3, 2 ** 40, 0.1]));
  });
});

describe('orderFreeSum', () => {
  it('is the exact sum, rounded once, for values no running float sum adds exactly', () => {
    // Multiples of 2^-40 over twelve orders of magnitude: BigInt gives their exact sum.
    const random = seeded(7);
    const SCALE = 2 ** 40;
    for (let run = 0; run < 200; run++) {
      const units = Array.from({ length: 50 }, () => BigInt(Math.round((random() - 0.5) * 2 ** (8 + Math.floor(random() * 40)))));
      const values = units.map((u) => Number(u) / SCALE);
      const exact = Number(units.reduce((a, b) => a + b, 0n)) / SCALE;
      expect(orderFreeSum(values)).toBe(exact);
      expect(orderFreeSum([...values].reverse())).toBe(exact);
    }
    // The classic: 0.1 + 0.2 + 0.3 run in order is 0.6000000000000001; the true sum of these doubles rounds to 0.6.
    expect(orderFreeSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(orderFreeSum([])).toBe(0);
  });
});

describe('a team of any size costs the same per result', () => {
  // Scores of 16 five-point statements take a few hundred values at most, whatever the team size.
  const scores = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7919) % 17) * 6.25);

  it('orders 100,000 results with the comparisons of their 17 distinct values', () => {
    let comparisons = 0;
    const ordered = sortByDistinct(scores(100_000), (v) => v, (a, b) => (comparisons++, a - b));
    expect(comparisons).toBeLessThan(17 * 5);
    expect(ordered).toHaveLength(100_000);
    expect(ordered.slice(0, 3)).toEqual([0, 0, 0]);
    expect(ordered.at(-1)).toBe(100);
    // Stable: equal keys keep their input order (what a stable sort promises downstream).
    const people = [{ k: 2, who: 'a' }, { k: 1, who: 'b' }, { k: 2, who: 'c' }, { k: 1, who: 'd' }];
    expect(sortByDistinct(people, (p) => p.k, (a, b) => a.k - b.k).map((p) => p.who)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('adds fractional scores of 100,000 results exactly as the sorted sum, and takes the range of 500,000 without overflowing the stack', () => {
    const values = scores(100_000);
    expect(orderFreeSum(values)).toBeCloseTo([...values].sort((a, b) => a - b).reduce((s, v) => s + v, 0), 6);
    expect(range(scores(500_000))).toEqual({ min: 0, max: 100 });
  });
});

describe('covarianceEllipse', () => {
  const centre = { support: 50, expectations: 50 };

  it('points along the diagonal for positively correlated dots', () => {
    const dots = [10, 30, 50, 70, 90].map((v, i) => ({ support: v, expectations: v + (i % 2 === 0 ? 2 : -2) }));
    const e = covarianceEllipse(centre, dots);
    expect(e.angle).toBeCloseTo(45, 0);
    expect(e.rx).toBeGreaterThan(e.ry);
  });

  it('points along the other diagonal for negatively correlated dots', () => {
    const dots = [10, 50, 90].map((v) => ({ support: v, expectations: 100 - v }));
    const e = covarianceEllipse(centre, dots);
    expect(e.angle).toBeCloseTo(-45, 10);
    expect(e.ry).toBe(0);
  });

  it('lies along an axis when only one coordinate varies', () => {
    const vertical = covarianceEllipse(centre, [20, 50, 80].map((v) => ({ support: 50, expectations: v })));
    expect(vertical.angle).toBe(90);
    expect(vertical.rx).toBeCloseTo(30, 10);
    const horizontal = covarianceEllipse(centre, [20, 50, 80].map((v) => ({ support: v, expectations: 50 })));
    expect(horizontal.angle).toBe(0);
  });
});

describe('clampMinRespondents', () => {
  it('never goes below 3 and survives nonsense', () => {
    expect(clampMinRespondents(2)).toBe(3);
    expect(clampMinRespondents(-10)).toBe(3);
    expect(clampMinRespondents(5)).toBe(5);
    expect(clampMinRespondents(4.2)).toBe(5);
    expect(clampMinRespondents(Number.NaN)).toBe(5);
  });
});
