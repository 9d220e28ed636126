import { useSyncExternalStore } from 'react';
import { readRaw, removeRaw, writeRaw } from '../lib/storage';

/**
 * One small localStorage key per workshop (`<prefix><id>`), read by every tab: the shown
 * snapshot, the script's plan. A value storage refused to keep lives on in this page, so the
 * page still does what it was told; the last value read per key is kept, so the same stored text
 * gives the same object (useSyncExternalStore). Another tab's write arrives as a `storage` event.
 */
export function keyedRecord<T>(prefix: string, parse: (raw: string | null) => T) {
  const unsaved = new Map<string, T>();
  const memo = new Map<string, { raw: string | null; value: T }>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const current = (id: string): T => {
    const kept = unsaved.get(id);
    if (kept !== undefined) return kept;
    const raw = readRaw(prefix + id);
    const seen = memo.get(id);
    if (seen && seen.raw === raw) return seen.value;
    const value = parse(raw);
    memo.set(id, { raw, value });
    return value;
  };

  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(prefix)) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };

  return {
    current,
    subscribe,
    /** Stores `value` as `text`; kept in this page when storage refuses it. */
    write(id: string, value: T, text: string): void {
      if (writeRaw(prefix + id, text)) unsaved.delete(id);
      else unsaved.set(id, value);
      notify();
    },
    /** The workshop is deleted: its key goes. */
    forget(id: string): void {
      unsaved.delete(id);
      memo.delete(id);
      removeRaw(prefix + id);
      notify();
    },
    /** "Wis alles": the keys go with every other key; this forgets what only this page held. */
    forgetAll(): void {
      unsaved.clear();
      memo.clear();
      notify();
    },
  };
}

export type KeyedRecord<T> = ReturnType<typeof keyedRecord<T>>;

/** The value of one key, re-rendering when it changes in any tab. */
export function useKeyedRecord<T>(record: KeyedRecord<T>, id: string): T {
  return useSyncExternalStore(record.subscribe, () => record.current(id));
}
