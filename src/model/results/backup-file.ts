import { z } from 'zod/mini';
import { savedResultSchema, type SavedResult } from './saved-result';
import { parseVersionedJsonFile } from '../files/versioned-json-file';
import { findInstrument } from '../instruments/registry';
import { safeId } from '../files/safe-id';
import { clientCollectionSchema, type ClientCollection } from '../client/collection';

/**
 * The personal backup file: the reliable way to keep results over months, since browsers may
 * clear a site's storage. It can be opened again in the app on any device.
 */
export const BACKUP_FORMAT = 'modusspiegel-backup';
export const BACKUP_VERSION = 1;
/** No real backup comes near this; a larger file is not ours and is refused before parsing. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  results: z.array(savedResultSchema).check(z.maxLength(10_000)),
  /** Clients' views and mirror forms (docs/client.md): optional, so older backups still open. */
  clientCollections: z.optional(z.array(clientCollectionSchema).check(z.maxLength(500))),
});

export type BackupError = 'empty' | 'too-large' | 'not-json' | 'not-a-backup' | 'newer-version';

export type BackupParse =
  /** `skipped`: results for a questionnaire (version) this app does not know, or without a single answer. */
  | { ok: true; results: SavedResult[]; skipped: number; clientCollections: ClientCollection[] }
  | { ok: false; error: BackupError };

export function toBackupFile(results: readonly SavedResult[], now: Date, clientCollections: readonly ClientCollection[] = []): string {
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), results, clientCollections },
    null,
    2,
  );
}

export function parseBackupFile(text: string): BackupParse {
  const parsed = parseVersionedJsonFile(text, { format: BACKUP_FORMAT, version: BACKUP_VERSION, maxBytes: MAX_BACKUP_BYTES, schema: backupSchema });
  if (parsed.ok) {
    // A result the app cannot score would be listed as "between modes": leave it out and say so.
    const usable = parsed.value.results
      .filter((r) => findInstrument(r.instrumentId, r.instrumentVersion) !== undefined && Object.keys(r.answers).length > 0)
      .map((r) => ({ ...r, id: safeId(r.id) }));
    const clientCollections = (parsed.value.clientCollections ?? []).map((c) => ({ ...c, id: safeId(c.id) }));
    return { ok: true, results: usable, skipped: parsed.value.results.length - usable.length, clientCollections };
  }
  return { ok: false, error: parsed.error === 'not-ours' ? 'not-a-backup' : parsed.error };
}

export function backupFileName(now: Date): string {
  return `modusspiegel-${now.toISOString().slice(0, 10)}.json`;
}
