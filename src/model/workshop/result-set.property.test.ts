import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addResults, NO_RETIRED } from './result-set';
import type { Retired, WorkshopResult } from './workshop';

/**
 * Every phone counted once, whatever the order, repetition or batching of its codes (issue 18,
 * decision 54). A phone answers one workshop 1–4 times:
 * - `chain`: as this app writes it: the first result plain, each re-answer with the first
 *   result's nonce as chain root and seq 1, 2, 3;
 * - `replaces`: codes handed out before decision 54, each naming the previous result's nonce;
 * - `mixed`: two old codes, then re-answers chained to the second (a phone updated in between).
 * What a facilitator must see is said per phone, not by re-deriving the rules.
 */
type Kind = 'chain' | 'replaces' | 'mixed';

interface Phone {
  readonly kind: Kind;
  readonly results: readonly WorkshopResult[];
}

const part = { s01: 3 as const };

function phone(kind: Kind, nonces: readonly number[]): Phone {
  const oldLinks = kind === 'replaces' ? nonces.length : kind === 'mixed' ? Math.min(2, nonces.length) : 1;
  const results = nonces.map((nonce, i): WorkshopResult => {
    const base = { fingerprint: `P${nonce.toString().padStart(7, '0')}`, parts: { 'self-check': { answers: part, marks: [] } }, nonce };
    if (i === 0) return base;
    if (i < oldLinks) return { ...base, replaces: nonces[i - 1] ?? 0 };
    const root = nonces[oldLinks - 1] ?? 0;
    return { ...base, chain: { root, seq: i - oldLinks + 1 } };
  });
  return { kind, results };
}

/**
 * The results of a phone that must count, given which of its results arrived (by index). Chained
 * re-answers: the newest that arrived. Old codes: each arrived result whose successor did not
 * arrive (decision 28: a missing link in an old chain still counts two).
 */
function expectedOf(p: Phone, arrived: ReadonlySet<number>): string[] {
  const got = (i: number) => arrived.has(i);
  const prints = p.results.map((r) => r.fingerprint);
  const oldLinks = p.kind === 'replaces' ? prints.length : p.kind === 'mixed' ? Math.min(2, prints.length) : 1;
  const newest = [...arrived].filter((i) => i >= oldLinks).sort((a, b) => b - a)[0];
  const counted: string[] = [];
  for (let i = 0; i < oldLinks; i++) {
    if (!got(i)) continue;
    const lastOld = i === oldLinks - 1;
    const beaten = lastOld ? newest !== undefined : got(i + 1);
    if (!beaten) counted.push(prints[i] ?? '');
  }
  if (newest !== undefined) counted.push(prints[newest] ?? '');
  return counted;
}

/** Takes results in batch by batch, as several pastes, scans or files would, keeping what is retired. */
function takeIn(batches: readonly (readonly WorkshopResult[])[]): string[] {
  let results: WorkshopResult[] = [];
  let retired: Retired = NO_RETIRED;
  for (const batch of batches) {
    const outcome = addResults(results, batch, retired);
    results = outcome.results;
    retired = outcome.retired;
  }
  return results.map((r) => r.fingerprint);
}

const permutations = <T,>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('one phone, one result, in every order', () => {
  it('counts the newest of a chain A→B→C→D once in all 24 orders, one code at a time or in one batch, beside another phone', () => {
    const chained = phone('chain', [11, 12, 13, 14]);
    const other = phone('chain', [900]).results;
    for (const order of permutations(chained.results)) {
      expect(takeIn([...other, ...order].map((r) => [r])).sort()).toEqual(['P0000014', 'P0000900']);
      expect(takeIn([[...order, ...other]]).sort()).toEqual(['P0000014', 'P0000900']);
    }
  });

  it('counts C alone when A and C arrive and B never does, in both orders', () => {
    const [a, , c] = phone('chain', [21, 22, 23]).results;
    expect(takeIn([[a!], [c!]])).toEqual(['P0000023']);
    expect(takeIn([[c!], [a!]])).toEqual(['P0000023']);
  });

  it('counts an old chain A→B→C (replaces) once in all 6 orders, one at a time and in one batch', () => {
    const old = phone('replaces', [31, 32, 33]).results;
    for (const order of permutations(old)) {
      expect(takeIn(order.map((r) => [r]))).toEqual(['P0000033']);
      expect(takeIn([order])).toEqual(['P0000033']);
    }
  });

  const nonces = fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 20 - 1 }), { minLength: 16, maxLength: 16 });
  const phonesArb = fc.array(fc.record({ kind: fc.constantFrom<Kind>('chain', 'replaces', 'mixed'), length: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 4 });

  it('counts exactly what each phone’s arrived codes say, for any order, repetition and batching', () => {
    fc.assert(
      fc.property(
        nonces,
        phonesArb,
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(fc.integer({ min: 1, max: 3 })),
        fc.infiniteStream(fc.integer({ min: 0, max: 1_000_000 })),
        (pool, specs, arrives, repeats, keys) => {
          let next = 0;
          const phones = specs.map((spec) => phone(spec.kind, pool.slice(next, (next += spec.length))));
          const arrivals = phones.map((p) => new Set(p.results.map((_, i) => i).filter(() => arrives.next().value)));
          const offered = phones.flatMap((p, n) => [...(arrivals[n] ?? [])].flatMap((i) => Array<WorkshopResult>(repeats.next().value).fill(p.results[i]!)));
          // A random order, cut into random batches.
          const shuffled = offered.map((r) => ({ r, key: keys.next().value })).sort((x, y) => x.key - y.key).map((x) => x.r);
          const batches: WorkshopResult[][] = [];
          for (const r of shuffled) {
            if (batches.length === 0 || keys.next().value % 3 === 0) batches.push([]);
            batches[batches.length - 1]!.push(r);
          }
          const expected = phones.flatMap((p, n) => expectedOf(p, arrivals[n] ?? new Set())).sort();
          expect(takeIn(batches).sort()).toEqual(expected);
          // A phone whose re-answers are chained is never counted twice, whatever arrived.
          phones.forEach((p, n) => {
            if (p.kind === 'chain' && (arrivals[n]?.size ?? 0) > 0) expect(expectedOf(p, arrivals[n]!)).toHaveLength(1);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
