import { describe, expect, it, vi } from 'vitest';
import { scoreSavedResult } from '../model/results/score-saved';
import type { SavedResult } from '../model/results/saved-result';

// A result as version 1 of the history store kept it: self-check version 1, no goal.
const v1: SavedResult = {
  id: 'kept-since-v1',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  answers: { s01: 5, s02: 4, s03: 1, s04: 2, s05: 4, s06: 2, s07: 1, s08: 4, s09: 5, s10: 4, s11: 2, s12: 2, s13: 4, s14: 2, s15: 1, s16: 4 },
  completedAt: '2026-10-01T09:30:00.000Z',
};

describe('history store persistence', () => {
  it('reads a version-1 history with the same answers, and re-scores it with the current rules', async () => {
    localStorage.setItem('modusspiegel:history', JSON.stringify({ state: { results: [v1] }, version: 1 }));
    vi.resetModules();
    const { useHistoryStore } = await import('./history-store');
    const [result] = useHistoryStore.getState().results;
    expect(result).toEqual(v1);
    expect(scoreSavedResult(v1)?.placement).toBe('MET');
  });
});
