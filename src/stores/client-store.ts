import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSafeStorage, noMigrationYet, restoreEachOf } from '../lib/storage';
import { syncAcrossTabs } from './sync-tabs';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';
import {
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
import { type WorkshopResult } from '../model/workshop/workshop';
import { addResults, retiredFits } from '../model/workshop/result-set';
import { mergeCollections, type CollectionsImport } from '../model/client/merge-collections';

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
  remove: (id: string) => void;
  takeIn: (id: string, incoming: readonly WorkshopResult[]) => Promise<LockedOutcome<ClientTakeInOutcome>>;
  setOwnMirror: (id: string, mirror: WorkshopResult) => Promise<LockedOutcome<boolean>>;
  /** At the table: the new client view takes the place of the earlier one (false: the conversation is gone). */
  replaceTableClient: (id: string, view: WorkshopResult) => Promise<LockedOutcome<boolean>>;
  removeResult: (id: string, fingerprint: string) => void;
  /** Brings the comparison up to date with every client view taken in: only ever on the professional's request. */
  updateShown: (id: string) => void;
  setMinClients: (id: string, value: number) => void;
  /**
   * From a backup file, already rebuilt from its codes (restoreCollection): merged by
   * `mergeCollections`, whose counts are returned for the message.
   */
  importCollections: (collections: readonly ClientCollection[], newId?: () => string) => Promise<LockedOutcome<Omit<CollectionsImport, 'collections'>>>;
}

/** Each collection is validated on its own, as workshops are: one damaged collection never takes the others with it. */
const restore = restoreEachOf(CLIENTS_KEY, 'collections', VERSION, clientCollectionSchema);

export const useClientStore = create<ClientState>()(
  persist<ClientState, [], [], Persisted>(
    (set, get, api) => {
      const update = (id: string, change: (c: ClientCollection) => ClientCollection) =>
        set({ collections: get().collections.map((c) => (c.id === id ? change(c) : c)) });
      const locked = <T,>(change: () => T): Promise<LockedOutcome<T>> => lockedWrite(api as unknown as PersistedStore, change);
      return {
        collections: [],
        create: (collection) =>
          locked(() => {
            set({ collections: [collection, ...get().collections] });
          }),
        remove: (id) => void locked(() => set({ collections: get().collections.filter((c) => c.id !== id) })),
        takeIn: (id, incoming) =>
          locked((): ClientTakeInOutcome => {
            const collection = get().collections.find((c) => c.id === id);
            const none = { added: 0, duplicates: 0, replaced: 0, superseded: 0, tableTaken: false, full: false };
            if (!collection) return { ...none, missing: true };
            const outcome = addResults(collection.results, incoming, collection.retired);
            if (outcome.results.length > MAX_COLLECTION_RESULTS || !retiredFits(outcome.retired)) return { ...none, duplicates: outcome.duplicates, full: true };
            if (collection.setting === 'table' && outcome.results.filter(isClientView).length > 1) {
              return { ...none, tableTaken: true };
            }
            if (outcome.added + outcome.superseded > 0) update(id, (c) => ({ ...c, results: outcome.results, retired: outcome.retired }));
            return { added: outcome.added, duplicates: outcome.duplicates, replaced: outcome.replaced, superseded: outcome.superseded, tableTaken: false, full: false };
          }),
        setOwnMirror: (id, mirror) =>
          locked(() => {
            if (!get().collections.some((c) => c.id === id)) return false;
            update(id, (c) => withOwnMirror(c, mirror));
            return true;
          }),
        replaceTableClient: (id, view) =>
          locked(() => {
            if (!get().collections.some((c) => c.id === id && c.setting === 'table')) return false;
            update(id, (c) => withTableClient(c, view));
            return true;
          }),
        removeResult: (id, fingerprint) => void locked(() => update(id, (c) => removeResult(c, fingerprint))),
        updateShown: (id) => void locked(() => update(id, updateShown)),
        importCollections: (incoming, newId = () => crypto.randomUUID()) =>
          locked(() => {
            const { collections, ...counts } = mergeCollections(get().collections, incoming, newId);
            set({ collections });
            return counts;
          }),
        setMinClients: (id, value) => void locked(() => update(id, (c) => ({ ...c, minClients: normaliseMinClients(value) }))),
      };
    },
    {
      name: CLIENTS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({ version: VERSION, migrate: noMigrationYet, restore }),
      partialize: (s) => ({ collections: s.collections }),
    },
  ),
);

export function useClientCollection(id: string | undefined): ClientCollection | undefined {
  return useClientStore((s) => s.collections.find((c) => c.id === id));
}

syncAcrossTabs(CLIENTS_KEY, useClientStore);
