import { describe, expect, it, vi } from 'vitest';

const v1 = {
  id: 'a4f1c2d3-0000-4000-8000-000000000001',
  workshopCode: 'K7MQ45',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  answers: { s01: 4 },
  resultId: null,
  completedAt: '2026-11-01T10:00:00.000Z',
};

async function freshStore() {
  vi.resetModules();
  return (await import('./participation-store')).useParticipationStore;
}

describe('participation store persistence', () => {
  it('gives a version-1 participation a nonce derived from its id, the same on every load', async () => {
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [v1] }, version: 1 }));
    const first = (await freshStore()).getState().participations[0];
    const second = (await freshStore()).getState().participations[0];
    expect(first).toMatchObject({ ...v1, nonce: expect.any(Number) });
    expect(second?.nonce).toBe(first?.nonce);
  });

  it('drops the name of a version-2 participation and keeps its answers and nonce', async () => {
    const v2 = { ...v1, name: 'Anna', nonce: 0x2a5f3 };
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [v2] }, version: 2 }));
    const [migrated] = (await freshStore()).getState().participations;
    expect(migrated).toEqual({ ...v1, nonce: 0x2a5f3 });
    expect(JSON.stringify(migrated)).not.toContain('Anna');
  });

  it('keeps a version-2 value without a nonce aside instead of trusting it', async () => {
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [v1] }, version: 2 }));
    expect((await freshStore()).getState().participations).toEqual([]);
    expect(Object.keys(localStorage).some((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:participations:'))).toBe(true);
  });
});

describe('participation store consistency', () => {
  it('keeps aside a participation for an unknown questionnaire or with an answer to an unknown statement, and keeps the others', async () => {
    const good = { ...v1, nonce: 1 };
    const unknownItem = { ...v1, id: 'x', nonce: 2, answers: { s99: 3 } };
    const badCode = { ...v1, id: 'y', nonce: 3, workshopCode: 'ZZZZZZ' };
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [good, unknownItem, badCode] }, version: 3 }));
    const store = await freshStore();
    expect(store.getState().participations.map((p) => p.id)).toEqual([good.id]);
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:participations:'));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0] ?? '')).toContain('s99');
    // Read again: nothing is copied a second time.
    await freshStore();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:participations:'))).toHaveLength(1);
  });
});
