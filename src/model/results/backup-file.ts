import { z } from 'zod/mini';
import { savedResultSchema, type SavedResult } from './saved-result';
import { parseVersionedJsonFile } from '../files/versioned-json-file';
import { findInstrument } from '../instruments/registry';
import { safeId } from '../files/safe-id';
import { collectionForFile, type ClientCollection } from '../client/collection';
import { collectionsFromBackup } from '../client/backup-collections';
import { fitsQuestionnaire } from '../instruments/fits-questionnaire';
import { holdsProtoKey } from '../files/proto-key';

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
  // Entries are checked one by one below, so one damaged entry is refused alone, never the file.
  results: z.array(z.unknown()).check(z.maxLength(10_000)),
  /** Clients' views and mirror forms (docs/client.md): optional, so older backups still open. */
  clientCollections: z.optional(z.array(z.unknown()).check(z.maxLength(500))),
});

export type BackupError = 'empty' | 'too-large' | 'not-json' | 'not-a-backup' | 'newer-version';

/** What a backup holds that this app can trust, and how much of it was refused. */
export interface BackupContents {
  readonly results: SavedResult[];
  /**
   * Own results refused: a questionnaire (version) this app does not know, a statement it does
   * not have, an answer its scale does not offer, or not a single answer.
   */
  readonly refused: number;
  readonly clientCollections: ClientCollection[];
  /** Client results refused: damaged, or their answers do not agree with their code (restoreCollection). */
  readonly clientRefused: number;
  /** Conversations refused whole: damaged, or their code is not a valid code. */
  readonly conversationsRefused: number;
}

export type BackupParse = ({ ok: true } & BackupContents) | { ok: false; error: BackupError };

export function toBackupFile(results: readonly SavedResult[], now: Date, clientCollections: readonly ClientCollection[] = []): string {
  return JSON.stringify(
    // A client view deleted but still in the shown comparison leaves the file at once (decision 73).
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), results, clientCollections: clientCollections.map(collectionForFile) },
    null,
    2,
  );
}

/**
 * A backup file, every part checked entry by entry: own results against their questionnaire
 * (they carry no code), conversations rebuilt from their clients' codes. What fails is left out
 * and counted; the rest is restored.
 */
export function parseBackupFile(text: string): BackupParse {
  const parsed = parseVersionedJsonFile(text, { format: BACKUP_FORMAT, version: BACKUP_VERSION, maxBytes: MAX_BACKUP_BYTES, schema: backupSchema });
  if (!parsed.ok) return { ok: false, error: parsed.error === 'not-ours' ? 'not-a-backup' : parsed.error };
  const usable: SavedResult[] = [];
  for (const raw of parsed.value.results) {
    const one = holdsProtoKey(raw) ? null : savedResultSchema.safeParse(raw);
    // A result without a single answer would be listed as "between modes": leave it out too.
    if (one?.success && Object.keys(one.data.answers).length > 0 && fitsQuestionnaire(one.data, findInstrument)) usable.push({ ...one.data, id: safeId(one.data.id) });
  }
  const clients = collectionsFromBackup(parsed.value.clientCollections ?? [], findInstrument);
  return {
    ok: true,
    results: usable,
    refused: parsed.value.results.length - usable.length,
    clientCollections: clients.collections,
    clientRefused: clients.refused,
    conversationsRefused: clients.conversationsRefused,
  };
}

export function backupFileName(now: Date): string {
  return `modusspiegel-${now.toISOString().slice(0, 10)}.json`;
}
