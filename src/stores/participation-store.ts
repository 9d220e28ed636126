import { syncAcrossTabs } from './sync-tabs';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { createSafeStorage, keepAside, writeRaw } from '../lib/storage';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';
import { findInstrument } from '../model/instruments/registry';
import { isAnswerValue, NOT_APPLICABLE } from '../model/instruments/types';
import { isValidWorkshopCode } from '../model/codec/workshop-code';
import { MAX_NONCE, nonceFromText } from '../model/codec/nonce';
import { MAX_CHAIN_SEQ, MAX_QUESTIONNAIRES, type ResultChain } from '../model/codec/payload';
import { answersSchema } from '../model/results/saved-result';
import { withdrawalLink } from '../model/workshop/next-link';
import type { Answers } from '../model/instruments/types';

/** One questionnaire of a participation: everything needed to put it in the code again. */
export interface ParticipationPart {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly answers: Answers;
  /** Item ids of the statements marked "I want to talk about this" (none yet from the phone). */
  readonly marks: readonly string[];
}

/**
 * Results this phone produced for workshops: the hand-over code stays available until the
 * participant deletes it, so a lost moment at the facilitator's laptop costs nothing. A workshop
 * that asks two questionnaires gives one participation with two parts, and one code.
 */
export interface Participation {
  readonly id: string;
  readonly workshopCode: string;
  /** One per questionnaire answered, in the order answered; each instrument at most once. */
  readonly parts: readonly ParticipationPart[];
  /** The nonce of an earlier result of this phone for the same workshop that this one replaces (format 3). */
  readonly replaces?: number;
  /** This phone's chain for the workshop (format 4, decision 54): set on a re-answer. */
  readonly chain?: ResultChain;
  /**
   * The result code's random nonce (0…MAX_NONCE), drawn once when the questionnaires were finished,
   * so that identical answers of two people are two codes and this result's code never changes.
   */
  readonly nonce: number;
  /**
   * The personal-history ids, one per part in the same order, when the participant may see their
   * own result; empty when the workshop shows results only together.
   */
  readonly resultIds: readonly string[];
  readonly completedAt: string;
}

/**
 * What the phone keeps after withdrawing its result for a workshop (decision 79): only what its
 * withdrawal code holds, so the code can be shown again until the participant closes it. The
 * answers, the nonces and the marks are gone. `id` is the id of the withdrawn participation, so
 * its hand-over page shows the withdrawal code in its place.
 */
export interface ParticipationWithdrawal {
  readonly id: string;
  readonly workshopCode: string;
  readonly chain: ResultChain;
  readonly withdrawnAt: string;
}

type Persisted = { participations: Participation[]; withdrawals?: ParticipationWithdrawal[] };

interface ParticipationState {
  participations: Participation[];
  withdrawals: ParticipationWithdrawal[];
  /** Read–change–write under a lock; `written` false: the phone's storage refused it. */
  add: (p: Participation) => Promise<LockedOutcome<void>>;
  remove: (id: string) => void;
  /**
   * Withdraws the phone's newest result for the workshop: every participation for it is removed
   * and one withdrawal kept in its place (null: nothing to withdraw). Under a lock, so another tab
   * cannot write the answers back.
   */
  withdraw: (workshopCode: string, now: Date) => Promise<LockedOutcome<{ withdrawal: ParticipationWithdrawal; forgotten: readonly Participation[] } | null>>;
  /** The participant closes the withdrawal code: nothing of that workshop is left on the phone. */
  closeWithdrawal: (id: string) => void;
  clear: () => void;
}

const partSchema = z.object({
  instrumentId: z.string().check(z.minLength(1)),
  instrumentVersion: z.int().check(z.positive()),
  answers: answersSchema,
  marks: z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(400)),
});

const participationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  workshopCode: z.string().check(z.minLength(1)),
  parts: z.array(partSchema).check(z.minLength(1), z.maxLength(MAX_QUESTIONNAIRES)),
  replaces: z.optional(z.int().check(z.gte(0), z.lte(MAX_NONCE))),
  chain: z.optional(z.object({ root: z.int().check(z.gte(0), z.lte(MAX_NONCE)), seq: z.int().check(z.gte(1), z.lte(MAX_CHAIN_SEQ)) })),
  nonce: z.int().check(z.gte(0), z.lte(MAX_NONCE)),
  resultIds: z.array(z.string().check(z.minLength(1))).check(z.maxLength(MAX_QUESTIONNAIRES)),
  completedAt: z.string(),
});

export const PARTICIPATIONS_KEY = 'modusspiegel:participations';
// 4: a participation holds a list of parts (one per questionnaire) and a list of result ids. An
// older app would refuse it, so it must see the newer version and leave the key alone.
const VERSION = 4;

/**
 * Version 2 could hold a name the participant typed; version 3 holds no names (docs/privacy.md),
 * so the migration drops it.
 *
 * Version 1 had no nonce. Each old participation gets one derived from its own (random) id, not a
 * new random draw: the migrated state is not written back until the store next changes, so a
 * random draw would give another code on every load. Its code therefore changes once, from the
 * format-version-1 code to a version-2 one, and then stays the same (docs/result-code.md).
 *
 * Versions 1–3 held one questionnaire (`instrumentId`, `instrumentVersion`, `answers`) and one
 * `resultId`; version 4 holds it as the only part, without marks, and the id in `resultIds`. The
 * answers, the nonce and so the code stay the same.
 */
function migrate(state: unknown, from: number): unknown {
  if (from !== 1 && from !== 2 && from !== 3) throw new Error(`no migration from version ${from}`);
  const participations = (state as { participations?: unknown } | null)?.participations;
  if (!Array.isArray(participations)) return state;
  return {
    participations: participations.map((p: unknown) => {
      if (!p || typeof p !== 'object') return p;
      const { name: _name, ...rest } = p as { name?: unknown; id?: unknown; nonce?: unknown };
      const named = from === 1 && typeof rest.id === 'string' ? { ...rest, nonce: nonceFromText(rest.id) } : rest;
      return toParts(named);
    }),
  };
}

/** A participation of version 3 (or older) as one of version 4; anything else untouched, for the schema to refuse. */
function toParts(p: Record<string, unknown>): unknown {
  const { instrumentId, instrumentVersion, answers, resultId, ...rest } = p;
  if (instrumentId === undefined && 'parts' in p) return p;
  return {
    ...rest,
    parts: [{ instrumentId, instrumentVersion, answers, marks: [] }],
    resultIds: typeof resultId === 'string' ? [resultId] : resultId === null ? [] : resultId,
  };
}

/**
 * A participation can pass the schema and still be unusable: a workshop code that is not valid,
 * a questionnaire (version) this app does not know, the same questionnaire twice, an answer to a
 * statement the questionnaire does not have, or a mark on one. Each part is checked. Such a
 * participation would make the hand-over page fail, so it is kept aside (copied to a quarantine
 * key, the user told) and the others stay in use.
 */
function usable(p: Participation): boolean {
  if (!isValidWorkshopCode(p.workshopCode)) return false;
  if (new Set(p.parts.map((part) => part.instrumentId)).size !== p.parts.length) return false;
  return p.parts.every(usablePart);
}

function usablePart(part: ParticipationPart): boolean {
  const instrument = findInstrument(part.instrumentId, part.instrumentVersion);
  if (!instrument) return false;
  const items = new Map(instrument.items.map((item) => [item.id, item]));
  return (
    part.marks.every((id) => items.has(id)) &&
    Object.entries(part.answers).every(
      ([id, value]) => items.has(id) && (isAnswerValue(value) || (value === NOT_APPLICABLE && instrument.answerScale.notApplicable)),
    )
  );
}

const withdrawalSchema = z.object({
  id: z.string().check(z.minLength(1)),
  workshopCode: z.string().check(z.minLength(1), z.maxLength(20)),
  chain: z.object({ root: z.int().check(z.gte(0), z.lte(MAX_NONCE)), seq: z.int().check(z.gte(1), z.lte(MAX_CHAIN_SEQ)) }),
  withdrawnAt: z.string(),
});

// Optional, and no new version: an app from before withdrawals reads the participations as they are.
const persistedSchema = z.object({ participations: z.array(participationSchema), withdrawals: z.optional(z.array(withdrawalSchema).check(z.maxLength(200))) });

/** The newest participation for a workshop: the one a withdrawal takes the place after. */
export function newestFor(participations: readonly Participation[], workshopCode: string): Participation | undefined {
  let newest: Participation | undefined;
  for (const p of participations) if (p.workshopCode === workshopCode && (!newest || p.completedAt > newest.completedAt)) newest = p;
  return newest;
}

function restoreConsistent(state: unknown): Persisted | null {
  const parsed = persistedSchema.safeParse(state);
  if (!parsed.success) return null;
  const kept = parsed.data.participations.filter(usable);
  const aside = parsed.data.participations.filter((p) => !usable(p));
  const withdrawals = (parsed.data.withdrawals ?? []).filter((w) => isValidWorkshopCode(w.workshopCode));
  // Once the copy is safe, the key holds only the usable ones, so the next read does not copy again.
  if (aside.length > 0 && keepAside(PARTICIPATIONS_KEY, JSON.stringify({ participations: aside }))) {
    writeRaw(PARTICIPATIONS_KEY, JSON.stringify({ state: { participations: kept, withdrawals }, version: VERSION }));
  }
  return { participations: kept, withdrawals };
}

export const useParticipationStore = create<ParticipationState>()(
  persist<ParticipationState, [], [], Persisted>(
    (set, get, api) => ({
      participations: [],
      withdrawals: [],
      add: (p) =>
        lockedWrite(api as unknown as PersistedStore, (): void => {
          set({ participations: [p, ...get().participations] });
        }),
      remove: (id) => set({ participations: get().participations.filter((p) => p.id !== id) }),
      withdraw: (workshopCode, now) =>
        lockedWrite(api as unknown as PersistedStore, () => {
          const newest = newestFor(get().participations, workshopCode);
          if (!newest) return null;
          const withdrawal = { id: newest.id, workshopCode, chain: withdrawalLink(newest), withdrawnAt: now.toISOString() };
          const forgotten = get().participations.filter((p) => p.workshopCode === workshopCode);
          set({
            participations: get().participations.filter((p) => p.workshopCode !== workshopCode),
            // An earlier withdrawal for this workshop (of a chain answered before) may not be handed over yet: it stays.
            withdrawals: [withdrawal, ...get().withdrawals],
          });
          return { withdrawal, forgotten };
        }),
      closeWithdrawal: (id) => set({ withdrawals: get().withdrawals.filter((w) => w.id !== id) }),
      clear: () => set({ participations: [], withdrawals: [] }),
    }),
    {
      name: PARTICIPATIONS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({
        version: VERSION,
        migrate,
        restore: restoreConsistent,
      }),
      partialize: (s) => ({ participations: s.participations, withdrawals: s.withdrawals }),
    },
  ),
);
syncAcrossTabs(PARTICIPATIONS_KEY, useParticipationStore);
