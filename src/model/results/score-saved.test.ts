import { describe, expect, it } from 'vitest';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { keyedAnswers } from '../climate/test-fixture';
import type { SavedResult } from './saved-result';
import { climateOfSavedResult, isWindowResult, readSavedResult, scoreSavedResult } from './score-saved';

const climateAnswers = keyedAnswers({ purpose: 5, cooperation: 4, boundaries: 4, reflection: 1, energy: 3 });
const climate: SavedResult = { id: 'c', instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version, answers: climateAnswers, completedAt: '2026-11-30T10:00:00.000Z' };
const selfCheck: SavedResult = {
  id: 's',
  instrumentId: SELF_CHECK_V2.id,
  instrumentVersion: SELF_CHECK_V2.version,
  answers: Object.fromEntries(SELF_CHECK_V2.items.map((item) => [item.id, 4 as const])),
  completedAt: '2026-11-29T10:00:00.000Z',
};

describe('reading a saved result by its instrument', () => {
  it('reads a team climate result as a person climate, and never throws', () => {
    const read = readSavedResult(climate);
    expect(read?.kind).toBe('climate');
    // Elements 100, 75, 75, 0: one frozen element pulls the temperature to (⁴√(5·4·4·1) − 1) / 4 · 100.
    const read2 = climateOfSavedResult(climate);
    expect(read2?.temperature).toBeCloseTo(((5 * 4 * 4 * 1) ** 0.25 - 1) * 25, 9);
    expect(read2?.reading).toMatchObject({ band: 'lukewarm', coldest: 'reflection' });
    expect(scoreSavedResult(climate)).toBeNull();
    expect(isWindowResult(climate)).toBe(false);
  });

  it('still scores a self-check with its window', () => {
    expect(readSavedResult(selfCheck)?.kind).toBe('window');
    expect(scoreSavedResult(selfCheck)?.complete).toBe(true);
    expect(climateOfSavedResult(selfCheck)).toBeNull();
    expect(isWindowResult(selfCheck)).toBe(true);
  });

  it('gives null for an unknown instrument or version', () => {
    expect(readSavedResult({ ...climate, instrumentVersion: 99 })).toBeNull();
    expect(readSavedResult({ ...selfCheck, instrumentId: 'other' })).toBeNull();
    expect(isWindowResult({ ...selfCheck, instrumentId: 'other' })).toBe(false);
  });
});
