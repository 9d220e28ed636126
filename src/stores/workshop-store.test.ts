import { describe, expect, it, vi } from 'vitest';
import { SELF_CHECK } from '../model/instruments/self-check';

// Stored by the app before workshop schema version 2: one questionnaire, a result with a name.
// The code is the format-2 example of docs/result-code.md (workshop K7MQ45, "Sam", answered
// 1, 2, 3, 4, 5, 1, …), so the result must survive with exactly these answers and no name.
const answers = Object.fromEntries(SELF_CHECK.items.map((item, i) => [item.id, (i % 5) + 1]));
const v1 = {
  id: 'w-old',
  code: 'K7MQ45',
  name: 'Team Noord',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  minRespondents: 5,
  hideOwnResult: true,
  createdAt: '2026-11-01T09:00:00.000Z',
  results: [{ fingerprint: 'MS156F94E810N4N5YYCMWMXMWMMBWMR3BADGPNVTJAM', answers, name: 'Sam' }],
};

async function freshStore() {
  vi.resetModules();
  return (await import('./workshop-store')).useWorkshopStore;
}

describe('workshop store persistence', () => {
  it('migrates a version-1 workshop: the same answers, a nonce from the code, no name', async () => {
    localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops: [v1] }, version: 1 }));
    const [workshop] = (await freshStore()).getState().workshops;
    expect(workshop?.questionnaires).toEqual([{ instrumentId: 'self-check', instrumentVersion: 1 }]);
    expect(workshop?.results).toEqual([
      // The stored code is now the same result's code WITHOUT the name (docs/result-code.md's plain example).
      { fingerprint: 'MS156F94E810N4N5YYCMWMXMWMMBWMG080WRCC', parts: { 'self-check': { answers, marks: [] } }, nonce: 0x2a5f3 },
    ]);
    expect(JSON.stringify(workshop)).not.toContain('Sam');
  });
});

describe('workshop store writes', () => {
  const fixtures = async () => {
    const store = await freshStore();
    const { realResult, selfCheckWorkshop } = await import('../model/workshop/test-workshops');
    const { createJoinCode } = await import('../model/workshop/join-code');
    return { store, realResult, selfCheckWorkshop, createJoinCode };
  };

  it('reads what another tab stored before it writes, so neither tab loses the other\'s results', async () => {
    const { store, realResult, selfCheckWorkshop, createJoinCode } = await fixtures();
    const code = createJoinCode(() => 0.1, { hideOwnResult: false });
    store.setState({ workshops: [selfCheckWorkshop(code)] });
    await store.getState().takeIn('w1', [realResult(code, 2)]);
    // Another tab writes a third result straight into storage; this tab's memory does not know it.
    const stored = JSON.parse(localStorage.getItem('modusspiegel:workshops') ?? '{}') as { state: { workshops: { results: unknown[] }[] } };
    stored.state.workshops[0]?.results.push(realResult(code, 3));
    localStorage.setItem('modusspiegel:workshops', JSON.stringify(stored));
    const { value, written } = await store.getState().takeIn('w1', [realResult(code, 4)]);
    expect({ added: value.added, written }).toEqual({ added: 1, written: true });
    expect(store.getState().workshops[0]?.results).toHaveLength(3);
  });

  it('says when storage refused the write, instead of reporting the result as added', async () => {
    const { store, realResult, selfCheckWorkshop, createJoinCode } = await fixtures();
    const code = createJoinCode(() => 0.2, { hideOwnResult: false });
    store.setState({ workshops: [selfCheckWorkshop(code)] });
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const outcome = await store.getState().takeIn('w1', [realResult(code, 2)]);
    full.mockRestore();
    expect(outcome.written).toBe(false);
  });

  it('keeps the other workshops when one stored workshop is unreadable', async () => {
    const { realResult, selfCheckWorkshop, createJoinCode } = await fixtures();
    const code = createJoinCode(() => 0.3, { hideOwnResult: false });
    const good = selfCheckWorkshop(code, [realResult(code, 2)], { id: 'good' });
    const broken = { ...selfCheckWorkshop(code), id: 'broken', minRespondents: 'many' };
    localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops: [broken, good] }, version: 2 }));
    const store = await freshStore();
    expect(store.getState().workshops.map((w) => w.id)).toEqual(['good']);
    // The unreadable one is kept aside (copied, the user told), and a later write cannot lose it.
    await store.getState().takeIn('good', []);
    store.getState().rename('good', 'Nieuw');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:workshops:'));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0] ?? '')).toContain('"broken"');
  });

  it('keeps every result a full storage refused in memory, so the file offered still has them all', async () => {
    const { store, realResult, selfCheckWorkshop, createJoinCode } = await fixtures();
    const code = createJoinCode(() => 0.25, { hideOwnResult: false });
    store.setState({ workshops: [selfCheckWorkshop(code)] });
    await store.getState().takeIn('w1', [realResult(code, 1)]);
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const first = await store.getState().takeIn('w1', [realResult(code, 2)]);
    const second = await store.getState().takeIn('w1', [realResult(code, 3)]);
    full.mockRestore();
    expect([first.written, second.written]).toEqual([false, false]);
    expect(store.getState().workshops[0]?.results).toHaveLength(3);
  });

  it('merges a workshop file only into the same workshop; a file with a known id but another code stays apart', async () => {
    const { store, realResult, selfCheckWorkshop, createJoinCode } = await fixtures();
    const code = createJoinCode(() => 0.4, { hideOwnResult: false });
    const other = createJoinCode(() => 0.6, { hideOwnResult: false });
    store.setState({ workshops: [selfCheckWorkshop(code, [realResult(code, 1)])] });
    const foreign = selfCheckWorkshop(other, [2, 3, 4, 5, 1].map((v) => realResult(other, v as 1 | 2 | 3 | 4 | 5, 100 + v)));
    const separate = await store.getState().importWorkshop(foreign, () => 'new-id');
    expect(separate.value.kind).toBe('separate');
    expect(store.getState().workshops.find((w) => w.id === 'w1')?.results).toHaveLength(1);
    expect(store.getState().workshops.find((w) => w.id === 'new-id')?.results).toHaveLength(5);
    const same = await store.getState().importWorkshop(selfCheckWorkshop(code, [realResult(code, 1), realResult(code, 3)], { id: 'renamed-id' }), () => 'x');
    expect(same.value).toMatchObject({ kind: 'merged', added: 1, duplicates: 1 });
  });
});
