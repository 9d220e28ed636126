import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { readRaw, removeRaw, STORAGE_PREFIX, writeRaw } from '../lib/storage';

/**
 * Which results a workshop's team view shows: the fingerprints at the first reveal or at the
 * facilitator's last "Bijwerken" (decision 73). One small key per workshop in localStorage, so the
 * wall, the workshop page and the report show the same state, in any tab and after a reload. It
 * is never part of the workshop, its file or a backup (decision 38): the moment of an update
 * would tell which results came in after it. A fingerprint is the result's code: a result deleted
 * since stays in the view, from its code, until the next update; the snapshot goes with the
 * workshop and with "Wis alles".
 */
const PREFIX = `${STORAGE_PREFIX}shown:`;
const snapshotSchema = z.array(z.string().check(z.minLength(1), z.maxLength(400))).check(z.maxLength(5000));

/** Snapshots that storage refused to keep: they live in this page, which still keeps the view fixed. */
const unsaved = new Map<string, readonly string[]>();
/** The last value read per key, so the same stored text gives the same array (useSyncExternalStore). */
const memo = new Map<string, { raw: string | null; value: readonly string[] | null }>();
const listeners = new Set<() => void>();

function parse(raw: string | null): readonly string[] | null {
  if (raw === null) return null;
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function current(id: string): readonly string[] | null {
  const kept = unsaved.get(id);
  if (kept) return kept;
  const raw = readRaw(PREFIX + id);
  const seen = memo.get(id);
  if (seen && seen.raw === raw) return seen.value;
  const value = parse(raw);
  memo.set(id, { raw, value });
  return value;
}

const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab updated (the wall on the projector, the workshop page on the laptop): read again.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The snapshot of one workshop outside React (null before its first reveal). */
export function shownSnapshot(id: string): readonly string[] | null {
  return current(id);
}

/** Fixes what the view of `id` shows. */
export function takeShown(id: string, fingerprints: readonly string[]): void {
  const copy = [...fingerprints].sort();
  if (writeRaw(PREFIX + id, JSON.stringify(copy))) unsaved.delete(id);
  else unsaved.set(id, copy);
  notify();
}

/** Forgets the snapshot of a workshop that is deleted. */
export function forgetShown(id: string): void {
  unsaved.delete(id);
  removeRaw(PREFIX + id);
  notify();
}

/** The snapshot of one workshop (null before its first reveal) and the way to take it. */
export function useShownSnapshot(id: string) {
  const snapshot = useSyncExternalStore(subscribe, () => current(id));
  const take = useCallback((fingerprints: readonly string[]) => takeShown(id, fingerprints), [id]);
  return { snapshot, take };
}

/** "Wis alles": the keys go with every other key; this forgets what only this page held. */
export function forgetAllShown(): void {
  unsaved.clear();
  memo.clear();
  notify();
}
