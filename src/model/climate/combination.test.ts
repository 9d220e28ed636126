import { describe, expect, it } from 'vitest';
import { MODES } from '../instruments/types';
import type { Placement } from '../scoring/types';
import { COMBINATION_QUESTION_IDS, combinationQuestions } from './combination';
import type { ClimateBand } from './types';

const PLACEMENTS: readonly Placement[] = [...MODES, 'between'];
const BANDS: readonly ClimateBand[] = ['hotSpot', 'lukewarm', 'coldSpot'];

describe('combinationQuestions', () => {
  it('asks about distance for a cold team whose centre lies in DOOR or NIET', () => {
    expect(combinationQuestions('DOOR', 'coldSpot')).toEqual(['coldDistant', 'chain']);
    expect(combinationQuestions('NIET', 'coldSpot')).toEqual(['coldDistant', 'chain']);
  });

  it('tells VOOR and MET apart in a cold team', () => {
    expect(combinationQuestions('VOOR', 'coldSpot')).toEqual(['coldFor', 'chain']);
    expect(combinationQuestions('MET', 'coldSpot')).toEqual(['coldWith', 'chain']);
  });

  it('asks a warm team in VOOR whether it does too much for clients, and a warm MET team what keeps it so', () => {
    expect(combinationQuestions('VOOR', 'hotSpot')).toEqual(['warmFor', 'chain']);
    expect(combinationQuestions('MET', 'hotSpot')).toEqual(['warmWith', 'chain']);
    expect(combinationQuestions('DOOR', 'hotSpot')).toEqual(['warmDistant', 'chain']);
    expect(combinationQuestions('NIET', 'hotSpot')).toEqual(['warmDistant', 'chain']);
  });

  it('names no combination for a lukewarm team or a centre between the modes', () => {
    for (const placement of PLACEMENTS) expect(combinationQuestions(placement, 'lukewarm')).toEqual(['inBetween', 'chain']);
    for (const band of BANDS) expect(combinationQuestions('between', band)).toEqual(['inBetween', 'chain']);
  });

  it('always gives two known ids, the chain last, and uses every id somewhere', () => {
    const used = new Set<string>();
    for (const placement of PLACEMENTS) {
      for (const band of BANDS) {
        const ids = combinationQuestions(placement, band);
        expect(ids).toHaveLength(2);
        expect(ids[1]).toBe('chain');
        for (const id of ids) {
          expect(COMBINATION_QUESTION_IDS).toContain(id);
          used.add(id);
        }
      }
    }
    expect([...used].sort()).toEqual([...COMBINATION_QUESTION_IDS].sort());
  });
});
