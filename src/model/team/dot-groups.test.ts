import { describe, expect, it } from 'vitest';
import { dotsPerRegion, groupDots } from './dot-groups';

describe('groupDots', () => {
  it('merges identical points into one dot with their count', () => {
    const groups = groupDots([
      { support: 75, expectations: 25 },
      { support: 20, expectations: 80 },
      { support: 75, expectations: 25 },
    ]);
    expect(groups).toEqual([
      { point: { support: 20, expectations: 80 }, count: 1 },
      { point: { support: 75, expectations: 25 }, count: 2 },
    ]);
  });

  it('merges points that round to the same whole point, at their mean', () => {
    const [group, ...rest] = groupDots([
      { support: 62.4, expectations: 40.2 },
      { support: 61.6, expectations: 39.8 },
    ]);
    expect(rest).toHaveLength(0);
    expect(group?.count).toBe(2);
    expect(group?.point.support).toBeCloseTo(62);
    expect(group?.point.expectations).toBeCloseTo(40);
  });

  it('keeps points a whole point apart as separate dots, and counts every dot once', () => {
    const dots = [
      { support: 50, expectations: 50 },
      { support: 51, expectations: 50 },
      { support: 50, expectations: 51 },
      { support: 50, expectations: 50 },
    ];
    const groups = groupDots(dots);
    expect(groups.map((g) => g.count)).toEqual([2, 1, 1]);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(dots.length);
  });

  it('gives nothing for no dots', () => {
    expect(groupDots([])).toEqual([]);
  });
});

describe('dotsPerRegion', () => {
  it('counts dots per mode and in the middle zone by the placement rule', () => {
    expect(
      dotsPerRegion([
        { support: 80, expectations: 80 }, // MET
        { support: 80, expectations: 20 }, // VOOR
        { support: 20, expectations: 20 }, // NIET
        { support: 20, expectations: 80 }, // DOOR
        { support: 55, expectations: 90 }, // support in the middle zone
        { support: 90, expectations: 85 }, // MET
      ]),
    ).toEqual({ MET: 2, VOOR: 1, NIET: 1, DOOR: 1, between: 1 });
  });
});
