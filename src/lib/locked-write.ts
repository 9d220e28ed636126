import { lastWriteSucceeded } from './storage';

/** What a zustand store with the persist middleware offers. */
export interface PersistedStore {
  persist: { rehydrate: () => Promise<void> | void; getOptions: () => { name?: string } };
}

export interface LockedOutcome<T> {
  readonly value: T;
  /** False when the change could not be written to the device's storage (full, unavailable, frozen). */
  readonly written: boolean;
}

/**
 * One read–change–write of a persisted store that cannot interleave with the same in another tab:
 * under a Web Lock named after the storage key, the store is first read again from storage (so a
 * result another tab just added is not written away), then `change` runs and the store writes
 * itself back. Without the Web Locks API (old browsers, tests) the same steps run unlocked. The
 * outcome says whether the write reached storage, so nothing is reported as saved that was not.
 */
export async function lockedWrite<T>(store: PersistedStore, change: () => T): Promise<LockedOutcome<T>> {
  const key = store.persist.getOptions().name ?? 'modusspiegel:store';
  const run = async (): Promise<LockedOutcome<T>> => {
    await store.persist.rehydrate();
    const value = change();
    return { value, written: lastWriteSucceeded(key) };
  };
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(`${key}:write`, run) : run();
}
