import { lastWriteSucceeded } from './storage';

/** How long a write keeps its lock after it was made, for other tabs' copies to catch up. */
const PROPAGATION_MS = 80;
/** How long a written stamp stays announced, and the longest a tab waits to see it arrive. */
const STAMP_HELD_MS = 3000;
const STAMP_WAIT_MS = 1500;
const STAMP_POLL_MS = 10;

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
    if (locks) await stampArrived(key, locks);
    if (keeper || lastWriteSucceeded(key)) await store.persist.rehydrate();
    const value = change();
    const written = lastWriteSucceeded(key);
    if (locks && written) announceStamp(key, locks);
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

/*
 * The write stamp. localStorage reaches a tab in another process a moment after the write, and
 * how long that moment is depends on the machine's load (the two-tabs browser test lost 4 of 96
 * once in 7 busy runs with the 80 ms hold alone). Lock names, unlike localStorage, are the same
 * for every tab at once. So each stored write also writes a rising stamp next to its key and
 * holds a lock named after that stamp for a few seconds; the next tab to take the write lock
 * asks which stamps are held and waits, briefly, until its copy of storage shows the highest.
 * Writes to one origin's storage arrive in order, so the stamp arriving means the write has.
 */
const stampKey = (key: string) => `${key}:stamp`;
const stampLock = (key: string, stamp: number) => `${key}:stamp:${stamp}`;

function storedStamp(key: string): number {
  try {
    return Number(globalThis.localStorage?.getItem(stampKey(key))) || 0;
  } catch {
    return 0;
  }
}

async function heldStamp(key: string, locks: LockManager): Promise<number> {
  if (typeof locks.query !== 'function') return 0;
  const prefix = `${key}:stamp:`;
  const { held = [] } = await locks.query();
  return Math.max(0, ...held.map((lock) => (lock.name?.startsWith(prefix) ? Number(lock.name.slice(prefix.length)) || 0 : 0)));
}

async function stampArrived(key: string, locks: LockManager): Promise<void> {
  const wanted = await heldStamp(key, locks);
  const until = Date.now() + STAMP_WAIT_MS;
  while (storedStamp(key) < wanted && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, STAMP_POLL_MS));
}

function announceStamp(key: string, locks: LockManager): void {
  const stamp = storedStamp(key) + 1;
  try {
    // Not through writeRaw: a full storage must not be reported for this small extra.
    globalThis.localStorage?.setItem(stampKey(key), String(stamp));
  } catch {
    return;
  }
  void locks.request(stampLock(key, stamp), { ifAvailable: true }, (lock) => (lock ? new Promise((resolve) => setTimeout(resolve, STAMP_HELD_MS)) : undefined));
}
