import { describe, expect, it } from 'vitest';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { climateOfPerson } from './person';
import { CLIMATE_REFLECTION_IDS, climateReflectionIds } from './reflection';
import { climateOfTeam } from './team';
import { everywhere, keyedAnswers } from './test-fixture';

const person = (keyed: Parameters<typeof keyedAnswers>[0]) => climateOfPerson(TEAM_CLIMATE, keyedAnswers(keyed));

describe('climateReflectionIds', () => {
  it('asks about the coldest element first, then keeps a hot spot warm', () => {
    expect(climateReflectionIds(person({ purpose: 5, cooperation: 4, boundaries: 5, reflection: 5, energy: 4 }))).toEqual([
      'cooperationMoment',
      'cooperationStep',
      'keepWarm',
    ]);
  });

  it('adds the energy question when energy is cold', () => {
    expect(climateReflectionIds(person({ ...everywhere(3), boundaries: 2, energy: 1 }))).toEqual([
      'boundariesMoment',
      'boundariesStep',
      'energyLow',
    ]);
  });

  it('asks only the two element questions otherwise', () => {
    expect(climateReflectionIds(person({ ...everywhere(3), reflection: 2 }))).toEqual(['reflectionMoment', 'reflectionStep']);
  });

  it('asks nothing without a temperature or below the minimum', () => {
    expect(climateReflectionIds(person({ purpose: 4 }))).toEqual([]);
    expect(climateReflectionIds(climateOfTeam(TEAM_CLIMATE, [keyedAnswers(everywhere(4))], { minRespondents: 5 }))).toEqual([]);
  });

  it('turns a shared cold element into a shared step, and a split into a conversation', () => {
    const cold = keyedAnswers({ ...everywhere(4), reflection: 2 });
    expect(climateReflectionIds(climateOfTeam(TEAM_CLIMATE, [cold, cold, cold, cold, cold], { minRespondents: 5 }))).toEqual([
      'reflectionMoment',
      'reflectionStep',
      'sharedProblem',
    ]);
    const high = keyedAnswers({ ...everywhere(4), purpose: 5 });
    const low = keyedAnswers({ ...everywhere(4), purpose: 1 });
    expect(climateReflectionIds(climateOfTeam(TEAM_CLIMATE, [high, high, high, low, low, low], { minRespondents: 5 }))).toEqual([
      'purposeMoment',
      'purposeStep',
      'seeDifferently',
    ]);
  });

  it('returns only known ids, two or three of them', () => {
    for (const v of [1, 2, 3, 4, 5] as const) {
      const ids = climateReflectionIds(person({ ...everywhere(v), purpose: v === 5 ? 4 : 5 }));
      expect(ids.length).toBeGreaterThanOrEqual(2);
      expect(ids.length).toBeLessThanOrEqual(3);
      for (const id of ids) expect(CLIMATE_REFLECTION_IDS).toContain(id);
    }
  });
});
