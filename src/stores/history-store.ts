import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { mergeResults, savedResultSchema, sortByCompletion, type SavedResult, type WantedPoint } from '../model/results/saved-result';
import { createSafeStorage, noMigrationYet, restoreEachOf } from '../lib/storage';
import { fitsQuestionnaire } from '../model/instruments/fits-questionnaire';
import { findInstrument } from '../model/instruments/registry';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';
import { syncAcrossTabs } from './sync-tabs';
import { HISTORY_KEY } from './keys';

export { HISTORY_KEY };

type Persisted = { results: SavedResult[] };

interface HistoryState {
  results: SavedResult[];
  /** Read–change–write under a lock (lib/locked-write.ts); `written` false: storage refused it. */
  add: (result: SavedResult) => Promise<LockedOutcome<void>>;
  importMany: (incoming: readonly SavedResult[]) => Promise<LockedOutcome<{ added: number; duplicates: number }>>;
  remove: (id: string) => void;
  /** Keeps (or with null, removes) where the professional wants to be, with the result. */
  setWanted: (id: string, wanted: WantedPoint | null) => Promise<LockedOutcome<void>>;
  clear: () => void;
}

// 2: a result may hold a wanted point and first step. An older app would drop them on its next
// write, so it must see the newer version and leave the key alone (lib/storage.ts).
const VERSION = 2;

/**
 * Each result is read on its own and checked against its questionnaire: one damaged result is
 * kept aside alone instead of hiding every result until its kept-aside copy is restored (issue 18).
 */
const restoreResults = restoreEachOf(HISTORY_KEY, 'results', VERSION, savedResultSchema.check(z.refine((r) => fitsQuestionnaire(r, findInstrument))));

export const useHistoryStore = create<HistoryState>()(
  persist<HistoryState, [], [], Persisted>(
    (set, get, api) => ({
      results: [],
      add: (result) =>
        lockedWrite(api as unknown as PersistedStore, (): void => {
          set({ results: mergeResults(get().results, [result]).results });
        }),
      importMany: (incoming) =>
        lockedWrite(api as unknown as PersistedStore, () => {
          const merged = mergeResults(get().results, incoming);
          set({ results: merged.results });
          return { added: merged.added, duplicates: merged.duplicates };
        }),
      setWanted: (id, wanted) =>
        lockedWrite(api as unknown as PersistedStore, (): void => {
          set({
            results: get().results.map((r) => {
              if (r.id !== id) return r;
              const { wanted: _old, ...rest } = r;
              return wanted ? { ...rest, wanted } : rest;
            }),
          });
        }),
      remove: (id) => void lockedWrite(api as unknown as PersistedStore, () => set({ results: get().results.filter((r) => r.id !== id) })),
      clear: () => set({ results: [] }),
    }),
    {
      name: HISTORY_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({
        version: VERSION,
        // Version 1 results are valid version 2 results.
        migrate: (state, from) => (from === 1 ? state : noMigrationYet(state, from)),
        restore: (state) => {
          const restored = restoreResults(state);
          return restored ? { results: sortByCompletion(restored.results) } : null;
        },
      }),
      partialize: (s) => ({ results: s.results }),
    },
  ),
);
syncAcrossTabs(HISTORY_KEY, useHistoryStore);
