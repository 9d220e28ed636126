import { freezeKey, keepAside, writeRaw } from './storage';

/**
 * `restoreEachOf` (./storage.ts) for a store that keeps one record (`{ [field]: { [name]: T } }`),
 * such as the questionnaires in progress by session: each entry is validated on its own, and a
 * damaged one is kept aside alone, under its name, while the others stay in use. Without room for
 * the copy the key is left exactly as it is and frozen. Null (the whole value quarantined) only
 * when nothing at all can be read.
 */
export function restoreEachIn<F extends string, T>(
  key: string,
  field: F,
  version: number,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
) {
  return (state: unknown): Record<F, Record<string, T>> | null => {
    const record = (state as Record<string, unknown> | null)?.[field];
    if (!record || typeof record !== 'object' || Array.isArray(record)) return null;
    const kept: [string, T][] = [];
    const refused: [string, unknown][] = [];
    for (const [name, raw] of Object.entries(record)) {
      const one = schema.safeParse(raw);
      if (one.success) kept.push([name, one.data]);
      else refused.push([name, raw]);
    }
    if (kept.length === 0 && refused.length > 0) return null;
    // fromEntries defines each name as an own property: a name such as "__proto__" stays data.
    const readable = { [field]: Object.fromEntries(kept) } as Record<F, Record<string, T>>;
    if (refused.length > 0) {
      if (keepAside(key, JSON.stringify({ state: { [field]: Object.fromEntries(refused) }, version }))) writeRaw(key, JSON.stringify({ state: readable, version }));
      else freezeKey(key);
    }
    return readable;
  };
}
