import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import type { Answer, Answers } from '../model/instruments/types';
import { answersSchema } from '../model/results/saved-result';
import { createSafeStorage } from '../lib/storage';
import { restoreEachIn } from '../lib/restore-each-in';
import { fitsQuestionnaire } from '../model/instruments/fits-questionnaire';
import { findInstrument } from '../model/instruments/registry';
import { syncAcrossTabs } from './sync-tabs';
import { PROGRESS_KEY, SELF_SESSION } from './keys';

export { PROGRESS_KEY, SELF_SESSION };

/**
 * Questionnaires in progress, one per session: the personal self-check ('self'), a workshop
 * joined on this phone ('join:<code>'), or the facilitator's shared device ('shared:<id>').
 * Every answer is written to storage the moment it is given, so a reload, a locked phone, a
 * closed tab or a crash resumes on the same screen with every answer kept.
 */
export interface Progress {
  instrumentId: string;
  instrumentVersion: number;
  answers: Answers;
  /** Index of the screen shown. */
  index: number;
  startedAt: string;
  /**
   * Item ids marked "I want to talk about this" (workshops only). Optional: progress saved
   * before marks existed has none, so no migration is needed.
   */
  marks?: string[];
}


type Persisted = { sessions: Record<string, Progress> };

interface ProgressState {
  sessions: Record<string, Progress>;
  start: (session: string, instrumentId: string, instrumentVersion: number, now: Date) => void;
  answer: (session: string, itemId: string, value: Answer) => void;
  goTo: (session: string, index: number) => void;
  /** Marks or unmarks a statement as one to talk about. */
  toggleMark: (session: string, itemId: string) => void;
  discard: (session: string) => void;
  discardAll: () => void;
}

const progressSchema = z.object({
  instrumentId: z.string().check(z.minLength(1)),
  instrumentVersion: z.int().check(z.positive()),
  answers: answersSchema,
  index: z.int().check(z.nonnegative()),
  startedAt: z.string(),
  marks: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(400))),
});
const VERSION = 2;

/**
 * Each questionnaire in progress is read on its own and checked against its questionnaire (known
 * statements, answers its scale offers): a damaged one is kept aside alone, and the others resume.
 */
const restoreSessions = restoreEachIn(PROGRESS_KEY, 'sessions', VERSION, progressSchema.check(z.refine((p) => fitsQuestionnaire(p, findInstrument))));

export const useProgressStore = create<ProgressState>()(
  persist<ProgressState, [], [], Persisted>(
    (set, get) => {
      const update = (session: string, change: (p: Progress) => Progress) => {
        const current = get().sessions[session];
        if (current) set({ sessions: { ...get().sessions, [session]: change(current) } });
      };
      return {
        sessions: {},
        start: (session, instrumentId, instrumentVersion, now) =>
          set({
            sessions: {
              ...get().sessions,
              [session]: { instrumentId, instrumentVersion, answers: {}, index: 0, startedAt: now.toISOString() },
            },
          }),
        answer: (session, itemId, value) => update(session, (p) => ({ ...p, answers: { ...p.answers, [itemId]: value } })),
        goTo: (session, index) => update(session, (p) => ({ ...p, index })),
        toggleMark: (session, itemId) =>
          update(session, (p) => {
            const marks = p.marks ?? [];
            return { ...p, marks: marks.includes(itemId) ? marks.filter((id) => id !== itemId) : [...marks, itemId] };
          }),
        discard: (session) => {
          const { [session]: _discarded, ...rest } = get().sessions;
          set({ sessions: rest });
        },
        discardAll: () => set({ sessions: {} }),
      };
    },
    {
      name: PROGRESS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({
        version: VERSION,
        // Version 1 kept one questionnaire as `current`; it becomes the personal session.
        migrate: (state, from) => {
          if (from === 1) {
            // `current: null` was "nothing in progress"; a value without the key is not ours and
            // is kept aside with a notice (by throwing), never dropped without a word.
            if (!state || typeof state !== 'object' || !('current' in state)) throw new Error('version 1 without current');
            const current = (state as { current?: unknown }).current;
            return { sessions: current ? { [SELF_SESSION]: current } : {} };
          }
          throw new Error(`no migration from version ${from}`);
        },
        restore: restoreSessions,
      }),
      partialize: (s) => ({ sessions: s.sessions }),
    },
  ),
);
syncAcrossTabs(PROGRESS_KEY, useProgressStore);

export function useSession(session: string): Progress | undefined {
  return useProgressStore((s) => s.sessions[session]);
}
