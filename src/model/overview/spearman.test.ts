import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from './spearman';

/*
 * Expected values worked out by hand (ranks, then Pearson on the ranks, written out below) and
 * checked against scipy.stats.spearmanr 1.x, which gives the same numbers to 15 digits.
 */
describe("Spearman's rank correlation", () => {
  it('gives tied values the average of their ranks', () => {
    // 3 is lowest (1), the two 5s share places 2 and 3 (2.5 each), 9 is fourth.
    expect(averageRanks([3, 5, 5, 9])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
  });

  it('agrees with the classic formula without ties: 1 − 6·Σd²/(n(n²−1)) = 1 − 6·4/120 = 0.8', () => {
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });

  it('with a tie on one side: ranks x 1, 2.5, 2.5, 4 and y 1, 3, 2, 4 give 4.5/√(4.5·5) = 3/√10', () => {
    expect(spearman([10, 20, 20, 30], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('eight teams with ties on both sides: Σ = 37.75, Σdx² = Σdy² = 41.5, so ρ = 37.75/41.5', () => {
    // x ranks 4, 5.5, 2, 8, 5.5, 3, 7, 1; y ranks 3, 7, 2, 8, 4.5, 4.5, 6, 1 (mean 4.5 each).
    const support = [55.2, 61.0, 48.3, 70.1, 61.0, 52.4, 66.7, 45.0];
    const purpose = [50, 62, 48, 71, 58, 58, 60, 41];
    expect(spearman(support, purpose)).toBeCloseTo(37.75 / 41.5, 12);
    expect(spearman(support, purpose)).toBeCloseTo(0.9096385542168675, 12);
  });

  it('is −1 for a reversed order and 0 for a balanced one, and null without an order to compare', () => {
    expect(spearman([1, 2, 2, 3], [3, 2, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 1, 2, 2], [1, 2, 1, 2])).toBeCloseTo(0, 12);
    expect(spearman([4, 4, 4], [1, 2, 3])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });
});
