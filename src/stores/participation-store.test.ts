import { describe, expect, it, vi } from 'vitest';
import type { Participation } from './participation-store';

const v1 = {
  id: 'a4f1c2d3-0000-4000-8000-000000000001',
  workshopCode: 'K7MQ45',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  answers: { s01: 4 },
  resultId: null,
  completedAt: '2026-11-01T10:00:00.000Z',
};

/** What a version-1…3 participation of one questionnaire becomes in version 4. */
const asParts = ({ instrumentId, instrumentVersion, answers, resultId, ...rest }: typeof v1) => ({
  ...rest,
  parts: [{ instrumentId, instrumentVersion, answers, marks: [] }],
  resultIds: resultId === null ? [] : [resultId],
});

async function freshStore() {
  vi.resetModules();
  return (await import('./participation-store')).useParticipationStore;
}

describe('participation store persistence', () => {
  it('gives a version-1 participation a nonce derived from its id, the same on every load', async () => {
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [v1] }, version: 1 }));
    const first = (await freshStore()).getState().participations[0];
    const second = (await freshStore()).getState().participations[0];
    expect(first).toMatchObject({ ...asParts(v1), nonce: expect.any(Number) });
    expect(second?.nonce).toBe(first?.nonce);
  });

  it('drops the name of a version-2 participation and keeps its answers and nonce', async () => {
    const v2 = { ...v1, name: 'Anna', nonce: 0x2a5f3 };
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [v2] }, version: 2 }));
    const [migrated] = (await freshStore()).getState().participations;
    expect(migrated).toEqual({ ...asParts(v1), nonce: 0x2a5f3 });
    expect(JSON.stringify(migrated)).not.toContain('Anna');
  });

  it('keeps a version-2 value without a nonce aside instead of trusting it', async () => {
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [v1] }, version: 2 }));
    expect((await freshStore()).getState().participations).toEqual([]);
    expect(Object.keys(localStorage).some((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:participations:'))).toBe(true);
  });
});

describe('participation store version 4', () => {
  it('makes a version-3 participation one with a single part, with the same answers, nonce and result id', async () => {
    const v3 = { ...v1, nonce: 0x2a5f3, answers: { s01: 4, s02: 2, s16: 1 }, resultId: 'r-1', replaces: 7 };
    localStorage.setItem('modusspiegel:participations', JSON.stringify({ state: { participations: [v3] }, version: 3 }));
    const [migrated] = (await freshStore()).getState().participations;
    expect(migrated).toEqual({
      id: v1.id,
      workshopCode: 'K7MQ45',
      parts: [{ instrumentId: 'self-check', instrumentVersion: 1, answers: { s01: 4, s02: 2, s16: 1 }, marks: [] }],
      nonce: 0x2a5f3,
      replaces: 7,
      resultIds: ['r-1'],
      completedAt: v1.completedAt,
    });
  });

  it('keeps a participation of two parts as it is, and writes version 4', async () => {
    localStorage.clear();
    const useParticipationStore = await freshStore();
    const two: Participation = {
      id: 'two',
      workshopCode: 'K7MQ45',
      parts: [
        { instrumentId: 'self-check', instrumentVersion: 2, answers: { s17: 5 }, marks: [] },
        { instrumentId: 'team-climate', instrumentVersion: 1, answers: { c01: 'na', c02: 2 }, marks: ['c02'] },
      ],
      nonce: 42,
      resultIds: ['a', 'b'],
      completedAt: v1.completedAt,
    };
    await useParticipationStore.getState().add(two);
    const stored = JSON.parse(localStorage.getItem('modusspiegel:participations') ?? '{}') as { version: number };
    expect(stored.version).toBe(4);
    expect((await freshStore()).getState().participations).toEqual([two]);
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

  it('checks every part: one bad part keeps the whole participation aside', async () => {
    const part = (instrumentId: string, instrumentVersion: number, answers: Record<string, number | 'na'>, marks: string[] = []) => ({ instrumentId, instrumentVersion, answers, marks });
    const base = { workshopCode: 'K7MQ45', nonce: 5, resultIds: [], completedAt: v1.completedAt };
    const good = { ...base, id: 'good', parts: [part('self-check', 2, { s17: 3 }), part('team-climate', 1, { c01: 'na' })] };
    const badSecond = { ...base, id: 'bad-second', parts: [part('self-check', 2, { s17: 3 }), part('team-climate', 1, { s17: 3 })] };
    const badMark = { ...base, id: 'bad-mark', parts: [part('team-climate', 1, { c01: 4 }, ['s01'])] };
    const twice = { ...base, id: 'twice', parts: [part('self-check', 2, {}), part('self-check', 2, {})] };
    const naNotOffered = { ...base, id: 'na-v1', parts: [part('self-check', 1, { s01: 'na' })] };
    localStorage.setItem(
      'modusspiegel:participations',
      JSON.stringify({ state: { participations: [good, badSecond, badMark, twice, naNotOffered] }, version: 4 }),
    );
    expect((await freshStore()).getState().participations.map((p) => p.id)).toEqual(['good']);
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:participations:'));
    expect(kept).toHaveLength(1);
    for (const id of ['bad-second', 'bad-mark', 'twice', 'na-v1']) expect(localStorage.getItem(kept[0] ?? '')).toContain(id);
  });
});
