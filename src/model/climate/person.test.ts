import { describe, expect, it } from 'vitest';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { Instrument } from '../instruments/types';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { climateOfPerson, elementScores } from './person';
import { everywhere, keyedAnswers } from './test-fixture';

describe('climateOfPerson: hand-computed people', () => {
  it('scores each element from its keyed answers and reads the climate', () => {
    // Keyed 5, 4, 4, 1 on the elements and 3 on energy: 100, 75, 75, 0 and 50.
    const person = climateOfPerson(TEAM_CLIMATE, keyedAnswers({ purpose: 5, cooperation: 4, boundaries: 4, reflection: 1, energy: 3 }));
    expect(person.elements.map((e) => [e.element, e.score, e.level])).toEqual([
      ['purpose', 100, 'warm'],
      ['cooperation', 75, 'warm'],
      ['boundaries', 75, 'warm'],
      ['reflection', 0, 'cold'],
    ]);
    expect(person.energy).toEqual({ element: 'energy', score: 50, level: 'middle', answered: 4, notApplicable: 0, total: 4 });
    // G = (5 · 4 · 4 · 1)^¼ = 80^¼ = 2.99070; T = (G − 1) / 4 · 100 = 49.77, below the arithmetic mean 62.5.
    expect(person.temperature).toBeCloseTo(((5 * 4 * 4 * 1) ** 0.25 - 1) * 25, 9);
    expect(person.reading).toEqual({ band: 'lukewarm', coldest: 'reflection', warm: ['purpose', 'cooperation', 'boundaries'], cold: ['reflection'] });
  });

  it('reads raw answers through the keying', () => {
    // Purpose: c01+ 5, c11+ 4, c23+ 3, c08− 2, c16− 1, c28− 2 → keyed 5, 4, 3, 4, 5, 4 → mean 25/6 → 79.17.
    const answers = { ...keyedAnswers(everywhere(3)), c01: 5, c11: 4, c23: 3, c08: 2, c16: 1, c28: 2 } as const;
    const person = climateOfPerson(TEAM_CLIMATE, answers);
    expect(person.elements[0]?.score).toBeCloseTo(((25 / 6 - 1) / 4) * 100, 9);
    expect(person.elements[0]?.level).toBe('warm');
    expect(person.reading?.coldest).toBe('cooperation'); // three at 50 tie: the first after purpose
  });

  it('calls a person who finds every element warm a hot spot, and still names the coldest', () => {
    const person = climateOfPerson(TEAM_CLIMATE, keyedAnswers({ purpose: 5, cooperation: 4, boundaries: 5, reflection: 4, energy: 5 }));
    expect(person.temperature).toBeCloseTo(((5 * 4 * 5 * 4) ** 0.25 - 1) * 25, 9);
    expect(person.reading).toMatchObject({ band: 'hotSpot', coldest: 'cooperation', cold: [] });
  });

  it('calls a temperature of 40 or lower a cold spot, and names its cold elements', () => {
    const person = climateOfPerson(TEAM_CLIMATE, keyedAnswers({ purpose: 2, cooperation: 2, boundaries: 3, reflection: 3, energy: 4 }));
    expect(person.temperature).toBeCloseTo((Math.sqrt(6) - 1) * 25, 9); // 36.24
    expect(person.reading).toMatchObject({ band: 'coldSpot', coldest: 'purpose', cold: ['purpose', 'cooperation'] });
  });

  it('reads the band from the temperature, and names two cold elements beside a lukewarm band', () => {
    // 25, 25, 100, 100 → G = √(2 · 2 · 5 · 5)^½ = √10 → T = 54.06: the middle of the scale, so
    // "Lauw", with purpose and cooperation named as cold (the old element count said "Cold spot").
    const person = climateOfPerson(TEAM_CLIMATE, keyedAnswers({ purpose: 2, cooperation: 2, boundaries: 5, reflection: 5, energy: 4 }));
    expect(person.temperature).toBeCloseTo((Math.sqrt(10) - 1) * 25, 9);
    expect(person.reading).toEqual({ band: 'lukewarm', coldest: 'purpose', warm: ['boundaries', 'reflection'], cold: ['purpose', 'cooperation'] });
  });

  it('keeps energy out of the temperature', () => {
    const low = climateOfPerson(TEAM_CLIMATE, keyedAnswers({ ...everywhere(4), energy: 1 }));
    const high = climateOfPerson(TEAM_CLIMATE, keyedAnswers({ ...everywhere(4), energy: 5 }));
    expect(low.temperature).toBe(high.temperature);
    expect(low.energy.level).toBe('cold');
    expect(high.energy.level).toBe('warm');
  });

  it('needs all four elements for a temperature, but not energy', () => {
    const noEnergy = climateOfPerson(TEAM_CLIMATE, keyedAnswers({ purpose: 4, cooperation: 4, boundaries: 4, reflection: 4 }));
    expect(noEnergy.energy.score).toBeNull();
    expect(noEnergy.temperature).toBeCloseTo(75, 9);

    const answers: Record<string, unknown> = { ...keyedAnswers(everywhere(4)) };
    answers.c27 = 'na'; // one reflection statement does not apply: 2 of 3 warm statements are enough
    expect(climateOfPerson(TEAM_CLIMATE, answers as never).elements[3]).toMatchObject({ score: 75, answered: 5, notApplicable: 1 });
    expect(climateOfPerson(TEAM_CLIMATE, answers as never).temperature).toBeCloseTo(75, 9);
    answers.c07 = 'na'; // a second warm reflection statement: 1 of 3 is too few, reflection has no score
    const person = climateOfPerson(TEAM_CLIMATE, answers as never);
    expect(person.elements[3]).toMatchObject({ element: 'reflection', score: null, level: null, answered: 4, notApplicable: 2, total: 6 });
    expect(person.temperature).toBeNull();
    expect(person.reading).toBeNull();
    expect(elementScores(person)).toBeNull();
  });

  it('gives an empty answer set nothing', () => {
    const person = climateOfPerson(TEAM_CLIMATE, {});
    expect(person.elements.every((e) => e.score === null)).toBe(true);
    expect(person.temperature).toBeNull();
  });

  it('refuses an instrument without the climate scales', () => {
    expect(() => climateOfPerson(SELF_CHECK_V2, {})).toThrow(RangeError);
    const noEnergy: Instrument = { ...TEAM_CLIMATE, scales: TEAM_CLIMATE.scales.filter((s) => s.id !== 'energy') };
    expect(() => climateOfPerson(noEnergy, {})).toThrow(RangeError);
  });
});
