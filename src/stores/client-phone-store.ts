import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod/mini';
import { createSafeStorage, noMigrationYet, restoreWith } from '../lib/storage';
import { syncAcrossTabs } from './sync-tabs';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';
import { answersSchema } from '../model/results/saved-result';
import { MAX_NONCE } from '../model/codec/nonce';
import { MAX_CHAIN_SEQ, type ResultChain } from '../model/codec/payload';
import type { Answers } from '../model/instruments/types';
import { withdrawalLink } from '../model/workshop/next-link';

/**
 * A client's (or a colleague's mirror form's) finished answers on their own phone: they stay here
 * until the person hands them over and chooses to erase them. One entry per code and
 * questionnaire; answering again replaces the entry and continues its chain, so the new code
 * takes the place of the old one wherever both are handed in (docs/client.md).
 */
export interface PhoneAnswers {
  readonly code: string;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly nonce: number;
  readonly replaces?: number;
  /** Set on a re-answer (format 4, decision 54). */
  readonly chain?: ResultChain;
  readonly answers: Answers;
}

/**
 * What the phone keeps after the person withdrew their answers (decision 79): only what the
 * withdrawal code holds, until they close it.
 */
export interface PhoneWithdrawal {
  readonly code: string;
  readonly instrumentId: string;
  readonly chain: ResultChain;
}

type Persisted = { entries: PhoneAnswers[]; withdrawals?: PhoneWithdrawal[] };
export const CLIENT_PHONE_KEY = 'modusspiegel:client-phone';

const nonce = z.int().check(z.gte(0), z.lte(MAX_NONCE));
const persistedSchema = z.object({
  entries: z
    .array(
      z.object({
        code: z.string().check(z.minLength(1), z.maxLength(20)),
        instrumentId: z.string().check(z.minLength(1), z.maxLength(40)),
        instrumentVersion: z.int().check(z.positive()),
        nonce,
        replaces: z.optional(nonce),
        chain: z.optional(z.object({ root: nonce, seq: z.int().check(z.gte(1), z.lte(MAX_CHAIN_SEQ)) })),
        answers: answersSchema,
      }),
    )
    .check(z.maxLength(200)),
  // Optional within version 1: an app from before withdrawals reads the entries as they are.
  withdrawals: z.optional(
    z
      .array(
        z.object({
          code: z.string().check(z.minLength(1), z.maxLength(20)),
          instrumentId: z.string().check(z.minLength(1), z.maxLength(40)),
          chain: z.object({ root: nonce, seq: z.int().check(z.gte(1), z.lte(MAX_CHAIN_SEQ)) }),
        }),
      )
      .check(z.maxLength(200)),
  ),
});

interface PhoneState {
  entries: PhoneAnswers[];
  withdrawals: PhoneWithdrawal[];
  save: (entry: PhoneAnswers) => Promise<LockedOutcome<void>>;
  erase: (code: string, instrumentId: string) => void;
  /** Forgets the answers and keeps a withdrawal code in their place (null: nothing to withdraw). */
  withdraw: (code: string, instrumentId: string) => Promise<LockedOutcome<PhoneWithdrawal | null>>;
  /** The person closes the withdrawal code: nothing of it is left. */
  closeWithdrawal: (code: string, instrumentId: string) => void;
}

const same = (a: Pick<PhoneAnswers, 'code' | 'instrumentId'>, b: Pick<PhoneAnswers, 'code' | 'instrumentId'>) =>
  a.code === b.code && a.instrumentId === b.instrumentId;

export const useClientPhoneStore = create<PhoneState>()(
  persist<PhoneState, [], [], Persisted>(
    (set, get, api) => {
      const locked = <T,>(change: () => T) => lockedWrite(api as unknown as PersistedStore, change);
      return {
        entries: [],
        withdrawals: [],
        save: (entry) =>
          locked(() => {
            set({ entries: [...get().entries.filter((e) => !same(e, entry)), entry] });
          }),
        erase: (code, instrumentId) => void locked(() => set({ entries: get().entries.filter((e) => !same(e, { code, instrumentId })) })),
        withdraw: (code, instrumentId) =>
          locked(() => {
            const entry = get().entries.find((e) => same(e, { code, instrumentId }));
            if (!entry) return null;
            const withdrawal = { code, instrumentId, chain: withdrawalLink(entry) };
            set({
              entries: get().entries.filter((e) => !same(e, entry)),
              // One per code and questionnaire: a later one names a later place in the chain.
              withdrawals: [...get().withdrawals.filter((w) => !same(w, entry)), withdrawal],
            });
            return withdrawal;
          }),
        closeWithdrawal: (code, instrumentId) => set({ withdrawals: get().withdrawals.filter((w) => !same(w, { code, instrumentId })) }),
      };
    },
    {
      name: CLIENT_PHONE_KEY,
      version: 1,
      storage: createSafeStorage<Persisted>({ version: 1, migrate: noMigrationYet, restore: restoreWith(persistedSchema) }),
      partialize: (s) => ({ entries: s.entries, withdrawals: s.withdrawals }),
    },
  ),
);

syncAcrossTabs(CLIENT_PHONE_KEY, useClientPhoneStore);
