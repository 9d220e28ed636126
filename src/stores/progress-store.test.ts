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
});
