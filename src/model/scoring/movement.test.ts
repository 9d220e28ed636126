import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_CHECK } from '../instruments/self-check';
import { isNoticeable, movementBetween } from './movement';
import { scoreAnswers } from './score';
import type { SelfCheckScore } from './types';

function at(support: number, expectations: number, instrumentId = 'self-check'): SelfCheckScore {
  return { ...scoreAnswers(SELF_CHECK, {}), instrumentId, complete: true, point: { support, expectations } };
}

const coordinate = fc.double({ min: 0, max: 100, noNaN: true });

describe('movementBetween', () => {
  it('gives the change per axis and the distance, in whole points', () => {
    expect(movementBetween(at(40, 50), at(70, 90))).toEqual({ support: 30, expectations: 40, distance: 50 });
    expect(movementBetween(at(70, 90), at(40, 50))).toEqual({ support: -30, expectations: -40, distance: 50 });
  });

  it('rounds halves away from zero in both directions and never gives −0', () => {
    expect(movementBetween(at(50, 50), at(62.5, 37.5))).toEqual({ support: 13, expectations: -13, distance: 18 });
    const still = movementBetween(at(50, 50), at(49.8, 50.2));
    expect(Object.is(still?.support, -0)).toBe(false);
    expect(still).toEqual({ support: 0, expectations: 0, distance: 0 });
  });

  it('is null when either result is incomplete, or the instruments differ', () => {
    const incomplete = scoreAnswers(SELF_CHECK, {});
    expect(movementBetween(incomplete, at(50, 50))).toBeNull();
    expect(movementBetween(at(50, 50), incomplete)).toBeNull();
    expect(movementBetween(at(50, 50), at(60, 60, 'client-check'))).toBeNull();
  });

  it('is antisymmetric, with a distance between 0 and 142', () => {
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (a, b, c, d) => {
        const there = movementBetween(at(a, b), at(c, d));
        const back = movementBetween(at(c, d), at(a, b));
        expect(back?.support).toBe(-(there?.support ?? 0) + 0);
        expect(back?.expectations).toBe(-(there?.expectations ?? 0) + 0);
        expect(back?.distance).toBe(there?.distance);
        expect(there?.distance).toBeGreaterThanOrEqual(0);
        expect(there?.distance).toBeLessThanOrEqual(142);
      }),
    );
  });
});

describe('isNoticeable', () => {
  it('calls a move of less than 2 points "hardly moved"', () => {
    expect(isNoticeable({ support: 1, expectations: 1, distance: 1 })).toBe(false);
    expect(isNoticeable({ support: 2, expectations: 0, distance: 2 })).toBe(true);
  });
});
