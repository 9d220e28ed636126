import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * Every read and write of localStorage goes through here. Stored data is never trusted: a value
 * that does not parse, fails its schema or cannot be migrated is copied to a quarantine key before
 * the store starts clean, so nothing the user saved is ever destroyed by a reset.
 */

export const STORAGE_PREFIX = 'modusspiegel:';
const QUARANTINE_PREFIX = `${STORAGE_PREFIX}quarantine:`;

export type StorageProblem =
  | { kind: 'corrupted' | 'corruptedKept'; key: string; quarantineKey: string | null; raw: string }
  | { kind: 'full'; key: string }
  /** Written by a newer version of the app (another tab, after an update): left alone, not read. */
  | { kind: 'newer'; key: string }
  | { kind: 'unavailable' };

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();
const pending: StorageProblem[] = [];

/** Problems found before the UI subscribed (stores hydrate first) are replayed to the first listener. */
export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  pending.splice(0).forEach(listener);
  return () => listeners.delete(listener);
}

function report(problem: StorageProblem) {
  if (listeners.size === 0) pending.push(problem);
  listeners.forEach((l) => l(problem));
}

function backend(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some browsers throw on mere access when storage is disabled.
    return null;
  }
}

let unavailableReported = false;
function storageOrReport(): Storage | null {
  const s = backend();
  if (!s && !unavailableReported) {
    unavailableReported = true;
    report({ kind: 'unavailable' });
  }
  return s;
}

export function readRaw(key: string): string | null {
  try {
    return storageOrReport()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the write failed; the user has then been told. */
export function writeRaw(key: string, value: string): boolean {
  const s = storageOrReport();
  if (!s) return false;
  try {
    s.setItem(key, value);
    return true;
  } catch {
    report({ kind: 'full', key });
    return false;
  }
}

export function removeRaw(key: string): void {
  try {
    storageOrReport()?.removeItem(key);
  } catch {
    /* nothing to lose: removing is best effort */
  }
}

/** Whether the last write of each key reached storage (see `lastWriteSucceeded`). */
const lastWrite = new Map<string, boolean>();

/** True when the most recent write of `key` through a safe storage was stored; true before any write. */
export function lastWriteSucceeded(key: string): boolean {
  return lastWrite.get(key) ?? true;
}

/** Keys whose stored value could not be read nor kept aside: never overwrite them. */
const frozenKeys = new Set<string>();

/** Never write this key again in this tab (part of its value could not be kept aside). */
export function freezeKey(key: string): void {
  frozenKeys.add(key);
}

/**
 * Keeps an unreadable value aside under a quarantine key, then removes it from its own key, so
 * the next visit starts clean instead of finding, copying and reporting it again. When the copy
 * cannot be written (full storage), the original stays where it is and is never overwritten.
 */
export function quarantine(key: string, raw: string): void {
  const quarantineKey = `${QUARANTINE_PREFIX}${key}:${new Date().toISOString()}`;
  const kept = writeRaw(quarantineKey, raw);
  if (kept) removeRaw(key);
  else frozenKeys.add(key);
  report({ kind: kept ? 'corrupted' : 'corruptedKept', key, quarantineKey: kept ? quarantineKey : null, raw });
}

/**
 * Keeps a copy of part of a stored value aside (entries of a list that passed the schema but do
 * not make sense, e.g. a result for a questionnaire this app does not know) and tells the user;
 * the rest of the value stays in use. Reported like an unreadable value, so it can be downloaded.
 */
export function keepAside(key: string, raw: string): boolean {
  const quarantineKey = `${QUARANTINE_PREFIX}${key}:${new Date().toISOString()}`;
  const kept = writeRaw(quarantineKey, raw);
  report({ kind: kept ? 'corrupted' : 'corruptedKept', key, quarantineKey: kept ? quarantineKey : null, raw });
  return kept;
}

/** Every key this app wrote on this device, quarantined copies and the language included. */
export function ownKeys(): string[] {
  try {
    const s = backend();
    if (!s) return [];
    return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k?.startsWith(STORAGE_PREFIX) ?? false);
  } catch {
    return [];
  }
}

export interface SafeStorageOptions<S> {
  /** The schema version written with the state. */
  version: number;
  /** Brings an older stored state up to `version`; throws when it cannot. */
  migrate: (state: unknown, fromVersion: number) => unknown;
  /** Validates the (migrated) state; returns null when it is not ours. */
  restore: (state: unknown) => S | null;
  /** After every write that storage took: the store's whole state is stored now. */
  onStored?: () => void;
}

/**
 * A zustand PersistStorage that validates, migrates and quarantines. zustand's own persist drops
 * state silently when a parse or migrate fails and then overwrites it on the next change; this
 * adapter keeps the raw value aside first and tells the user.
 */
export function createSafeStorage<S>(options: SafeStorageOptions<S>): PersistStorage<S> {
  return {
    getItem(name): StorageValue<S> | null {
      const raw = readRaw(name);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (!parsed || typeof parsed !== 'object') throw new Error('not an object');
        const { state, version } = parsed as { state?: unknown; version?: unknown };
        if (typeof version === 'number' && version > options.version) {
          // A newer app wrote this (an updated tab): it is not ours to judge. Leave it exactly as it
          // is, never write over it from this tab, and ask for a reload.
          frozenKeys.add(name);
          report({ kind: 'newer', key: name });
          return null;
        }
        if (typeof version !== 'number') throw new Error('unknown version');
        const migrated = version < options.version ? options.migrate(state, version) : state;
        const restored = options.restore(migrated);
        if (restored === null) throw new Error('invalid state');
        return { state: restored, version: options.version };
      } catch {
        quarantine(name, raw);
        return null;
      }
    },
    setItem(name, value) {
      if (frozenKeys.has(name)) {
        lastWrite.set(name, false);
        return;
      }
      const stored = writeRaw(name, JSON.stringify(value));
      lastWrite.set(name, stored);
      if (stored) options.onStored?.();
    },
    removeItem(name) {
      if (frozenKeys.has(name)) return;
      removeRaw(name);
    },
  };
}

/** Ask the browser not to clear this site's data after days without a visit. Best effort. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return false;
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** `restore` for a zod schema: the parsed value, or null when the stored state is not ours. */
export function restoreWith<S>(schema: { safeParse: (v: unknown) => { success: true; data: S } | { success: false } }) {
  return (state: unknown): S | null => {
    const parsed = schema.safeParse(state);
    return parsed.success ? parsed.data : null;
  };
}

/** The first schema version has nothing to migrate from; a later version adds its step. */
export function noMigrationYet(state: unknown, fromVersion: number): unknown {
  throw new Error(`no migration from version ${fromVersion} (state ${typeof state})`);
}

/**
 * `restore` for a store that keeps one list (`{ [field]: T[] }`) whose entries are validated one
 * by one: a damaged or oversized entry is dropped from what is read, so it never takes the others
 * with it. A copy of the unreadable entries is kept aside (and the user told) before the key
 * holds only the readable ones; without room for a copy the key is left exactly as it is and
 * frozen. Null (the whole value quarantined) only when nothing at all can be read.
 */
export function restoreEachOf<F extends string, T>(
  key: string,
  field: F,
  version: number,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
) {
  return (state: unknown): Record<F, T[]> | null => {
    const list = (state as Record<string, unknown> | null)?.[field];
    if (!Array.isArray(list)) return null;
    const kept: T[] = [];
    const refused: unknown[] = [];
    for (const raw of list) {
      const one = schema.safeParse(raw);
      if (one.success) kept.push(one.data);
      else refused.push(raw);
    }
    if (kept.length === 0 && refused.length > 0) return null;
    if (refused.length > 0) {
      if (keepAside(key, JSON.stringify({ state: { [field]: refused }, version }))) {
        writeRaw(key, JSON.stringify({ state: { [field]: kept }, version }));
      } else {
        freezeKey(key);
      }
    }
    return { [field]: kept } as Record<F, T[]>;
  };
}
