import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod';
import type { AnswerValue, Answers } from '../model/instruments/types';
import { answersSchema } from '../model/results/saved-result';
import { createSafeStorage } from '../lib/storage';

/**
 * The questionnaire in progress. Every answer is written to storage the moment it is given, so a
 * reload, a closed tab or a crash resumes on the same screen with every answer kept.
 */
export interface Progress {
  instrumentId: string;
  instrumentVersion: number;
  answers: Answers;
  /** Index of the screen shown. */
  index: number;
  startedAt: string;
}

interface ProgressState {
  current: Progress | null;
  start: (instrumentId: string, instrumentVersion: number, now: Date) => void;
  answer: (itemId: string, value: AnswerValue) => void;
  goTo: (index: number) => void;
  discard: () => void;
}

const progressSchema = z.object({
  instrumentId: z.string().min(1),
  instrumentVersion: z.number().int().positive(),
  answers: answersSchema,
  index: z.number().int().nonnegative(),
  startedAt: z.string(),
});
const persistedSchema = z.object({ current: progressSchema.nullable() });

export const PROGRESS_KEY = 'modusspiegel:progress';
const VERSION = 1;

export const useProgressStore = create<ProgressState>()(
  persist(
    (set, get) => ({
      current: null,
      start: (instrumentId, instrumentVersion, now) =>
        set({ current: { instrumentId, instrumentVersion, answers: {}, index: 0, startedAt: now.toISOString() } }),
      answer: (itemId, value) => {
        const current = get().current;
        if (current) set({ current: { ...current, answers: { ...current.answers, [itemId]: value } } });
      },
      goTo: (index) => {
        const current = get().current;
        if (current) set({ current: { ...current, index } });
      },
      discard: () => set({ current: null }),
    }),
    {
      name: PROGRESS_KEY,
      version: VERSION,
      storage: createSafeStorage({
        version: VERSION,
        migrate: (state) => state,
        restore: (state) => {
          const parsed = persistedSchema.safeParse(state);
          return parsed.success ? (parsed.data as ProgressState) : null;
        },
      }),
      partialize: (s) => ({ current: s.current }) as ProgressState,
    },
  ),
);
