import { describe, expect, it } from 'vitest';
import type { Answers } from '../instruments/types';
import { aggregateTeam, scaleSummary } from './aggregate';
import { FIXTURE, INCOMPLETE, keyedAnswers } from './test-fixture';
import type { Axis } from '../instruments/types';
import type { AxisAgreement, ShownTeamProfile, TeamProfile, TeamWindow } from './types';

/** A shown profile with its window and the window scales' agreement flattened, for short assertions. */
type Flat = ShownTeamProfile & TeamWindow & { agreement: Record<Axis, AxisAgreement> };
function flatten(profile: ShownTeamProfile): Flat {
  if (!profile.window) throw new Error('expected a window');
  const agreement = { support: scaleSummary(profile, 'support').agreement, expectations: scaleSummary(profile, 'expectations').agreement };
  return { ...profile, ...profile.window, agreement };
}


function shown(profile: TeamProfile): Flat {
  if (profile.status !== 'shown') throw new Error('expected a shown profile');
  return flatten(profile);
}

/** Points (0,0), (50,50), (100,100), (25,75), (75,25): hand-computed below. */
const FIVE = [keyedAnswers(1, 1), keyedAnswers(3, 3), keyedAnswers(5, 5), keyedAnswers(2, 4), keyedAnswers(4, 2)];

describe('aggregateTeam: centre, spread and radar on a hand-computed team', () => {
  const profile = shown(aggregateTeam(FIXTURE, FIVE, { minRespondents: 5 }));

  it('puts the centre at the mean of the points and in the middle zone', () => {
    expect(profile.count).toBe(5);
    expect(profile.incomplete).toBe(0);
    expect(profile.centre).toEqual({ support: 50, expectations: 50 });
    expect(profile.placement).toBe('between');
  });

  it('gives the sample SD per axis: √(6250 / 4) = 39.53', () => {
    expect(profile.spread.support).toBeCloseTo(Math.sqrt(1562.5), 10);
    expect(profile.spread.expectations).toBeCloseTo(Math.sqrt(1562.5), 10);
  });

  it('gives the 1-SD ellipse from the covariance matrix [[1562.5, 937.5], [937.5, 1562.5]]', () => {
    const { ellipse } = profile.spread;
    expect(ellipse.centre).toEqual(profile.centre);
    expect(ellipse.rx).toBeCloseTo(50, 10); // √2500
    expect(ellipse.ry).toBeCloseTo(25, 10); // √625
    expect(ellipse.angle).toBeCloseTo(45, 10);
  });

  it('gives the radar mean, lowest and highest of the members\' spokes from the statements', () => {
    expect(profile.radar.map((r) => r.mode)).toEqual(['MET', 'VOOR', 'NIET', 'DOOR']);
    // MET statements s1, s4 (support) and e1, e4 (expectations), all plus: raw mean (s + e) / 2,
    // spokes 0, 50, 100, 50, 50 for the five members.
    expect(profile.radar[0]).toMatchObject({ mode: 'MET', status: 'shown', n: 5, mean: 50, min: 0, max: 100 });
    // SD over the spokes: √((2500 + 0 + 2500 + 0 + 0) / 4).
    const met = profile.radar[0];
    expect(met?.status === 'shown' && met.sd).toBeCloseTo(Math.sqrt(1250), 10);
    // No statement of the fixture illustrates NIET: nobody has that spoke, so it is withheld, with nothing of its figures.
    expect(profile.radar[2]).toEqual({ mode: 'NIET', status: 'withheld' });
  });

  it('sorts the dots by support, then expectations, whatever the hand-in order', () => {
    expect(profile.dots).toEqual([
      { support: 0, expectations: 0 },
      { support: 25, expectations: 75 },
      { support: 50, expectations: 50 },
      { support: 75, expectations: 25 },
      { support: 100, expectations: 100 },
    ]);
  });

  it('finds no agreement on a team spread evenly from 1 to 5, but no split either', () => {
    // Every support statement has keyed answers 1, 3, 5, 2, 4: s² = 2.5, so r*wg(J) = 1 − 2.5 / 2.
    expect(profile.agreement.support).toEqual({ rwg: -0.25, band: 'none' });
  });
});

describe('aggregateTeam: agreement', () => {
  it('gives rwg = 1 and no spread when everyone answers the same', () => {
    const same = Array.from({ length: 5 }, () => keyedAnswers(4, 2));
    const profile = shown(aggregateTeam(FIXTURE, same, { minRespondents: 5 }));
    expect(profile.agreement.support).toEqual({ rwg: 1, band: 'high' });
    expect(profile.agreement.expectations).toEqual({ rwg: 1, band: 'high' });
    expect(profile.spread.support).toBe(0);
    expect(profile.spread.ellipse).toMatchObject({ rx: 0, ry: 0, angle: 0 });
    expect(profile.placement).toBe('VOOR');
    expect(profile.disagreement).toEqual([]);
  });

  it('says split when half answer all 1 and half all 5', () => {
    const split = [...Array.from({ length: 3 }, () => keyedAnswers(1, 1)), ...Array.from({ length: 3 }, () => keyedAnswers(5, 5))];
    const profile = shown(aggregateTeam(FIXTURE, split, { minRespondents: 5 }));
    // Every statement: s² = 6 · 4 / 5 = 4.8, so 1 − 4.8 / 2 = −1.4, and two clear camps.
    expect(profile.agreement.support).toEqual({ rwg: expect.closeTo(-1.4, 12), band: 'split' });
    expect(profile.agreement.expectations.band).toBe('split');
    expect(profile.spread.ellipse.angle).toBeCloseTo(45, 10);
  });
});

describe('aggregateTeam: disagreement', () => {
  it('ranks the split statement first, ties in item order', () => {
    const base = keyedAnswers(4, 4);
    const sets: Answers[] = [1, 1, 5, 5, 5].map((s2, i) => ({
      ...base,
      s2: s2 as 1 | 5,
      e3: (i === 0 ? 2 : 4) as 2 | 4, // a small difference
      e1: (i === 4 ? 2 : 4) as 2 | 4, // the same difference, earlier in item order: a tie
    }));
    const profile = shown(aggregateTeam(FIXTURE, sets, { minRespondents: 5 }));
    expect(profile.disagreement.map((d) => d.itemId)).toEqual(['s2', 'e1', 'e3']);
    // s2: 1, 1, 5, 5, 5 → mean 3.4, Σ(x − x̄)² = 2·5.76 + 3·2.56 = 19.2, s = √4.8.
    expect(profile.disagreement[0]).toMatchObject({ itemId: 's2', n: 5 });
    expect(profile.disagreement[0]?.sd).toBeCloseTo(Math.sqrt(4.8), 12);
  });

  it('leaves out statements answered by fewer than the minimum', () => {
    const sets: Answers[] = [1, 5, 1, 5, 3].map((v, i) => {
      const rest = Object.fromEntries(Object.entries(keyedAnswers(3, 3)).filter(([id]) => id !== 's4'));
      return i < 2 ? { ...rest, s4: v as 1 | 5 } : rest;
    });
    const profile = shown(aggregateTeam(FIXTURE, sets, { minRespondents: 5 }));
    expect(profile.disagreement.find((d) => d.itemId === 's4')).toBeUndefined();
  });
});

describe('aggregateTeam: the anonymity threshold', () => {
  it('shows nothing but the count below the minimum', () => {
    const profile = aggregateTeam(FIXTURE, FIVE.slice(0, 4), { minRespondents: 5 });
    expect(profile).toEqual({ status: 'hidden', count: 4, minRespondents: 5 });
    expect(Object.keys(profile).sort()).toEqual(['count', 'minRespondents', 'status']);
  });

  it('never goes below 3', () => {
    expect(aggregateTeam(FIXTURE, FIVE.slice(0, 2), { minRespondents: 2 })).toEqual({
      status: 'hidden',
      count: 2,
      minRespondents: 3,
    });
    const three = aggregateTeam(FIXTURE, FIVE.slice(0, 3), { minRespondents: 2 });
    expect(three).toMatchObject({ status: 'shown', count: 3, minRespondents: 3 });
  });

  it('does not count incomplete results', () => {
    const four = [...FIVE.slice(0, 4), INCOMPLETE];
    expect(aggregateTeam(FIXTURE, four, { minRespondents: 5 })).toEqual({
      status: 'hidden',
      count: 4,
      minRespondents: 5,
    });
    const profile = shown(aggregateTeam(FIXTURE, [INCOMPLETE, ...FIVE], { minRespondents: 5 }));
    expect(profile.count).toBe(5);
    expect(profile.incomplete).toBe(1);
    expect(profile.centre).toEqual({ support: 50, expectations: 50 });
  });
});
