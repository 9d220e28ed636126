import { describe, expect, it } from 'vitest';
import { CHANCE_NAMED_MODE, chanceOfLead, leadNeeded, randomSpoke } from './chance-lead';

/** Every way n spokes of the given sizes can come out, by brute force: the check on the formula. */
function enumerated(counts: readonly number[], lead: number): number {
  const answers = counts.reduce((sum, n) => sum + n, 0);
  let hits = 0;
  for (let code = 0; code < 5 ** answers; code++) {
    let rest = code;
    const spokes = counts.map((n) => {
      let sum = 0;
      for (let k = 0; k < n; k++) {
        sum += rest % 5;
        rest = Math.floor(rest / 5);
      }
      return (sum / n) * 25;
    });
    const sorted = [...spokes].sort((a, b) => b - a);
    if ((sorted[0] ?? 0) - (sorted[1] ?? 0) >= lead - 1e-9) hits += 1;
  }
  return hits / 5 ** answers;
}

describe('randomSpoke', () => {
  it('is the exact distribution of a spoke of n random answers: mean 50, variance 2 · 625 / n', () => {
    for (const n of [1, 2, 3, 4]) {
      const outcomes = randomSpoke(n);
      const mean = outcomes.reduce((sum, o) => sum + o.value * o.chance, 0);
      const variance = outcomes.reduce((sum, o) => sum + (o.value - mean) ** 2 * o.chance, 0);
      expect(outcomes.reduce((sum, o) => sum + o.chance, 0)).toBeCloseTo(1, 12);
      expect(mean).toBeCloseTo(50, 10);
      expect(variance).toBeCloseTo((2 * 625) / n, 8);
    }
  });

  it('gives the difference of two 4-statement spokes an SD of 25 points', () => {
    const variance = randomSpoke(4).reduce((sum, o) => sum + (o.value - 50) ** 2 * o.chance, 0);
    expect(Math.sqrt(2 * variance)).toBeCloseTo(25, 10);
  });
});

describe('chanceOfLead', () => {
  it('agrees with counting every possible answer pattern', () => {
    for (const counts of [
      [1, 1, 1, 1],
      [1, 1, 2, 2],
      [2, 2, 2, 1],
    ]) {
      for (const lead of [12.5, 25, 37.5, 50, 75]) expect(chanceOfLead(counts, lead)).toBeCloseTo(enumerated(counts, lead), 12);
    }
  });

  it('with 4 statements per spoke: a 10-point lead comes from random answers 54 % of the time, 25 points 18 %, 31.25 points 9.4 %', () => {
    expect(chanceOfLead([4, 4, 4, 4], 10)).toBeCloseTo(0.5433, 4);
    expect(chanceOfLead([4, 4, 4, 4], 25)).toBeCloseTo(0.1846, 4);
    expect(chanceOfLead([4, 4, 4, 4], 31.25)).toBeCloseTo(0.0943, 4);
  });
});

describe('leadNeeded', () => {
  it('is the smallest lead random answers reach at most 10 % of the time: 31.25 points (5 answer steps) on 4 statements', () => {
    expect(CHANCE_NAMED_MODE).toBe(0.1);
    expect(leadNeeded([4, 4, 4, 4])).toBe(31.25);
    expect(chanceOfLead([4, 4, 4, 4], 31.25)).toBeLessThanOrEqual(0.1);
    // One answer step less is not rare enough.
    expect(chanceOfLead([4, 4, 4, 4], 31.25 - 6.25)).toBeGreaterThan(0.1);
  });

  it('asks for the same or a larger lead when spokes have one statement fewer, whatever their place', () => {
    const table = [
      [[3, 4, 4, 4], 31.25],
      [[3, 3, 4, 4], 33.33],
      [[3, 3, 3, 4], 35.42],
      [[3, 3, 3, 3], 41.67],
    ] as const;
    for (const [counts, needed] of table) {
      expect(leadNeeded(counts)).toBeCloseTo(needed, 2);
      expect(chanceOfLead(counts, leadNeeded(counts))).toBeLessThanOrEqual(0.1);
      expect(leadNeeded([...counts].reverse())).toBe(leadNeeded(counts));
    }
  });
});
