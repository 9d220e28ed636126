import { describe, expect, it } from 'vitest';
import { compareMeans, earlierWorkshops } from './then-and-now';
import { selfCheckWorkshop } from './test-workshops';

describe('compareMeans', () => {
  it('calls a difference a change only beyond 1.96 · √(SD₁²/n₁ + SD₂²/n₂)', () => {
    // SD 10, n 4 on both sides: margin = 1.96 · √(25 + 25) = 13.86.
    const small = compareMeans({ mean: 50, sd: 10, n: 4 }, { mean: 63, sd: 10, n: 4 });
    expect(small.margin).toBeCloseTo(13.859, 3);
    expect(small.difference).toBe(13);
    expect(small.changed).toBe(false);
    const large = compareMeans({ mean: 50, sd: 10, n: 4 }, { mean: 35, sd: 10, n: 4 });
    expect(large.difference).toBe(-15);
    expect(large.changed).toBe(true);
  });

  it('needs a larger difference in a smaller or more divided team', () => {
    const team = (sd: number, n: number) => compareMeans({ mean: 50, sd, n }, { mean: 60, sd, n });
    expect(team(10, 20).changed).toBe(true);
    expect(team(10, 5).changed).toBe(false);
    expect(team(25, 20).changed).toBe(false);
  });

  it('never calls a change with fewer than two people on a side', () => {
    const one = compareMeans({ mean: 0, sd: 0, n: 1 }, { mean: 100, sd: 0, n: 8 });
    expect(one.margin).toBe(Number.POSITIVE_INFINITY);
    expect(one.changed).toBe(false);
  });
});

describe('earlierWorkshops', () => {
  it('offers only earlier workshops with the same questionnaires, newest first, never mixing demo and real', () => {
    const now = selfCheckWorkshop('ABCDEF', [], { id: 'now', createdAt: '2026-12-03T09:00:00.000Z' });
    const older = selfCheckWorkshop('ABCDEG', [], { id: 'old', createdAt: '2026-06-01T09:00:00.000Z' });
    const oldest = selfCheckWorkshop('ABCDEH', [], { id: 'oldest', createdAt: '2026-01-01T09:00:00.000Z' });
    const later = selfCheckWorkshop('ABCDEJ', [], { id: 'later', createdAt: '2027-01-01T09:00:00.000Z' });
    const otherVersion = selfCheckWorkshop('ABCDEK', [], { id: 'v1', createdAt: '2026-02-01T09:00:00.000Z', questionnaires: [{ instrumentId: 'self-check', instrumentVersion: 2 }] });
    const demo = selfCheckWorkshop('ABCDEM', [], { id: 'demo', createdAt: '2026-02-01T09:00:00.000Z', demo: true });
    expect(earlierWorkshops([oldest, later, now, otherVersion, demo, older], now).map((w) => w.id)).toEqual(['old', 'oldest']);
    expect(earlierWorkshops([oldest, now, demo], { ...now, demo: true }).map((w) => w.id)).toEqual(['demo']);
  });
});
