import { useCallback } from 'react';
import { z } from 'zod/mini';
import { removeRaw, STORAGE_PREFIX } from '../lib/storage';
import { keyedRecord, useKeyedRecord } from './keyed-record';

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

function parse(raw: string | null): readonly string[] | null {
  if (raw === null) return null;
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const record = keyedRecord(PREFIX, parse);

/** The snapshot of one workshop outside React (null before its first reveal). */
export function shownSnapshot(id: string): readonly string[] | null {
  return record.current(id);
}

/** Fixes what the view of `id` shows. */
export function takeShown(id: string, fingerprints: readonly string[]): void {
  const copy = [...fingerprints].sort();
  record.write(id, copy, JSON.stringify(copy));
}

/**
 * Forgets the snapshot of a workshop that is deleted, and with it the two windows' presenting
 * state and the texts typed there but not yet saved (src/stores/presenting-store.ts): here, so
 * the workshop page does not load the presenting code only to delete.
 */
export function forgetShown(id: string): void {
  removeRaw(`${STORAGE_PREFIX}presenting:${id}`);
  removeRaw(`${STORAGE_PREFIX}presenting-draft:${id}`);
  record.forget(id);
}

/** The snapshot of one workshop (null before its first reveal) and the way to take it. */
export function useShownSnapshot(id: string) {
  const snapshot = useKeyedRecord(record, id);
  const take = useCallback((fingerprints: readonly string[]) => takeShown(id, fingerprints), [id]);
  return { snapshot, take };
}

/** "Wis alles": the keys go with every other key; this forgets what only this page held. */
export function forgetAllShown(): void {
  record.forgetAll();
}
