import { z } from 'zod/mini';
import { MAX_WORKSHOP_RESULTS, workshopSchema, type Workshop } from './workshop';
import { parseVersionedJsonFile } from '../files/versioned-json-file';
import { findInstrument } from '../instruments/registry';
import { restoreWorkshop } from './restore-workshop';
import { workshopFromVersion1 } from './migrate-workshop';
import { safeId } from '../files/safe-id';
import { holdsProtoKey } from '../files/proto-key';

/** A whole workshop as a file: to keep it, or to open it again on another device. */
export const WORKSHOP_FORMAT = 'modusspiegel-workshop';
/** 2: several questionnaires, results in parts, no names. Files of version 1 are still read. */
export const WORKSHOP_FILE_VERSION = 2;
export const MAX_WORKSHOP_FILE_BYTES = 5 * 1024 * 1024;

/** `too-many-results`: more results than one workshop holds (MAX_WORKSHOP_RESULTS); the message names the limit. */
export type WorkshopFileError = 'empty' | 'too-large' | 'not-json' | 'not-a-workshop' | 'newer-version' | 'too-many-results';

/**
 * The file leaves out the link to an earlier workshop of the same team (`sameTeamAs`): it names a
 * workshop id on this device, which on another device names nothing or another team (decision 75).
 */
export function toWorkshopFile(workshop: Workshop, now: Date): string {
  const { sameTeamAs: _link, ...kept } = workshop;
  return JSON.stringify({ format: WORKSHOP_FORMAT, version: WORKSHOP_FILE_VERSION, exportedAt: now.toISOString(), workshop: kept }, null, 2);
}

// The workshop itself is checked after reshaping an old file's workshop (workshopFromVersion1).
const workshopFileSchema = z.object({ version: z.number(), workshop: z.unknown() });

/**
 * A workshop file, validated and made consistent (restoreWorkshop): results whose code does not
 * match their answers or this workshop are dropped and counted, so an edited file cannot make a
 * real result count as already received; results in it twice count once and are counted apart.
 */
export function parseWorkshopFile(
  text: string,
): { ok: true; workshop: Workshop; dropped: number; duplicates: number } | { ok: false; error: WorkshopFileError } {
  const parsed = parseVersionedJsonFile(text, { format: WORKSHOP_FORMAT, version: WORKSHOP_FILE_VERSION, maxBytes: MAX_WORKSHOP_FILE_BYTES, schema: workshopFileSchema });
  if (!parsed.ok) return { ok: false, error: parsed.error === 'not-ours' ? 'not-a-workshop' : parsed.error };
  const raw = parsed.value.version < 2 ? workshopFromVersion1(parsed.value.workshop) : parsed.value.workshop;
  // The schema refuses it too, but then the user would read "not a workshop file" of their own file.
  const results = (raw as { results?: unknown } | null)?.results;
  if (Array.isArray(results) && results.length > MAX_WORKSHOP_RESULTS) return { ok: false, error: 'too-many-results' };
  // A result with a `__proto__` key would lose it in the schema and pass as clean: refuse it alone (proto-key.ts).
  const clean = Array.isArray(results) ? results.filter((r) => !holdsProtoKey(r)) : results;
  const protoDropped = Array.isArray(results) && Array.isArray(clean) ? results.length - clean.length : 0;
  const workshop = workshopSchema.safeParse(Array.isArray(results) ? { ...(raw as object), results: clean } : raw);
  if (!workshop.success) return { ok: false, error: 'not-a-workshop' };
  // A link in a file was not made by this device's facilitator: only they link a workshop to another.
  const { sameTeamAs: _link, ...data } = workshop.data;
  const restored = restoreWorkshop({ ...data, id: safeId(data.id) }, findInstrument);
  return restored ? { ok: true, ...restored, dropped: restored.dropped + protoDropped } : { ok: false, error: 'not-a-workshop' };
}

export function workshopFileName(workshop: Workshop, now: Date): string {
  const slug = workshop.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `modusspiegel-workshop-${slug || workshop.code}-${now.toISOString().slice(0, 10)}.json`;
}
