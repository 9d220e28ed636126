import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { NOT_APPLICABLE } from '../instruments/types';
import type { Answer, AnswerValue, Answers } from '../instruments/types';
import { climateOfPerson } from './person';
import { climateOfTeam } from './team';
import { everywhere, keyedAnswers, randomAnswers, seeded } from './test-fixture';
import type { Keyed } from './test-fixture';
import type { ShownTeamClimate, TeamClimate } from './types';

const T = (m1: number, m2: number, m3: number, m4: number) => ((m1 * m2 * m3 * m4) ** 0.25 - 1) * 25;

function shown(climate: TeamClimate): ShownTeamClimate {
  if (climate.status !== 'shown') throw new Error('expected a shown team climate');
  return climate;
}

/** Answers whose keyed values on the named statements are as given (a `minus` statement gets 6 − v). */
function keyedItems(base: Answers, keyed: Readonly<Record<string, AnswerValue>>): Answers {
  const answers: Record<string, Answer> = { ...base };
  for (const [id, v] of Object.entries(keyed)) {
    const item = TEAM_CLIMATE.items.find((i) => i.id === id);
    if (!item) throw new Error(id);
    answers[id] = item.keying === 'plus' ? v : ((6 - v) as AnswerValue);
  }
  return answers;
}

const PURPOSE = ['c01', 'c11', 'c23', 'c08', 'c16', 'c28'] as const;
/** Purpose statements with the keyed values `values` (plus statements first), the rest keyed 4. */
const purposeKeyed = (values: readonly AnswerValue[]): Answers =>
  keyedItems(keyedAnswers(everywhere(4)), Object.fromEntries(PURPOSE.map((id, i) => [id, values[i] as AnswerValue])));

describe('climateOfTeam: a hand-computed team', () => {
  // Keyed values per member: purpose, cooperation, boundaries, reflection, energy.
  const rows: readonly (readonly [AnswerValue, AnswerValue, AnswerValue, AnswerValue, AnswerValue])[] = [
    [5, 4, 4, 2, 4],
    [4, 4, 4, 2, 4],
    [4, 3, 4, 2, 3],
    [5, 4, 3, 2, 4],
    [4, 4, 4, 2, 2],
  ];
  const team = rows.map(([purpose, cooperation, boundaries, reflection, energy]) =>
    keyedAnswers({ purpose, cooperation, boundaries, reflection, energy }),
  );
  const climate = shown(climateOfTeam(TEAM_CLIMATE, team, { minRespondents: 5 }));

  it('averages each element over the members', () => {
    // purpose 100, 75, 75, 100, 75 → 85; cooperation and boundaries 70; reflection 25 for all.
    expect(climate.elements.map((e) => [e.element, e.n, e.mean, e.level])).toEqual([
      ['purpose', 5, 85, 'warm'],
      ['cooperation', 5, 70, 'warm'],
      ['boundaries', 5, 70, 'warm'],
      ['reflection', 5, 25, 'cold'],
    ]);
    expect(climate.elements[0]).toMatchObject({ min: 75, max: 100 });
    expect(climate.elements[0]?.sd).toBeCloseTo(Math.sqrt((3 * 10 ** 2 + 2 * 15 ** 2) / 4), 9);
    expect(climate.energy).toMatchObject({ status: 'shown', n: 5, mean: 60, level: 'warm' });
  });

  it('takes the temperature as the geometric mean of the element means', () => {
    // means 85, 70, 70, 25 → m = 4.4, 3.8, 3.8, 2 → T = 58.94 (the arithmetic mean is 62.5).
    expect(climate.temperature).toBeCloseTo(T(4.4, 3.8, 3.8, 2), 9);
    expect(climate.temperature).toBeCloseTo(58.94, 2);
    expect(climate.reading).toEqual({ band: 'lukewarm', coldest: 'reflection', warm: ['purpose', 'cooperation', 'boundaries'], cold: ['reflection'] });
  });

  it('gives the spread of the members’ own temperatures', () => {
    const own = [T(5, 4, 4, 2), T(4, 4, 4, 2), T(4, 3, 4, 2), T(5, 4, 3, 2), T(4, 4, 4, 2)];
    const mean = own.reduce((s, x) => s + x, 0) / 5;
    const sd = Math.sqrt(own.reduce((s, x) => s + (x - mean) ** 2, 0) / 4);
    expect(climate.spread.min).toBeCloseTo(T(4, 3, 4, 2), 9);
    expect(climate.spread.max).toBeCloseTo(T(5, 4, 4, 2), 9);
    expect(climate.spread.sd).toBeCloseTo(sd, 9);
  });

  it('computes agreement per element with r*wg(J) and names the agreed cold element', () => {
    // purpose: every statement has the keyed answers 5, 4, 4, 5, 4: s² = 0.3, r*wg = 1 − 0.3/2 = 0.85.
    expect(climate.elements[0]?.agreement.rwg).toBeCloseTo(0.85, 9);
    // cooperation: 4, 4, 3, 4, 4: s² = 0.2 → 0.9. reflection: all 2: s² = 0 → 1.
    expect(climate.elements[1]?.agreement.rwg).toBeCloseTo(0.9, 9);
    expect(climate.elements[3]?.agreement).toEqual({ rwg: 1, band: 'high' });
    // energy: 4, 4, 3, 4, 2: s² = 0.8 → 0.6, moderate.
    expect(climate.energy).toMatchObject({ agreement: { band: 'moderate' } });
    if (climate.energy.status === 'shown') expect(climate.energy.agreement.rwg).toBeCloseTo(0.6, 9);
    expect(climate.agreedCold).toEqual(['reflection']);
    expect(climate.disagreed).toEqual([]);
  });

  it('counts the members and the threshold', () => {
    expect(climate).toMatchObject({ status: 'shown', count: 5, minRespondents: 5, incomplete: 0 });
  });
});

describe('climateOfTeam: bands at the edges', () => {
  it('calls a team mean of exactly 60 warm (62.5, 62.5, 58.3, 58.3, 58.3)', () => {
    const team = [
      purposeKeyed([4, 4, 4, 3, 3, 3]),
      purposeKeyed([4, 4, 4, 3, 3, 3]),
      purposeKeyed([4, 4, 3, 3, 3, 3]),
      purposeKeyed([4, 4, 3, 3, 3, 3]),
      purposeKeyed([4, 4, 3, 3, 3, 3]),
    ];
    const climate = shown(climateOfTeam(TEAM_CLIMATE, team, { minRespondents: 5 }));
    expect(climate.elements[0]?.mean).toBeCloseTo(60, 9);
    expect(climate.elements[0]?.level).toBe('warm');
    expect(climate.reading).toMatchObject({ band: 'hotSpot', coldest: 'purpose' });
  });

  it('calls a team mean of exactly 40 cold (41.7, 41.7, 41.7, 37.5, 37.5), and names it beside the band of the temperature', () => {
    const team = [
      purposeKeyed([3, 3, 3, 3, 2, 2]),
      purposeKeyed([3, 3, 3, 3, 2, 2]),
      purposeKeyed([3, 3, 3, 3, 2, 2]),
      purposeKeyed([3, 3, 3, 2, 2, 2]),
      purposeKeyed([3, 3, 3, 2, 2, 2]),
    ];
    const climate = shown(climateOfTeam(TEAM_CLIMATE, team, { minRespondents: 5 }));
    expect(climate.elements[0]?.mean).toBeCloseTo(40, 9);
    expect(climate.elements[0]?.level).toBe('cold');
    // The other elements are 75: T = 64.8 lies in the hot zone, so the band is "Hot spot", with
    // purpose named as cold beside it (the band follows the temperature: docs/decisions.md 63).
    expect(climate.temperature).toBeCloseTo(T(2.6, 4, 4, 4), 9);
    expect(climate.reading).toMatchObject({ band: 'hotSpot', coldest: 'purpose', cold: ['purpose'] });
  });
});

describe('climateOfTeam: who counts', () => {
  const warm = keyedAnswers(everywhere(4));

  it('shows nothing but the count below the minimum', () => {
    const onlyPurpose = keyedAnswers({ purpose: 1 });
    const climate = climateOfTeam(TEAM_CLIMATE, [warm, warm, warm, warm, onlyPurpose, onlyPurpose], { minRespondents: 5 });
    expect(climate).toEqual({ status: 'hidden', count: 4, minRespondents: 5 });
    expect(Object.keys(climate).sort()).toEqual(['count', 'minRespondents', 'status']);
  });

  it('never goes below 3, and falls back to 5 for a broken setting', () => {
    expect(climateOfTeam(TEAM_CLIMATE, [warm, warm], { minRespondents: 1 })).toEqual({ status: 'hidden', count: 2, minRespondents: 3 });
    expect(climateOfTeam(TEAM_CLIMATE, [warm, warm, warm], { minRespondents: 1 }).status).toBe('shown');
    expect(climateOfTeam(TEAM_CLIMATE, [warm, warm, warm, warm], { minRespondents: Number.NaN })).toEqual({
      status: 'hidden',
      count: 4,
      minRespondents: 5,
    });
  });

  it('averages an element over everyone who has it, also members without a temperature', () => {
    const onlyPurposeCold = keyedAnswers({ purpose: 1 });
    const climate = shown(climateOfTeam(TEAM_CLIMATE, [warm, warm, warm, warm, warm, onlyPurposeCold], { minRespondents: 5 }));
    expect(climate).toMatchObject({ count: 5, incomplete: 1 });
    expect(climate.elements[0]).toMatchObject({ element: 'purpose', n: 6, mean: (5 * 75 + 0) / 6, min: 0, max: 75 });
    expect(climate.elements[1]).toMatchObject({ element: 'cooperation', n: 5, mean: 75 });
    expect(climate.temperature).toBeCloseTo(T(1 + 62.5 / 25, 4, 4, 4), 9);
    // The spread is over the five members with a temperature: all 75.
    expect(climate.spread).toEqual({ sd: 0, min: 75, max: 75 });
  });

  it('withholds energy when fewer than the minimum have an energy score', () => {
    const noEnergy = keyedAnswers({ purpose: 4, cooperation: 4, boundaries: 4, reflection: 4 });
    const climate = shown(climateOfTeam(TEAM_CLIMATE, [warm, warm, noEnergy, noEnergy, noEnergy], { minRespondents: 5 }));
    expect(climate.energy).toEqual({ element: 'energy', status: 'withheld', n: 2 });
    expect(climate.temperature).toBeCloseTo(75, 9);
  });

  it('names an element the team is split on as a conversation to have', () => {
    const high = keyedAnswers({ ...everywhere(4), purpose: 5 });
    const low = keyedAnswers({ ...everywhere(4), purpose: 1 });
    const climate = shown(climateOfTeam(TEAM_CLIMATE, [high, high, high, low, low, low], { minRespondents: 5 }));
    // Every purpose statement: 5, 5, 5, 1, 1, 1 keyed: s² = 4.8, r*wg = 1 − 4.8/2 = −1.4, two camps.
    expect(climate.elements[0]).toMatchObject({ mean: 50, level: 'middle', agreement: { band: 'split' } });
    expect(climate.elements[0]?.agreement.rwg).toBeCloseTo(-1.4, 9);
    expect(climate.disagreed).toEqual(['purpose']);
    expect(climate.agreedCold).toEqual([]);
    expect(climate.reading.coldest).toBe('purpose');
  });
});

describe('climateOfTeam: random answering', () => {
  it('reads lukewarm around 50 with agreement about 0 (1,000 seeded teams of 8)', () => {
    const random = seeded(20261203);
    const temperatures: number[] = [];
    const rwgs: number[] = [];
    let lukewarm = 0;
    let disagreed = 0;
    for (let k = 0; k < 1000; k++) {
      const team = Array.from({ length: 8 }, () => randomAnswers(random));
      const climate = shown(climateOfTeam(TEAM_CLIMATE, team, { minRespondents: 5 }));
      temperatures.push(climate.temperature);
      for (const element of climate.elements) rwgs.push(element.agreement.rwg);
      if (climate.reading.band === 'lukewarm') lukewarm += 1;
      disagreed += climate.disagreed.length;
    }
    const meanOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(meanOf(temperatures) - 50)).toBeLessThan(1);
    // The geometric mean sits a little below the arithmetic one, never above it.
    expect(meanOf(temperatures)).toBeLessThan(50);
    expect(lukewarm / 1000).toBeGreaterThan(0.95);
    expect(Math.abs(meanOf(rwgs))).toBeLessThan(0.05);
    // Random answers agree no more than chance: nearly every element reads "no agreement".
    expect(disagreed / 4000).toBeGreaterThan(0.9);
  });

  it('gives a random person a temperature a little below 50 on average, most often lukewarm', () => {
    const random = seeded(7);
    const people = Array.from({ length: 3000 }, () => climateOfPerson(TEAM_CLIMATE, randomAnswers(random)));
    const mean = people.reduce((s, p) => s + (p.temperature ?? Number.NaN), 0) / people.length;
    expect(mean).toBeGreaterThan(47);
    expect(mean).toBeLessThan(50);
    expect(people.filter((p) => p.reading?.band === 'lukewarm').length / people.length).toBeGreaterThan(0.6);
  });
});

describe('climateOfTeam: order never matters (property)', () => {
  const value = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, NOT_APPLICABLE);
  const member: fc.Arbitrary<Answers> = fc.oneof(
    fc.tuple(...TEAM_CLIMATE.items.map(() => value)).map((values) =>
      Object.fromEntries(TEAM_CLIMATE.items.map((item, i) => [item.id, values[i] as Answer])),
    ),
    fc
      .record({ purpose: fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5), reflection: fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5) })
      .map((k: Keyed) => keyedAnswers({ ...everywhere(3), ...k })),
  );

  it('gives the same result, bit for bit, for any hand-in order', () => {
    let shownCount = 0;
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 0, maxLength: 12 }).chain((team) =>
          fc.tuple(fc.constant(team), fc.shuffledSubarray(team, { minLength: team.length, maxLength: team.length })),
        ),
        fc.integer({ min: 0, max: 7 }),
        ([team, shuffled], minRespondents) => {
          const a = climateOfTeam(TEAM_CLIMATE, team, { minRespondents });
          const b = climateOfTeam(TEAM_CLIMATE, shuffled, { minRespondents });
          expect(b).toEqual(a);
          if (a.status === 'shown') shownCount += 1;
        },
      ),
      { numRuns: 300 },
    );
    expect(shownCount).toBeGreaterThan(20);
  });
});
