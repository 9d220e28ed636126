import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { createSafeStorage, noMigrationYet, restoreWith } from '../lib/storage';
import { addResults, normaliseMinRespondents, workshopSchema, type Workshop, type WorkshopResult } from '../model/workshop/workshop';

/** The facilitator's workshops on this device. */
type Persisted = { workshops: Workshop[] };

interface WorkshopState {
  workshops: Workshop[];
  create: (workshop: Workshop) => void;
  rename: (id: string, name: string) => void;
  setMinRespondents: (id: string, value: number) => void;
  remove: (id: string) => void;
  /** Takes results in, counting each once; reports how many were new. */
  takeIn: (id: string, incoming: readonly WorkshopResult[]) => { added: number; duplicates: number };
  /** Adds an imported workshop, or merges its results into the same workshop already here. */
  importWorkshop: (workshop: Workshop) => { merged: boolean; added: number; duplicates: number };
}

export const WORKSHOPS_KEY = 'modusspiegel:workshops';
const VERSION = 1;
const persistedSchema = z.object({ workshops: z.array(workshopSchema) });

export const useWorkshopStore = create<WorkshopState>()(
  persist<WorkshopState, [], [], Persisted>(
    (set, get) => {
      const update = (id: string, change: (w: Workshop) => Workshop) =>
        set({ workshops: get().workshops.map((w) => (w.id === id ? change(w) : w)) });
      return {
        workshops: [],
        create: (workshop) => set({ workshops: [workshop, ...get().workshops] }),
        rename: (id, name) => update(id, (w) => ({ ...w, name })),
        setMinRespondents: (id, value) => update(id, (w) => ({ ...w, minRespondents: normaliseMinRespondents(value) })),
        remove: (id) => set({ workshops: get().workshops.filter((w) => w.id !== id) }),
        takeIn: (id, incoming) => {
          const workshop = get().workshops.find((w) => w.id === id);
          if (!workshop) return { added: 0, duplicates: 0 };
          const outcome = addResults(workshop.results, incoming);
          if (outcome.added > 0) update(id, (w) => ({ ...w, results: outcome.results }));
          return { added: outcome.added, duplicates: outcome.duplicates };
        },
        importWorkshop: (workshop) => {
          const existing = get().workshops.find((w) => w.id === workshop.id);
          if (!existing) {
            set({ workshops: [workshop, ...get().workshops] });
            return { merged: false, added: workshop.results.length, duplicates: 0 };
          }
          const outcome = addResults(existing.results, workshop.results);
          update(workshop.id, (w) => ({ ...w, results: outcome.results }));
          return { merged: true, added: outcome.added, duplicates: outcome.duplicates };
        },
      };
    },
    {
      name: WORKSHOPS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({
        version: VERSION,
        migrate: noMigrationYet,
        restore: restoreWith(persistedSchema),
      }),
      partialize: (s) => ({ workshops: s.workshops }),
    },
  ),
);

export function useWorkshop(id: string | undefined): Workshop | undefined {
  return useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
}
