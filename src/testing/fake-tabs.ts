import { vi } from 'vitest';

/**
 * Several "tabs" in one test: each is a fresh copy of the app's modules (vi.resetModules), so
 * each has its own stores, its own record of failed writes and its own unsaved changes, while all
 * of them share one localStorage whose room the test controls. A write that does not fit throws
 * QuotaExceededError, as a browser's does.
 */
export class QuotaStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Room in characters (keys and values), like a browser's per-origin quota. */
  quota = Number.POSITIVE_INFINITY;
  /** Called after every write that fitted, with its key: the other tabs' "storage" event. */
  onWrite: (key: string) => void = () => {};

  get length(): number {
    return this.items.size;
  }
  used(): number {
    let total = 0;
    for (const [k, v] of this.items) total += k.length + v.length;
    return total;
  }
  /** Leaves exactly `slack` characters free: nothing larger than what is stored now (plus that) fits. */
  fill(slack = 0): void {
    this.quota = this.used() + slack;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    const before = this.items.get(key);
    const after = this.used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
    if (after > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
    this.onWrite(key);
  }
}

/** Puts a QuotaStorage in place of localStorage for the rest of the test (undo with vi.unstubAllGlobals). */
export function installQuotaStorage(): QuotaStorage {
  const storage = new QuotaStorage();
  vi.stubGlobal('localStorage', storage);
  return storage;
}

/** A fresh copy of a module and everything it imports, as a second tab would load it. */
export async function openTab<M>(load: () => Promise<M>): Promise<M> {
  vi.resetModules();
  return load();
}

/**
 * Web Locks shared by every "tab" of the test, first come first served per name, as the browser
 * grants them: two tabs' locked writes then run one after the other, never interleaved.
 */
export function installWebLocks(): void {
  const queues = new Map<string, Promise<unknown>>();
  const request = <T>(name: string, task: () => Promise<T>): Promise<T> => {
    const turn = (queues.get(name) ?? Promise.resolve()).then(task);
    queues.set(
      name,
      turn.catch(() => undefined),
    );
    return turn;
  };
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { locks: { request } }));
}
