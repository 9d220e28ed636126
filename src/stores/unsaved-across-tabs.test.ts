import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTab, installQuotaStorage } from '../testing/fake-tabs';
import { createJoinCode } from '../model/workshop/join-code';
import { realResult, selfCheckWorkshop } from '../model/workshop/test-workshops';
import type { Workshop } from '../model/workshop/workshop';

/**
 * Issue 18: with storage full, tab A takes results in ("added to this page, not saved"); tab B
 * then saves a smaller change. Tab A reads storage again (the storage event, or its next locked
 * write) and must keep its unsaved results, merged with what B wrote, until storage takes them.
 */

const KEY = 'modusspiegel:workshops';
const code = createJoinCode(() => 0.1, { hideOwnResult: false });
const other = createJoinCode(() => 0.7, { hideOwnResult: false });
const five = [1, 2, 3, 4, 5].map((v) => realResult(code, v as 1 | 2 | 3 | 4 | 5, 10 + v));

const tabModule = () => openTab(() => import('./workshop-store'));
const tab = () => tabModule().then((m) => m.useWorkshopStore);
const stored = (storage: Storage): Workshop[] => (JSON.parse(storage.getItem(KEY) ?? '{"state":{"workshops":[]}}') as { state: { workshops: Workshop[] } }).state.workshops;
const results = (workshops: readonly Workshop[], id: string) => workshops.find((w) => w.id === id)?.results.length;

afterEach(() => vi.unstubAllGlobals());

async function twoTabsWithFullStorage() {
  const storage = installQuotaStorage();
  storage.setItem(KEY, JSON.stringify({ state: { workshops: [selfCheckWorkshop(code), selfCheckWorkshop(other, [], { id: 'w2', name: 'Een lange naam van een andere workshop' })] }, version: 2 }));
  const modA = await tabModule();
  const b = await tab();
  storage.fill();
  return { storage, a: modA.useWorkshopStore, b, unsavedA: modA.unsavedWorkshop };
}

describe('unsaved results and another tab', () => {
  it('tab A keeps the 5 results storage refused when tab B saves a smaller change, and saves them all later', async () => {
    const { storage, a, b } = await twoTabsWithFullStorage();
    const taken = await a.getState().takeIn('w1', five);
    expect({ added: taken.value.added, written: taken.written }).toEqual({ added: 5, written: false });

    const renamed = await b.getState().rename('w2', 'Kort');
    expect(renamed.written).toBe(true);
    // The storage event: tab A reads the key again.
    await a.persist.rehydrate();
    expect(results(a.getState().workshops, 'w1')).toBe(5);
    expect(a.getState().workshops.find((w) => w.id === 'w2')?.name).toBe('Kort');

    // A's next write reads storage again too: B's rename is not written away, A's 5 not dropped.
    storage.quota = Number.POSITIVE_INFINITY;
    const next = await a.getState().takeIn('w1', [realResult(code, 1, 99)]);
    expect(next.written).toBe(true);
    expect(results(stored(storage), 'w1')).toBe(6);
    expect(stored(storage).find((w) => w.id === 'w2')?.name).toBe('Kort');
  });

  it('a workshop created while storage is full stays in its tab when another tab writes, and is saved later', async () => {
    const { storage, a, b, unsavedA } = await twoTabsWithFullStorage();
    const created = await a.getState().create(selfCheckWorkshop(createJoinCode(() => 0.4, { hideOwnResult: false }), [], { id: 'w3', name: 'Nieuw' }));
    expect(created.written).toBe(false);
    expect(unsavedA('w3')).toBe('created');
    await b.getState().rename('w2', 'Kort');
    await a.persist.rehydrate();
    expect(a.getState().workshops.map((w) => w.id)).toEqual(['w3', 'w1', 'w2']);
    storage.quota = Number.POSITIVE_INFINITY;
    await a.getState().rename('w3', 'Nieuw, bewaard');
    expect(stored(storage).map((w) => [w.id, w.name])).toEqual([
      ['w3', 'Nieuw, bewaard'],
      ['w1', 'Team Noord, 3 december'],
      ['w2', 'Kort'],
    ]);
    expect(unsavedA('w3')).toBe(null);
  });

  it('counts a result once when both tabs hold it, one of them unsaved', async () => {
    const { storage, a, b } = await twoTabsWithFullStorage();
    await a.getState().takeIn('w1', five);
    storage.quota = Number.POSITIVE_INFINITY;
    await b.getState().takeIn('w1', five.slice(0, 2));
    await a.persist.rehydrate();
    expect(results(a.getState().workshops, 'w1')).toBe(5);
    await a.getState().rename('w1', 'Samen');
    expect(results(stored(storage), 'w1')).toBe(5);
  });

  it('a workshop deleted in another tab stays deleted (deleting is a choice made on purpose)', async () => {
    const { storage, a, b } = await twoTabsWithFullStorage();
    await a.getState().takeIn('w2', [realResult(other, 3)]);
    storage.quota = Number.POSITIVE_INFINITY;
    await b.getState().remove('w2');
    await a.persist.rehydrate();
    expect(a.getState().workshops.map((w) => w.id)).toEqual(['w1']);
  });
});

describe('unsaved client views and another tab', () => {
  it('tab A keeps the client views storage refused when tab B writes, and a collection it made', async () => {
    const { CLIENT_CHECK } = await import('../model/instruments/client-check');
    const { resultOfForm } = await import('../model/client/collection');
    const { generateWorkshopCode } = await import('../model/codec/workshop-code');
    const { seeded } = await import('../model/testing/seeded');
    const clientCode = generateWorkshopCode(seeded(5));
    const collection = (id: string) => ({ id, code: clientCode, setting: 'collected' as const, scope: 'own' as const, word: 'coach' as const, minClients: 5, createdAt: '2026-11-30T10:00:00.000Z', results: [], shown: [] });
    const views = [1, 2, 3].map((v) => resultOfForm(clientCode, CLIENT_CHECK, Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v as 1 | 2 | 3])), 40 + v));
    const storage = installQuotaStorage();
    storage.setItem('modusspiegel:clients', JSON.stringify({ state: { collections: [collection('c1'), { ...collection('c2'), minClients: 10 }] }, version: 1 }));
    const modA = await openTab(() => import('./client-store'));
    const a = modA.useClientStore;
    const b = (await openTab(() => import('./client-store'))).useClientStore;
    storage.fill();
    expect((await a.getState().takeIn('c1', views)).written).toBe(false);
    expect((await a.getState().create(collection('c3'))).written).toBe(false);
    expect((await b.getState().setMinClients('c2', 5)).written).toBe(true);
    await a.persist.rehydrate();
    expect(a.getState().collections.map((c) => [c.id, c.results.length, c.minClients])).toEqual([
      ['c3', 0, 5],
      ['c1', 3, 5],
      ['c2', 0, 5],
    ]);
    storage.quota = Number.POSITIVE_INFINITY;
    await a.getState().updateShown('c1');
    const stored = (JSON.parse(storage.getItem('modusspiegel:clients') ?? '') as { state: { collections: { id: string; results: unknown[]; shown: unknown[] }[] } }).state.collections;
    expect(stored.map((c) => [c.id, c.results.length, c.shown.length])).toEqual([
      ['c3', 0, 0],
      ['c1', 3, 3],
      ['c2', 0, 0],
    ]);
  });
});
