import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../instruments/types';
import { aggregateTeam, scaleSummary } from './aggregate';
import { scoreInstrument } from '../scoring/score';
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

/** How many shown profiles the checks saw: a property that only ever met hidden profiles would prove nothing. */
let shownChecked = 0;
function ifShown(profile: TeamProfile, check: (p: Flat) => void): void {
  if (profile.status !== 'shown') return;
  shownChecked += 1;
  check(flatten(profile));
}

describe('aggregateTeam properties', () => {
  it('gives each scale the mean of the members\' own scale scores, as each member sees them', () => {
    fc.assert(
      fc.property(teamArb, (sets) =>
        ifShown(aggregateTeam(FIXTURE, sets, { minRespondents: 3 }), (p) => {
          const own = sets.map((answers) => scoreInstrument(FIXTURE, answers)).filter((score) => score.complete);
          expect(own).toHaveLength(p.count);
          FIXTURE.scales.forEach((scale, i) => {
            const scores = own.map((score) => score.scales[i]?.score ?? Number.NaN);
            const expected = scores.reduce((sum, x) => sum + x, 0) / scores.length;
            expect(scaleSummary(p, scale.id).centre).toBeCloseTo(expected, 9);
          });
          expect(p.centre).toEqual({ support: scaleSummary(p, 'support').centre, expectations: scaleSummary(p, 'expectations').centre });
        }),
      ),
    );
    expect(shownChecked).toBeGreaterThan(20);
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
