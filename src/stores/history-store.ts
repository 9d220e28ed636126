import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { mergeResults, savedResultSchema, sortByCompletion, type SavedResult } from '../model/results/saved-result';
import { createSafeStorage, noMigrationYet } from '../lib/storage';

type Persisted = { results: SavedResult[] };

interface HistoryState {
  results: SavedResult[];
  add: (result: SavedResult) => void;
  importMany: (incoming: readonly SavedResult[]) => { added: number; duplicates: number };
  remove: (id: string) => void;
  clear: () => void;
}

const persistedSchema = z.object({ results: z.array(savedResultSchema) });

export const HISTORY_KEY = 'modusspiegel:history';
const VERSION = 1;

export const useHistoryStore = create<HistoryState>()(
  persist<HistoryState, [], [], Persisted>(
    (set, get) => ({
      results: [],
      add: (result) => set({ results: mergeResults(get().results, [result]).results }),
      importMany: (incoming) => {
        const merged = mergeResults(get().results, incoming);
        set({ results: merged.results });
        return { added: merged.added, duplicates: merged.duplicates };
      },
      remove: (id) => set({ results: get().results.filter((r) => r.id !== id) }),
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
