import { z } from 'zod';
import { workshopSchema, type Workshop } from './workshop';

/** A whole workshop as a file: to keep it, or to open it again on another device. */
export const WORKSHOP_FORMAT = 'modusspiegel-workshop';
export const WORKSHOP_FILE_VERSION = 1;
export const MAX_WORKSHOP_FILE_BYTES = 5 * 1024 * 1024;

export type WorkshopFileError = 'empty' | 'too-large' | 'not-json' | 'not-a-workshop' | 'newer-version';

export function toWorkshopFile(workshop: Workshop, now: Date): string {
  return JSON.stringify({ format: WORKSHOP_FORMAT, version: WORKSHOP_FILE_VERSION, exportedAt: now.toISOString(), workshop }, null, 2);
}

export function parseWorkshopFile(text: string): { ok: true; workshop: Workshop } | { ok: false; error: WorkshopFileError } {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_WORKSHOP_FILE_BYTES) return { ok: false, error: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const header = z.object({ format: z.literal(WORKSHOP_FORMAT), version: z.number() }).safeParse(json);
  if (!header.success) return { ok: false, error: 'not-a-workshop' };
  if (header.data.version > WORKSHOP_FILE_VERSION) return { ok: false, error: 'newer-version' };
  const parsed = z.object({ workshop: workshopSchema }).safeParse(json);
  return parsed.success ? { ok: true, workshop: parsed.data.workshop } : { ok: false, error: 'not-a-workshop' };
}

export function workshopFileName(workshop: Workshop, now: Date): string {
  const slug = workshop.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `modusspiegel-workshop-${slug || workshop.code}-${now.toISOString().slice(0, 10)}.json`;
}
