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

  it('keeps one damaged result aside and shows every other one (issue 18)', async () => {
    const other = { ...v1, id: 'kept-too', completedAt: '2026-11-01T09:30:00.000Z' };
    const damaged = [
      { ...v1, id: 'answer-out-of-range', answers: { s01: 9 } },
      { ...v1, id: 'unknown-statement', answers: { s01: 5, s99: 5 } },
      { ...v1, id: 'not-offered', answers: { s01: 'na' } },
      { id: 'broken' },
    ];
    localStorage.setItem('modusspiegel:history', JSON.stringify({ state: { results: [v1, damaged[0], other, ...damaged.slice(1)] }, version: 2 }));
    vi.resetModules();
    const { useHistoryStore } = await import('./history-store');
    expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['kept-too', 'kept-since-v1']);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:history:'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(aside[0] ?? '') ?? '')).toEqual({ state: { results: damaged }, version: 2 });
    // The next visit reads the readable results without finding the damaged ones again.
    expect(JSON.parse(localStorage.getItem('modusspiegel:history') ?? '').state.results).toHaveLength(2);
  });

  it('keeps the whole value aside when no result can be read', async () => {
    const raw = JSON.stringify({ state: { results: [{ ...v1, answers: { s01: 'na' } }] }, version: 2 });
    localStorage.setItem('modusspiegel:history', raw);
    vi.resetModules();
    const { useHistoryStore } = await import('./history-store');
    expect(useHistoryStore.getState().results).toEqual([]);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:history:'));
    expect(aside.map((k) => localStorage.getItem(k))).toEqual([raw]);
  });
});
