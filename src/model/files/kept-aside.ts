import { savedResultSchema, type SavedResult } from '../results/saved-result';
import { toBackupFile, backupFileName } from '../results/backup-file';
import { workshopSchema, type Workshop } from '../workshop/workshop';
import { workshopFromVersion1 } from '../workshop/migrate-workshop';
import { toWorkshopFile, workshopFileName } from '../workshop/workshop-file';
import { clientCollectionSchema, type ClientCollection } from '../client/collection';

/** A file the app's own import can read again. */
export interface ImportableFile {
  readonly fileName: string;
  readonly text: string;
}

const HISTORY_KEY = 'modusspiegel:history';
const WORKSHOPS_KEY = 'modusspiegel:workshops';
const CLIENTS_KEY = 'modusspiegel:clients';

/**
 * A value that was kept aside, turned into files the app's own import reads (a backup, workshop
 * files), keeping every part that is still valid on its own: an unreadable list usually holds
 * one bad entry among good ones. Empty when nothing in it can be read; the raw text is then
 * still offered as it is. `now` names and dates the files.
 */
export function importableFromKeptAside(key: string, raw: string, now: Date): ImportableFile[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const state = (json as { state?: unknown } | null)?.state ?? json;
  if (key === HISTORY_KEY) {
    const results = listOf(state, 'results')
      .map((r) => savedResultSchema.safeParse(r))
      .filter((p) => p.success)
      .map((p) => p.data as SavedResult);
    return results.length > 0 ? [{ fileName: backupFileName(now), text: toBackupFile(results, now) }] : [];
  }
  if (key === WORKSHOPS_KEY) {
    return listOf(state, 'workshops')
      .map((w) => workshopSchema.safeParse(workshopSchema.safeParse(w).success ? w : workshopFromVersion1(w)))
      .filter((p) => p.success)
      .map((p) => p.data as Workshop)
      .map((w) => ({ fileName: workshopFileName(w, now), text: toWorkshopFile(w, now) }));
  }
  if (key === CLIENTS_KEY) {
    const collections = listOf(state, 'collections')
      .map((c) => clientCollectionSchema.safeParse(c))
      .filter((p) => p.success)
      .map((p) => p.data as ClientCollection);
    return collections.length > 0 ? [{ fileName: backupFileName(now), text: toBackupFile([], now, collections) }] : [];
  }
  return [];
}

function listOf(state: unknown, field: string): unknown[] {
  const list = (state as Record<string, unknown> | null)?.[field];
  return Array.isArray(list) ? list : [];
}
