import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSafeStorage, noMigrationYet, restoreEachOf } from '../lib/storage';
import { syncAcrossTabs } from './sync-tabs';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';
import {
  asWorkshop,
  clientCollectionSchema,
  isClientView,
  MAX_COLLECTION_RESULTS,
  normaliseMinClients,
  removeResult,
  updateShown,
  withOwnMirror,
  withTableClient,
  type ClientCollection,
} from '../model/client/collection';
import type { WorkshopResult } from '../model/workshop/workshop';
import { addResults, retiredFits, withWithdrawals } from '../model/workshop/result-set';
import type { ResultChain } from '../model/codec/payload';
import { mergeCollections, type CollectionsImport } from '../model/client/merge-collections';
import { sortIntake } from '../model/workshop/intake';
import { addingResults, changing, type Touch } from '../model/workshop/unsaved';
import { createUnsavedJournal } from './unsaved-journal';
import type { IntakeCandidate, IntakeOutcome } from './workshop-store';

/**
 * Client views and mirror forms on the professional's device, apart from the professional's own
 * history (a client's answers are never one of "my results"). docs/client.md.
 */
type Persisted = { collections: ClientCollection[] };

export const CLIENTS_KEY = 'modusspiegel:clients';
const VERSION = 1;

export interface ClientTakeInOutcome {
  readonly added: number;
  readonly duplicates: number;
  readonly replaced: number;
  readonly superseded: number;
  /** At the table there is one client: a second client view is refused. */
  readonly tableTaken: boolean;
  readonly full: boolean;
  readonly missing?: boolean;
}

interface ClientState {
  collections: ClientCollection[];
  create: (collection: ClientCollection) => Promise<LockedOutcome<void>>;
  remove: (id: string) => Promise<LockedOutcome<void>>;
  takeIn: (id: string, incoming: readonly WorkshopResult[]) => Promise<LockedOutcome<ClientTakeInOutcome>>;
  /** The intake's codes and files, sorted and taken in by one locked write, as the workshop store's `intake`. */
  intake: (id: string, candidates: readonly IntakeCandidate[]) => Promise<LockedOutcome<IntakeOutcome>>;
  setOwnMirror: (id: string, mirror: WorkshopResult) => Promise<LockedOutcome<boolean>>;
  /** At the table: the new client view takes the place of the earlier one (false: the conversation is gone). */
  replaceTableClient: (id: string, view: WorkshopResult) => Promise<LockedOutcome<boolean>>;
  removeResult: (id: string, fingerprint: string) => Promise<LockedOutcome<void>>;
  /** Brings the comparison up to date with every client view taken in: only ever on the professional's request. */
  updateShown: (id: string) => Promise<LockedOutcome<void>>;
  setMinClients: (id: string, value: number) => Promise<LockedOutcome<void>>;
  /**
   * From a backup file, already rebuilt from its codes (restoreCollection): merged by
   * `mergeCollections`, whose counts are returned for the message.
   */
  importCollections: (collections: readonly ClientCollection[], newId?: () => string) => Promise<LockedOutcome<Omit<CollectionsImport, 'collections'>>>;
}

/** Each collection is validated on its own, as workshops are: one damaged collection never takes the others with it. */
const restore = restoreEachOf(CLIENTS_KEY, 'collections', VERSION, clientCollectionSchema);

/**
 * Results a collection can take in, or why not: the collection's limit, and at the table one
 * client. The same rules for codes one by one (`takeIn`) and for the intake's batch (`intake`).
 */
function refusal(collection: ClientCollection, outcome: ReturnType<typeof addResults>): 'full' | 'tableTaken' | null {
  if (outcome.results.length > MAX_COLLECTION_RESULTS || !retiredFits(outcome.retired)) return 'full';
  if (collection.setting === 'table' && outcome.results.filter(isClientView).length > 1) return 'tableTaken';
  return null;
}

const unsaved = createUnsavedJournal<ClientCollection>();
/** Whether this collection holds changes that this tab could not store (full storage). */
export const useUnsavedCollection = unsaved.useUnsaved;

export const useClientStore = create<ClientState>()(
  persist<ClientState, [], [], Persisted>(
    (set, get, api) => {
      const update = (id: string, change: (c: ClientCollection) => ClientCollection): void => {
        set({ collections: get().collections.map((c) => (c.id === id ? change(c) : c)) });
      };
      // `touched` says how to make the change again if storage refuses it (src/model/workshop/unsaved.ts).
      const locked = <T,>(change: () => T, touched: (value: T) => readonly Touch<ClientCollection>[]): Promise<LockedOutcome<T>> =>
        lockedWrite(api as unknown as PersistedStore, change, unsaved.keeper(touched));
      const changeOne = (id: string, change: (c: ClientCollection) => ClientCollection) =>
        locked(
          (): void => update(id, change),
          () => [{ id, replay: changing(change) }],
        );
      const resultsAdded = (id: string, results: readonly WorkshopResult[], withdrawals: readonly ResultChain[] = []): Touch<ClientCollection>[] =>
        results.length + withdrawals.length > 0 ? [{ id, replay: addingResults(results, withWithdrawals(undefined, withdrawals)) }] : [];
      return {
        collections: [],
        create: (collection) =>
          locked(
            (): void => {
              set({ collections: [collection, ...get().collections] });
            },
            () => [{ id: collection.id, created: true, replay: (c) => c ?? collection }],
          ),
        remove: (id) =>
          locked(
            (): void => {
              set({ collections: get().collections.filter((c) => c.id !== id) });
            },
            () => [{ id, replay: () => undefined }],
          ),
        takeIn: (id, incoming) =>
          locked(
            (): ClientTakeInOutcome => {
              const collection = get().collections.find((c) => c.id === id);
              const none = { added: 0, duplicates: 0, replaced: 0, superseded: 0, tableTaken: false, full: false };
              if (!collection) return { ...none, missing: true };
              const outcome = addResults(collection.results, incoming, collection.retired);
              const refused = refusal(collection, outcome);
              if (refused === 'full') return { ...none, duplicates: outcome.duplicates, full: true };
              if (refused === 'tableTaken') return { ...none, tableTaken: true };
              // A superseded result changes the collection too: it retires the earlier link it names.
              if (outcome.added + outcome.superseded > 0) update(id, (c) => ({ ...c, results: outcome.results, retired: outcome.retired }));
              return { added: outcome.added, duplicates: outcome.duplicates, replaced: outcome.replaced, superseded: outcome.superseded, tableTaken: false, full: false };
            },
            (outcome) => resultsAdded(id, outcome.added + outcome.superseded > 0 ? incoming : []),
          ),
        intake: (id, candidates) =>
          locked(
            (): IntakeOutcome => {
              const collection = get().collections.find((c) => c.id === id);
              if (!collection) return { entries: [], accepted: [], withdrawals: [], missing: true };
              // Sorted against the collection as stored now, under the lock (see the workshop store).
              const sorted = sortIntake(asWorkshop(collection), candidates);
              const outcome = addResults(collection.results, sorted.accepted, withWithdrawals(collection.retired, sorted.withdrawals));
              const refused = refusal(collection, outcome);
              if (refused) {
                const entries = sorted.entries.map((e) => (e.status.kind === 'added' || e.status.kind === 'replaced' ? { ...e, status: { kind: refused } } : e));
                return { entries, accepted: [], withdrawals: [] };
              }
              if (sorted.accepted.length + sorted.withdrawals.length > 0) update(id, (c) => ({ ...c, results: outcome.results, retired: outcome.retired }));
              return sorted;
            },
            (outcome) => resultsAdded(id, outcome.accepted, outcome.withdrawals),
          ),
        setOwnMirror: (id, mirror) =>
          locked(
            () => {
              if (!get().collections.some((c) => c.id === id)) return false;
              update(id, (c) => withOwnMirror(c, mirror));
              return true;
            },
            (done) => (done ? [{ id, replay: changing((c) => withOwnMirror(c, mirror)) }] : []),
          ),
        replaceTableClient: (id, view) =>
          locked(
            () => {
              if (!get().collections.some((c) => c.id === id && c.setting === 'table')) return false;
              update(id, (c) => withTableClient(c, view));
              return true;
            },
            (done) => (done ? [{ id, replay: changing((c) => withTableClient(c, view)) }] : []),
          ),
        removeResult: (id, fingerprint) => changeOne(id, (c) => removeResult(c, fingerprint)),
        updateShown: (id) => changeOne(id, updateShown),
        importCollections: (incoming, newId = () => crypto.randomUUID()) => {
          let before = new Map<string, ClientCollection>();
          return locked(
            () => {
              before = new Map(get().collections.map((c) => [c.id, c]));
              const { collections, ...counts } = mergeCollections(get().collections, incoming, newId);
              set({ collections });
              return counts;
            },
            // Made again one conversation at a time: a new one whole, a known one with the results it gained.
            () =>
              get().collections.flatMap((c): Touch<ClientCollection>[] => {
                const was = before.get(c.id);
                if (!was) return [{ id: c.id, created: true, replay: (now) => now ?? c }];
                return was === c ? [] : [{ id: c.id, replay: addingResults<ClientCollection>(c.results, c.retired) }];
              }),
          );
        },
        setMinClients: (id, value) => changeOne(id, (c) => ({ ...c, minClients: normaliseMinClients(value) })),
      };
    },
    {
      name: CLIENTS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({ version: VERSION, migrate: noMigrationYet, restore, onStored: unsaved.stored }),
      partialize: (s) => ({ collections: s.collections }),
      // As the workshop store: every read of storage keeps what this tab could not store.
      merge: (persisted, current) => (persisted ? { ...current, collections: unsaved.merge((persisted as Persisted).collections) } : current),
    },
  ),
);

export function useClientCollection(id: string | undefined): ClientCollection | undefined {
  return useClientStore((s) => s.collections.find((c) => c.id === id));
}

syncAcrossTabs(CLIENTS_KEY, useClientStore);
