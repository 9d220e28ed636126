import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_CHECK } from '../instruments/self-check';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { CHI_SQUARE_2DF_95, compareResults, isReliableChange, movementBetween, scaleSem } from './movement';
import { scoreAnswers } from './score';
import type { Answer, Answers } from '../instruments/types';
import type { SelfCheckScore } from './types';

const ALL = { plus: 4, minus: 4 };

/** A result at this point, with every statement answered unless `byKeying` says otherwise. */
function at(support: number, expectations: number, instrumentId = 'self-check', byKeying = ALL, instrumentVersion = 1): SelfCheckScore {
  const base = scoreAnswers(SELF_CHECK, {});
  return {
    ...base,
    instrumentId,
    instrumentVersion,
    complete: true,
    point: { support, expectations },
    support: { ...base.support, score: support, byKeying },
    expectations: { ...base.expectations, score: expectations, byKeying },
  };
}

const coordinate = fc.double({ min: 0, max: 100, noNaN: true });
const sizes = (m: ReturnType<typeof movementBetween>) => m && { support: m.support, expectations: m.expectations, distance: m.distance };

describe('movementBetween', () => {
  it('gives the change per axis and the distance, in whole points', () => {
    expect(sizes(movementBetween(at(40, 50), at(70, 90)))).toEqual({ support: 30, expectations: 40, distance: 50 });
    expect(sizes(movementBetween(at(70, 90), at(40, 50)))).toEqual({ support: -30, expectations: -40, distance: 50 });
  });

  it('rounds halves away from zero in both directions and never gives −0', () => {
    expect(sizes(movementBetween(at(50, 50), at(62.5, 37.5)))).toEqual({ support: 13, expectations: -13, distance: 18 });
    const still = movementBetween(at(50, 50), at(49.8, 50.2));
    expect(Object.is(still?.support, -0)).toBe(false);
    expect(sizes(still)).toEqual({ support: 0, expectations: 0, distance: 0 });
  });

  it('is null when either result is incomplete, the instruments differ or the versions differ', () => {
    const incomplete = scoreAnswers(SELF_CHECK, {});
    expect(movementBetween(incomplete, at(50, 50))).toBeNull();
    expect(movementBetween(at(50, 50), incomplete)).toBeNull();
    expect(movementBetween(at(50, 50), at(60, 60, 'client-check'))).toBeNull();
    expect(movementBetween(at(20, 20), at(90, 90, 'self-check', ALL, 2))).toBeNull();
  });

  it('is antisymmetric, with a distance between 0 and 142 and the same verdict both ways', () => {
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (a, b, c, d) => {
        const there = movementBetween(at(a, b), at(c, d));
        const back = movementBetween(at(c, d), at(a, b));
        expect(back?.support).toBe(-(there?.support ?? 0) + 0);
        expect(back?.expectations).toBe(-(there?.expectations ?? 0) + 0);
        expect(back?.distance).toBe(there?.distance);
        expect(back?.reliable).toBe(there?.reliable);
        expect(there?.distance).toBeGreaterThanOrEqual(0);
        expect(there?.distance).toBeLessThanOrEqual(142);
      }),
    );
  });
});

describe('compareResults', () => {
  it('puts a version-1 and a version-2 result side by side, never as a movement', () => {
    expect(compareResults(at(20, 20), at(90, 90, 'self-check', ALL, 2))).toEqual({ kind: 'versions', previousVersion: 1, currentVersion: 2 });
    expect(compareResults(at(20, 20), at(90, 90, 'client-check'))).toEqual({ kind: 'none' });
    expect(compareResults(at(20, 20), at(90, 90)).kind).toBe('movement');
  });
});

describe('the joint criterion', () => {
  it('uses the SEM of a keying-balanced score: 25 · √(0.75 / 4 · (1/k₊ + 1/k₋))', () => {
    expect(scaleSem({ plus: 4, minus: 4 })).toBeCloseTo(25 * Math.sqrt(0.75 / 8), 12);
    expect(scaleSem({ plus: 4, minus: 4 })).toBeCloseTo(7.65, 2);
    expect(scaleSem({ plus: 2, minus: 2 })).toBeCloseTo(10.83, 2);
    expect(scaleSem({ plus: 0, minus: 4 })).toBe(Infinity);
    expect(CHI_SQUARE_2DF_95).toBeCloseTo(5.9915, 4);
  });

  it('with every statement answered: 26.5 points on one scale alone, or 18.7 on both', () => {
    const movement = movementBetween(at(50, 50), at(60, 60));
    expect(movement?.needed.support).toBeCloseTo(26.50, 2);
    expect(movement?.needed.expectations).toBeCloseTo(26.50, 2);
    expect(movement?.needed.both).toBeCloseTo(18.74, 2);
    expect(movementBetween(at(50, 50), at(77, 50))?.reliable).toBe(true);
    expect(movementBetween(at(50, 50), at(76, 50))?.reliable).toBe(false);
    expect(movementBetween(at(50, 50), at(69, 31))?.reliable).toBe(true);
    expect(movementBetween(at(50, 50), at(68, 32))?.reliable).toBe(false);
    // The old rule (20 points on either scale) called this a move.
    expect(movementBetween(at(50, 50), at(70, 50))?.reliable).toBe(false);
  });

  it('asks more of a result with fewer statements answered', () => {
    const full = movementBetween(at(50, 50), at(75, 50));
    const fewer = movementBetween(at(50, 50), at(75, 50, 'self-check', { plus: 2, minus: 2 }));
    expect(fewer?.needed.support).toBeGreaterThan(full?.needed.support ?? Infinity);
    expect(fewer?.distanceSquared).toBeLessThan(full?.distanceSquared ?? 0);
  });

  it('calls one changed answer no movement, whatever the answer, with all or the fewest answers allowed', () => {
    for (const instrument of [SELF_CHECK, SELF_CHECK_V2]) {
      for (const value of [1, 3, 5] as const) {
        const full = Object.fromEntries(instrument.items.map((item) => [item.id, value])) as Answers;
        // Two of each keying per scale: the fewest the completeness rule allows.
        const seen = new Map<string, number>();
        const fewest = Object.fromEntries(
          instrument.items.flatMap((item) => {
            const key = `${item.scale}-${item.keying}`;
            const n = (seen.get(key) ?? 0) + 1;
            seen.set(key, n);
            return n <= 2 ? [[item.id, value as Answer]] : [];
          }),
        ) as Answers;
        for (const base of [full, fewest]) {
          for (const id of Object.keys(base)) {
            for (const other of [1, 2, 3, 4, 5] as const) {
              const movement = movementBetween(scoreAnswers(instrument, base), scoreAnswers(instrument, { ...base, [id]: other }));
              expect(movement && isReliableChange(movement)).toBe(false);
            }
          }
        }
      }
    }
  });
});
