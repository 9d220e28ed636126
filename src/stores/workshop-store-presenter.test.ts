import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoWorkshop } from '../model/workshop/demo';
import { realResult, selfCheckWorkshop } from '../model/workshop/test-workshops';

async function freshStore() {
  vi.resetModules();
  return (await import('./workshop-store')).useWorkshopStore;
}

const stored = () => JSON.parse(localStorage.getItem('modusspiegel:workshops') ?? '{}') as { state: { workshops: { id: string; wanted?: unknown; actions?: unknown }[] } };

describe('the presenter’s writes to a workshop', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the wanted point (clamped to 0–100) and the actions, and a reload reads them back', async () => {
    const store = await freshStore();
    store.getState().create(selfCheckWorkshop('ABCDEF'));
    await store.getState().setWanted('w1', { support: 120, expectations: 64 });
    await store.getState().setActions('w1', [{ what: 'Elke week een casus samen bespreken', who: 'Sam', when: 'maart' }]);
    expect(stored().state.workshops[0]?.wanted).toEqual({ support: 100, expectations: 64 });
    const again = (await freshStore()).getState().workshops[0];
    expect(again?.wanted).toEqual({ support: 100, expectations: 64 });
    expect(again?.actions).toEqual([{ what: 'Elke week een casus samen bespreken', who: 'Sam', when: 'maart' }]);
    await store.getState().setWanted('w1', undefined);
    expect(stored().state.workshops[0]?.wanted).toBeUndefined();
  });

  it('refuses to take real results into a demo team', async () => {
    const store = await freshStore();
    const demo = demoWorkshop({ id: 'demo', name: 'Voorbeeld', createdAt: '2026-12-03T09:00:00.000Z' });
    store.getState().create(demo);
    const { value } = await store.getState().takeIn('demo', [realResult(demo.code, 3, 77)]);
    expect(value).toMatchObject({ added: 0, demo: true });
    expect(store.getState().workshops[0]?.results).toHaveLength(8);
  });

  it('never merges an imported workshop into a demo team with the same code', async () => {
    const store = await freshStore();
    const demo = demoWorkshop({ id: 'demo', name: 'Voorbeeld', createdAt: '2026-12-03T09:00:00.000Z' });
    store.getState().create(demo);
    const { value } = await store.getState().importWorkshop({ ...demo, demo: undefined, id: 'other', results: [] }, () => 'new-id');
    expect(value.kind).toBe('separate');
    expect(store.getState().workshops.find((w) => w.id === 'demo')?.results).toHaveLength(8);
  });
});
