import { describe, expect, it, vi } from 'vitest';

describe('progress store persistence', () => {
  it('migrates the version-1 single questionnaire into the personal session', async () => {
    const v1 = { instrumentId: 'self-check', instrumentVersion: 1, answers: { s01: 4 }, index: 3, startedAt: '2026-11-01T10:00:00.000Z' };
    localStorage.setItem('modusspiegel:progress', JSON.stringify({ state: { current: v1 }, version: 1 }));
    vi.resetModules();
    const { useProgressStore, SELF_SESSION } = await import('./progress-store');
    expect(useProgressStore.getState().sessions[SELF_SESSION]).toEqual(v1);
  });

  it('starts clean, and keeps the stored value aside, when it is not ours', async () => {
    localStorage.setItem('modusspiegel:progress', '{"state":{"sessions":{"self":{"answers":{"s01":9}}}},"version":2}');
    vi.resetModules();
    const { useProgressStore } = await import('./progress-store');
    expect(useProgressStore.getState().sessions).toEqual({});
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:progress:'));
    expect(kept).toHaveLength(1);
  });

  it('keeps a version-1 value without `current` aside instead of dropping it silently', async () => {
    localStorage.setItem('modusspiegel:progress', '{"state":{"answers":{"s01":4}},"version":1}');
    vi.resetModules();
    const { useProgressStore } = await import('./progress-store');
    expect(useProgressStore.getState().sessions).toEqual({});
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:progress:'));
    expect(kept).toHaveLength(1);
  });

  it('keeps one damaged questionnaire in progress aside and resumes the others (issue 18)', async () => {
    const self = { instrumentId: 'self-check', instrumentVersion: 2, answers: { s17: 4, s18: 'na' }, index: 2, startedAt: '2026-11-01T10:00:00.000Z' };
    const climate = { instrumentId: 'team-climate', instrumentVersion: 1, answers: {}, index: 0, startedAt: '2026-11-01T10:00:00.000Z' };
    const damaged = {
      'join:UNKNWN': { ...climate, instrumentId: 'other-check' },
      'join:STATEMENT': { ...self, answers: { s01: 4 } },
      'join:NA': { ...self, instrumentVersion: 1, answers: { s01: 'na' } },
      'join:MARK': { ...self, marks: ['x99'] },
    };
    localStorage.setItem('modusspiegel:progress', JSON.stringify({ state: { sessions: { self, ...damaged, 'join:K7MQ45': climate } }, version: 2 }));
    vi.resetModules();
    const { useProgressStore } = await import('./progress-store');
    expect(useProgressStore.getState().sessions).toEqual({ self, 'join:K7MQ45': climate });
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:progress:'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(aside[0] ?? '') ?? '')).toEqual({ state: { sessions: damaged }, version: 2 });
  });
});
