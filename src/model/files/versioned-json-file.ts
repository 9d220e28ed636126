import { z } from 'zod/mini';

/**
 * Reads one of our own JSON files (a backup, a workshop): `{ format, version, … }`. Every file a
 * user opens goes through here, so an empty, huge, foreign or newer file gets the same clear
 * answer everywhere and nothing unvalidated reaches a store.
 */
export type VersionedFileError = 'empty' | 'too-large' | 'not-json' | 'not-ours' | 'newer-version';

export interface VersionedFileSpec<T> {
  readonly format: string;
  readonly version: number;
  readonly maxBytes: number;
  /** The whole file's schema, header included. */
  readonly schema: z.ZodMiniType<T>;
}

export function parseVersionedJsonFile<T>(text: string, spec: VersionedFileSpec<T>): { ok: true; value: T } | { ok: false; error: VersionedFileError } {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > spec.maxBytes) return { ok: false, error: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const header = z.object({ format: z.literal(spec.format), version: z.number() }).safeParse(json);
  if (!header.success) return { ok: false, error: 'not-ours' };
  if (header.data.version > spec.version) return { ok: false, error: 'newer-version' };
  const parsed = spec.schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'not-ours' };
}
