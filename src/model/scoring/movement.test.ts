import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_CHECK } from '../instruments/self-check';
import { isReliableChange, movementBetween, RELIABLE_CHANGE } from './movement';
import { scoreAnswers } from './score';
import type { Answers } from '../instruments/types';
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

describe('isReliableChange', () => {
  it('calls one changed answer no movement, whatever the answer', () => {
    const base = Object.fromEntries(SELF_CHECK.items.map((item) => [item.id, 3])) as Answers;
    for (const item of SELF_CHECK.items) {
      for (const value of [1, 2, 4, 5] as const) {
        const movement = movementBetween(scoreAnswers(SELF_CHECK, base), scoreAnswers(SELF_CHECK, { ...base, [item.id]: value }));
        expect(movement && isReliableChange(movement)).toBe(false);
      }
    }
  });

  it('calls a move of 20 points on one scale real, and 19 on both within noise', () => {
    expect(isReliableChange({ support: 20, expectations: 0, distance: 20 })).toBe(true);
    expect(isReliableChange({ support: 0, expectations: -20, distance: 20 })).toBe(true);
    expect(isReliableChange({ support: 19, expectations: -19, distance: 27 })).toBe(false);
    expect(RELIABLE_CHANGE).toBe(20);
  });
});
