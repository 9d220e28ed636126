import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../instruments/types';
import { aggregateTeam, scaleSummary } from './aggregate';
import { statementDistribution } from './distribution';
import { FIXTURE } from './test-fixture';
import type { Axis } from '../instruments/types';
import type { AxisAgreement, ShownTeamProfile, TeamProfile, TeamWindow } from './types';

/** A shown profile with its window and the window scales' agreement flattened, for short assertions. */
type Flat = ShownTeamProfile & TeamWindow & { agreement: Record<Axis, AxisAgreement> };
function flatten(profile: ShownTeamProfile): Flat {
  if (!profile.window) throw new Error('expected a window');
  const agreement = { support: scaleSummary(profile, 'support').agreement, expectations: scaleSummary(profile, 'expectations').agreement };
  return { ...profile, ...profile.window, agreement };
}


/** One member's answers: each statement answered 1–5, or (one time in six) left open. */
const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(...FIXTURE.items.map(() => fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5), { freq: 5 })))
  .map((values) => {
    const answers: Record<string, AnswerValue> = {};
    FIXTURE.items.forEach((item, i) => {
      const value = values[i];
      if (value !== null && value !== undefined) answers[item.id] = value;
    });
    return answers;
  });

const teamArb = fc.array(answersArb, { minLength: 0, maxLength: 15 });
const minArb = fc.integer({ min: -2, max: 8 });

function ifShown(profile: TeamProfile, check: (p: Flat) => void): void {
  if (profile.status === 'shown') check(flatten(profile));
}

describe('aggregateTeam properties', () => {
  it('puts the centre within the range of the dots', () => {
    fc.assert(
      fc.property(teamArb, (sets) =>
        ifShown(aggregateTeam(FIXTURE, sets, { minRespondents: 3 }), (p) => {
          for (const axis of ['support', 'expectations'] as const) {
            const values = p.dots.map((d) => d[axis]);
            expect(p.centre[axis]).toBeGreaterThanOrEqual(Math.min(...values));
            expect(p.centre[axis]).toBeLessThanOrEqual(Math.max(...values));
          }
        }),
      ),
    );
  });

  it('keeps radar min ≤ mean ≤ max, with means summing to 1', () => {
    fc.assert(
      fc.property(teamArb, (sets) =>
        ifShown(aggregateTeam(FIXTURE, sets, { minRespondents: 3 }), (p) => {
          for (const r of p.radar) {
            expect(r.min).toBeLessThanOrEqual(r.mean);
            expect(r.mean).toBeLessThanOrEqual(r.max);
          }
          expect(p.radar.reduce((sum, r) => sum + r.mean, 0)).toBeCloseTo(1, 9);
        }),
      ),
    );
  });

  it('keeps rwg in [0, 1], the ellipse well-formed and the dots sorted', () => {
    fc.assert(
      fc.property(teamArb, (sets) =>
        ifShown(aggregateTeam(FIXTURE, sets, { minRespondents: 3 }), (p) => {
          for (const axis of ['support', 'expectations'] as const) {
            expect(p.agreement[axis].rwg).toBeGreaterThanOrEqual(0);
            expect(p.agreement[axis].rwg).toBeLessThanOrEqual(1);
          }
          const { rx, ry, angle } = p.spread.ellipse;
          expect(rx).toBeGreaterThanOrEqual(ry);
          expect(ry).toBeGreaterThanOrEqual(0);
          expect(angle).toBeGreaterThan(-90);
          expect(angle).toBeLessThanOrEqual(90);
          for (let i = 1; i < p.dots.length; i++) {
            const [a, b] = [p.dots[i - 1], p.dots[i]];
            expect(a && b && (a.support < b.support || (a.support === b.support && a.expectations <= b.expectations))).toBe(true);
          }
          expect(p.disagreement.length).toBeLessThanOrEqual(3);
        }),
      ),
    );
  });

  it('gives exactly the same profile and distribution for any order of hand-in (anonymity)', () => {
    const permuted = teamArb.chain((sets) =>
      fc.tuple(fc.constant(sets), fc.shuffledSubarray(sets, { minLength: sets.length, maxLength: sets.length })),
    );
    fc.assert(
      fc.property(permuted, minArb, ([sets, shuffled], min) => {
        expect(aggregateTeam(FIXTURE, shuffled, { minRespondents: min })).toStrictEqual(
          aggregateTeam(FIXTURE, sets, { minRespondents: min }),
        );
        expect(statementDistribution(FIXTURE, shuffled, min)).toStrictEqual(statementDistribution(FIXTURE, sets, min));
      }),
    );
  });

  it('hides everything but the count below the (clamped) minimum', () => {
    fc.assert(
      fc.property(teamArb, minArb, (sets, min) => {
        const profile = aggregateTeam(FIXTURE, sets, { minRespondents: min });
        expect(profile.minRespondents).toBe(Math.max(3, min));
        if (profile.count < profile.minRespondents) {
          expect(Object.keys(profile).sort()).toEqual(['count', 'minRespondents', 'status']);
          expect(statementDistribution(FIXTURE, sets, min)).toBeNull();
        } else {
          expect(profile.status).toBe('shown');
        }
      }),
    );
  });
});
