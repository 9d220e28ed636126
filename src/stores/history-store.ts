import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { mergeResults, savedResultSchema, sortByCompletion, type SavedResult } from '../model/results/saved-result';
import { createSafeStorage, noMigrationYet } from '../lib/storage';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';

type Persisted = { results: SavedResult[] };

interface HistoryState {
  results: SavedResult[];
  /** Read–change–write under a lock (lib/locked-write.ts); `written` false: storage refused it. */
  add: (result: SavedResult) => Promise<LockedOutcome<void>>;
  importMany: (incoming: readonly SavedResult[]) => Promise<LockedOutcome<{ added: number; duplicates: number }>>;
  remove: (id: string) => void;
  clear: () => void;
}

const persistedSchema = z.object({ results: z.array(savedResultSchema) });

export const HISTORY_KEY = 'modusspiegel:history';
const VERSION = 1;

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
      remove: (id) => void lockedWrite(api as unknown as PersistedStore, () => set({ results: get().results.filter((r) => r.id !== id) })),
      clear: () => set({ results: [] }),
    }),
    {
      name: HISTORY_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({
        version: VERSION,
        migrate: noMigrationYet,
        restore: (state) => {
          const parsed = persistedSchema.safeParse(state);
          return parsed.success ? { results: sortByCompletion(parsed.data.results) } : null;
        },
      }),
      partialize: (s) => ({ results: s.results }),
    },
  ),
);
