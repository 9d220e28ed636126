/** The characters a stored id may have: it becomes part of an address (`#/result/<id>`). */
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * An id from a file, made safe to use in an address: kept when it is already safe, otherwise
 * replaced by `imported-` and a hash of it (FNV-1a), so the same file opened twice still counts
 * each result once, and an id with `/`, `..`, `?` or `#` never makes a page that cannot be opened
 * or deleted.
 */
export function safeId(id: string): string {
  if (SAFE_ID.test(id)) return id;
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `imported-${hash.toString(16).padStart(8, '0')}-${id.length}`;
}
