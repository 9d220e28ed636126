import { z } from 'zod';
import { savedResultSchema, type SavedResult } from './saved-result';

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
  results: z.array(savedResultSchema).max(10_000),
});

export type BackupError = 'empty' | 'too-large' | 'not-json' | 'not-a-backup' | 'newer-version';

export type BackupParse =
  | { ok: true; results: SavedResult[] }
  | { ok: false; error: BackupError };

export function toBackupFile(results: readonly SavedResult[], now: Date): string {
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), results },
    null,
    2,
  );
}

export function parseBackupFile(text: string): BackupParse {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const header = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(json);
  if (!header.success) return { ok: false, error: 'not-a-backup' };
  if (header.data.version > BACKUP_VERSION) return { ok: false, error: 'newer-version' };
  const parsed = backupSchema.safeParse(json);
  return parsed.success ? { ok: true, results: parsed.data.results } : { ok: false, error: 'not-a-backup' };
}

export function backupFileName(now: Date): string {
  return `modusspiegel-${now.toISOString().slice(0, 10)}.json`;
}
