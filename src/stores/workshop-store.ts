import { syncAcrossTabs } from './sync-tabs';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSafeStorage, restoreEachOf } from '../lib/storage';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';
import { findInstrument } from '../model/instruments/registry';
import { workshopFromVersion1 } from '../model/workshop/migrate-workshop';
import { restoreWorkshop } from '../model/workshop/restore-workshop';
import { MAX_WORKSHOP_RESULTS, normaliseMinRespondents, sameSetup, workshopSchema, MAX_ACTIONS, type WantedPoint, type Workshop, type WorkshopAction, type WorkshopResult } from '../model/workshop/workshop';
import { addResults, mergeRetired, retiredFits } from '../model/workshop/result-set';

/** The facilitator's workshops on this device. */
type Persisted = { workshops: Workshop[] };

export interface TakeInOutcome {
  readonly added: number;
  readonly duplicates: number;
  readonly replaced: number;
  /** Earlier results of a phone whose newer result already counts. */
  readonly superseded: number;
  /** Nothing was added: the workshop would hold more than MAX_WORKSHOP_RESULTS. */
  readonly full: boolean;
  /** The workshop is no longer on this device (deleted in another tab): nothing was added. */
  readonly missing?: boolean;
  /** The workshop is a demo team (made-up results): it takes no real results in. */
  readonly demo?: boolean;
}

export interface ImportOutcome {
  /** merged: same workshop code, questionnaires and settings; separate: an id or code clash kept apart. */
  readonly kind: 'new' | 'merged' | 'separate';
  readonly added: number;
  readonly duplicates: number;
  readonly replaced: number;
  readonly superseded: number;
}

interface WorkshopState {
  workshops: Workshop[];
  create: (workshop: Workshop) => void;
  rename: (id: string, name: string) => void;
  setMinRespondents: (id: string, value: number) => void;
  remove: (id: string) => void;
  /**
   * Takes results in, counting each once, as one read–change–write that cannot interleave with
   * another tab's. `written` is false when storage refused the write: then say so, never "added".
   */
  takeIn: (id: string, incoming: readonly WorkshopResult[]) => Promise<LockedOutcome<TakeInOutcome>>;
  /** Where the team wants to be in the window (undefined clears it). */
  setWanted: (id: string, wanted: WantedPoint | undefined) => Promise<LockedOutcome<void>>;
  /** The team's agreed actions, replacing the list (bounded by MAX_ACTIONS). */
  setActions: (id: string, actions: readonly WorkshopAction[]) => Promise<LockedOutcome<void>>;
  /** Adds an imported workshop, or merges its results into the same workshop already here. */
  importWorkshop: (workshop: Workshop, newId: () => string) => Promise<LockedOutcome<ImportOutcome>>;
}

const clampScore = (value: number) => (Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 50);

export const WORKSHOPS_KEY = 'modusspiegel:workshops';
const VERSION = 2;

/**
 * Each workshop is validated on its own: one damaged or oversized workshop is kept aside by
 * dropping it from the list read, so it never takes the other workshops with it.
 */
const restore = restoreEachOf(WORKSHOPS_KEY, 'workshops', VERSION, workshopSchema);

/**
 * Version 1 kept one questionnaire per workshop and results with answers and an optional name.
 * Version 2 keeps a list of questionnaires, one part per questionnaire in each result, and no
 * names (docs/privacy.md): each workshop is reshaped, then rebuilt from its result codes
 * (restoreWorkshop), which also gives every result its nonce. A workshop that cannot be restored
 * is kept in its old shape, so the schema refuses it and it is not trusted.
 */
function migrate(state: unknown, from: number): unknown {
  if (from !== 1) throw new Error(`no migration from version ${from}`);
  const workshops = (state as { workshops?: unknown } | null)?.workshops;
  if (!Array.isArray(workshops)) return state;
  return {
    workshops: workshops.map((raw: unknown) => {
      const reshaped = workshopSchema.safeParse(workshopFromVersion1(raw));
      if (!reshaped.success) return raw;
      return restoreWorkshop(reshaped.data, findInstrument)?.workshop ?? raw;
    }),
  };
}

export const useWorkshopStore = create<WorkshopState>()(
  persist<WorkshopState, [], [], Persisted>(
    (set, get, api) => {
      const update = (id: string, change: (w: Workshop) => Workshop) =>
        set({ workshops: get().workshops.map((w) => (w.id === id ? change(w) : w)) });
      // `api.persist` is in place by the time any action runs (the middleware adds it after this).
      const locked = <T,>(change: () => T): Promise<LockedOutcome<T>> => lockedWrite(api as unknown as PersistedStore, change);
      return {
        workshops: [],
        create: (workshop) => void locked(() => set({ workshops: [workshop, ...get().workshops] })),
        rename: (id, name) => void locked(() => update(id, (w) => ({ ...w, name }))),
        setMinRespondents: (id, value) => void locked(() => update(id, (w) => ({ ...w, minRespondents: normaliseMinRespondents(value) }))),
        remove: (id) => void locked(() => set({ workshops: get().workshops.filter((w) => w.id !== id) })),
        takeIn: (id, incoming) =>
          locked((): TakeInOutcome => {
            const workshop = get().workshops.find((w) => w.id === id);
            if (!workshop) return { added: 0, duplicates: 0, replaced: 0, superseded: 0, full: false, missing: true };
            if (workshop.demo === true) return { added: 0, duplicates: 0, replaced: 0, superseded: 0, full: false, demo: true };
            const outcome = addResults(workshop.results, incoming, workshop.retired);
            if (outcome.results.length > MAX_WORKSHOP_RESULTS || !retiredFits(outcome.retired)) return { added: 0, duplicates: outcome.duplicates, replaced: 0, superseded: 0, full: true };
            // A superseded result changes the workshop too: it retires the earlier link it names.
            if (outcome.added + outcome.superseded > 0) update(id, (w) => ({ ...w, results: outcome.results, retired: outcome.retired }));
            return { added: outcome.added, duplicates: outcome.duplicates, replaced: outcome.replaced, superseded: outcome.superseded, full: false };
          }),
        setWanted: (id, wanted) =>
          locked((): void => {
            update(id, ({ wanted: _old, ...w }) => (wanted ? { ...w, wanted: { support: clampScore(wanted.support), expectations: clampScore(wanted.expectations) } } : w));
          }),
        setActions: (id, actions) =>
          locked((): void => {
            update(id, (w) => ({ ...w, actions: actions.slice(0, MAX_ACTIONS) }));
          }),
        importWorkshop: (workshop, newId) =>
          locked((): ImportOutcome => {
            const all = get().workshops;
            const same = all.find((w) => sameSetup(w, workshop));
            if (same) {
              // The file's retired links first, then its results: what the file knows was replaced stays out here too.
              const outcome = addResults(same.results, workshop.results, mergeRetired(same.retired, workshop.retired));
              if (outcome.results.length > MAX_WORKSHOP_RESULTS || !retiredFits(outcome.retired)) return { kind: 'merged', added: 0, duplicates: outcome.duplicates, replaced: 0, superseded: 0 };
              update(same.id, (w) => ({ ...w, results: outcome.results, retired: outcome.retired }));
              return { kind: 'merged', added: outcome.added, duplicates: outcome.duplicates, replaced: outcome.replaced, superseded: outcome.superseded };
            }
            // Another workshop with this id (or this code but other questionnaires or settings):
            // never mix their results; keep the file's workshop apart under a new id.
            const clash = all.some((w) => w.id === workshop.id || w.code === workshop.code);
            const kept = clash ? { ...workshop, id: newId() } : workshop;
            set({ workshops: [kept, ...all] });
            return { kind: clash ? 'separate' : 'new', added: workshop.results.length, duplicates: 0, replaced: 0, superseded: 0 };
          }),
      };
    },
    {
      name: WORKSHOPS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({ version: VERSION, migrate, restore }),
      partialize: (s) => ({ workshops: s.workshops }),
    },
  ),
);
syncAcrossTabs(WORKSHOPS_KEY, useWorkshopStore);

export function useWorkshop(id: string | undefined): Workshop | undefined {
  return useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
}
