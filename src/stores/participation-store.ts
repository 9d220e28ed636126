import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { createSafeStorage, noMigrationYet, restoreWith } from '../lib/storage';
import { answersSchema } from '../model/results/saved-result';
import type { Answers } from '../model/instruments/types';

/**
 * Results this phone produced for workshops: the hand-over code stays available until the
 * participant deletes it, so a lost moment at the facilitator's laptop costs nothing.
 */
export interface Participation {
  readonly id: string;
  readonly workshopCode: string;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** Kept so the code, its QR and its file can be made again at any time. */
  readonly answers: Answers;
  /** Only when the participant typed one. */
  readonly name?: string;
  /** The personal-history id when the participant may see their own result. */
  readonly resultId: string | null;
  readonly completedAt: string;
}

type Persisted = { participations: Participation[] };

interface ParticipationState {
  participations: Participation[];
  add: (p: Participation) => void;
  remove: (id: string) => void;
  clear: () => void;
}

const participationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  workshopCode: z.string().check(z.minLength(1)),
  instrumentId: z.string().check(z.minLength(1)),
  instrumentVersion: z.int().check(z.positive()),
  answers: answersSchema,
  name: z.optional(z.string().check(z.maxLength(80))),
  resultId: z.nullable(z.string()),
  completedAt: z.string(),
});

export const PARTICIPATIONS_KEY = 'modusspiegel:participations';
const VERSION = 1;

export const useParticipationStore = create<ParticipationState>()(
  persist<ParticipationState, [], [], Persisted>(
    (set, get) => ({
      participations: [],
      add: (p) => set({ participations: [p, ...get().participations] }),
      remove: (id) => set({ participations: get().participations.filter((p) => p.id !== id) }),
      clear: () => set({ participations: [] }),
    }),
    {
      name: PARTICIPATIONS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({
        version: VERSION,
        migrate: noMigrationYet,
        restore: restoreWith(z.object({ participations: z.array(participationSchema) })),
      }),
      partialize: (s) => ({ participations: s.participations }),
    },
  ),
);
