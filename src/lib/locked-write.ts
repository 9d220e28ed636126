import { lastWriteSucceeded } from './storage';

/** How long a write keeps its lock after it was made, for other tabs' copies to catch up. */
const PROPAGATION_MS = 80;

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
 * A store that keeps what storage refused through every read of storage (its persist `merge`
 * makes the refused changes again on what is stored, until a write is stored:
 * src/stores/unsaved-journal.ts).
 */
export interface UnsavedKeeper<T> {
  /** Storage refused the change: keep it. Called at once, before another tab's write can be read. */
  refused: (value: T) => void;
}

/**
 * One read–change–write of a persisted store that cannot interleave with the same in another tab:
 * under a Web Lock named after the storage key, the store is first read again from storage (so a
 * result another tab just added is not written away), then `change` runs and the store writes
 * itself back. Without the Web Locks API (old browsers, tests) the same steps run unlocked. The
 * outcome says whether the write reached storage, so nothing is reported as saved that was not.
 */
export async function lockedWrite<T>(store: PersistedStore, change: () => T, keeper?: UnsavedKeeper<T>): Promise<LockedOutcome<T>> {
  const key = store.persist.getOptions().name ?? 'modusspiegel:store';
  const locks = globalThis.navigator?.locks;
  const run = async (): Promise<LockedOutcome<T>> => {
    // After a refused write this tab holds more than storage does. A store with a keeper merges
    // that into what it reads; one without would throw it away, so it builds on memory instead
    // (and may write over another tab's change: only the stores with a keeper are safe from that).
    if (keeper || lastWriteSucceeded(key)) await store.persist.rehydrate();
    const value = change();
    const written = lastWriteSucceeded(key);
    // Before the wait below: a storage event in it reads storage again, and must find this kept.
    if (keeper && !written) keeper.refused(value);
    // localStorage is only eventually consistent between tabs in different processes: another
    // tab's copy learns of this write a moment later. Keep the lock that moment longer, so the
    // next tab to take it reads this write (the two-tabs browser test lost 4 of 96 without it).
    if (locks) await new Promise((resolve) => setTimeout(resolve, PROPAGATION_MS));
    return { value, written };
  };
  return locks ? locks.request(`${key}:write`, run) : run();
}
