import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { createSafeStorage, restoreWith } from '../lib/storage';
import { findInstrument } from '../model/instruments/registry';
import { workshopFromVersion1 } from '../model/workshop/migrate-workshop';
import { restoreWorkshop } from '../model/workshop/restore-workshop';
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
  takeIn: (id: string, incoming: readonly WorkshopResult[]) => { added: number; duplicates: number; replaced: number };
  /** Adds an imported workshop, or merges its results into the same workshop already here. */
  importWorkshop: (workshop: Workshop) => { merged: boolean; added: number; duplicates: number; replaced: number };
}

export const WORKSHOPS_KEY = 'modusspiegel:workshops';
const VERSION = 2;

/**
 * Version 1 kept one questionnaire per workshop and results with answers and an optional name.
 * Version 2 keeps a list of questionnaires, one part per questionnaire in each result, and no
 * names (docs/privacy.md): each workshop is reshaped, then rebuilt from its result codes
 * (restoreWorkshop), which also gives every result its nonce. A workshop that cannot be restored
 * is kept in its old shape, so the schema refuses the whole value and it is set aside, not lost.
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
          if (!workshop) return { added: 0, duplicates: 0, replaced: 0 };
          const outcome = addResults(workshop.results, incoming);
          if (outcome.added > 0) update(id, (w) => ({ ...w, results: outcome.results }));
          return { added: outcome.added, duplicates: outcome.duplicates, replaced: outcome.replaced };
        },
        importWorkshop: (workshop) => {
          const existing = get().workshops.find((w) => w.id === workshop.id);
          if (!existing) {
            set({ workshops: [workshop, ...get().workshops] });
            return { merged: false, added: workshop.results.length, duplicates: 0, replaced: 0 };
          }
          const outcome = addResults(existing.results, workshop.results);
          update(workshop.id, (w) => ({ ...w, results: outcome.results }));
          return { merged: true, added: outcome.added, duplicates: outcome.duplicates, replaced: outcome.replaced };
        },
      };
    },
    {
      name: WORKSHOPS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({
        version: VERSION,
        migrate,
        restore: restoreWith(persistedSchema),
      }),
      partialize: (s) => ({ workshops: s.workshops }),
    },
  ),
);

export function useWorkshop(id: string | undefined): Workshop | undefined {
  return useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
}
