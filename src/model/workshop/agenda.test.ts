import { describe, expect, it } from 'vitest';
import { CURRENT_SELF_CHECK } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { markAgenda } from './agenda';
import type { WorkshopResult } from './workshop';

const result = (n: number, self: string[], climate: string[] = []): WorkshopResult => ({
  fingerprint: `F${n}`,
  parts: { 'self-check': { answers: {}, marks: self }, 'team-climate': { answers: {}, marks: climate } },
});

describe('markAgenda', () => {
  it('keeps only statements marked by two or more people, most marked first', () => {
    const results = [result(1, ['s20', 's25']), result(2, ['s20', 's30']), result(3, ['s20', 's25']), result(4, ['s31'])];
    expect(markAgenda(results, [CURRENT_SELF_CHECK])).toEqual([
      { instrumentId: 'self-check', itemId: 's20', marks: 3 },
      { instrumentId: 'self-check', itemId: 's25', marks: 2 },
    ]);
  });

  it('counts a repeated mark of one person once, and never lets one person put a statement on the agenda', () => {
    expect(markAgenda([result(1, ['s20', 's20', 's20'])], [CURRENT_SELF_CHECK])).toEqual([]);
    expect(markAgenda([result(1, ['s20']), result(2, ['s20'])], [CURRENT_SELF_CHECK], { minMarks: 1 })).toHaveLength(1);
    expect(markAgenda([result(1, ['s20']), result(2, ['s21'])], [CURRENT_SELF_CHECK], { minMarks: 1 })).toEqual([]);
  });

  it('ignores ids the questionnaire does not have and breaks ties by questionnaire and statement order, not by hand-in order', () => {
    const a = [result(1, ['s30', 'zz'], ['c02']), result(2, ['s30', 'zz'], ['c02']), result(3, ['s18']), result(4, ['s18'])];
    const expected = [
      { instrumentId: 'self-check', itemId: 's18', marks: 2 },
      { instrumentId: 'self-check', itemId: 's30', marks: 2 },
      { instrumentId: 'team-climate', itemId: 'c02', marks: 2 },
    ];
    expect(markAgenda(a, [CURRENT_SELF_CHECK, TEAM_CLIMATE])).toEqual(expected);
    expect(markAgenda([...a].reverse(), [CURRENT_SELF_CHECK, TEAM_CLIMATE])).toEqual(expected);
  });

  it('lists at most the limit', () => {
    const ids = ['s17', 's18', 's19', 's20', 's21', 's22', 's23'];
    const results = [result(1, ids), result(2, ids)];
    expect(markAgenda(results, [CURRENT_SELF_CHECK]).map((i) => i.itemId)).toEqual(['s17', 's18', 's19', 's20', 's21']);
    expect(markAgenda(results, [CURRENT_SELF_CHECK], { limit: 2 })).toHaveLength(2);
  });
});
