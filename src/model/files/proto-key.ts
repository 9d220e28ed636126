/**
 * True when a value parsed from JSON holds a key named `__proto__` anywhere. JSON.parse keeps
 * such a key as ordinary data, but a schema that copies keys into a new object (zod's `record`)
 * assigns it as the object's prototype instead: the key vanishes from the parsed value, and an
 * entry with an unknown part or statement named `__proto__` looked like a clean one. The fuzz
 * suite found it (issue 18); an entry that holds one is refused instead.
 */
export function holdsProtoKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 20) return false;
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some((v) => holdsProtoKey(v, depth + 1));
}
