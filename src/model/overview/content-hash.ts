/**
 * A team report's identity without a report id (files of versions 1–4, decision 95): a hash of
 * its figures written canonically (keys sorted, absent fields left out), so the same report read
 * twice, from one file or from two copies saved on different days, has the same hash. The ids of
 * version 5 are left out of it, so a version-4 and a version-5 file of the same report agree too.
 */
import type { TeamReport } from '../team-report/types';

/** JSON with the keys of every object sorted: the same value gives the same text, whatever the order it was built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * cyrb53 (a public-domain 53-bit string hash): fast and well mixed, not cryptographic. Nothing
 * is secret here; two different reports would need to collide by chance, about 1 in 2^53 per pair.
 */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The hash of a report's figures, ids left out: two hashes of 53 bits (two seeds) side by side. */
export function reportContentHash(report: TeamReport): string {
  const { reportId: _id, sameTeamAs: _link, ...figures } = report;
  const text = canonicalJson(figures);
  return cyrb53(text, 1) + cyrb53(text, 2);
}
