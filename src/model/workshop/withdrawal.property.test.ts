import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResultChain } from '../codec/payload';
import { nextLink, withdrawalLink, type ResultLink } from './next-link';
import { addResults, NO_RETIRED, resultSet, withWithdrawals } from './result-set';
import { retiredSchema, type Retired, type WorkshopResult } from './workshop';

/**
 * A withdrawal takes a phone's result back wherever and whenever it is taken in (decision 79).
 * Phones are made by the phone's own rules (`nextLink`, `withdrawalLink`): `chain`, re-answers
 * chained to the first result; `mixed`, two old codes naming the previous one, then chained to
 * the second (a phone that updated in between). What must count is said per phone.
 */
type Kind = 'chain' | 'mixed';
type Item = { readonly result: WorkshopResult } | { readonly withdraws: ResultChain };

interface Phone {
  readonly kind: Kind;
  readonly results: readonly WorkshopResult[];
  readonly withdrawal: ResultChain;
}

function phone(kind: Kind, nonces: readonly number[]): Phone {
  let queue = [...nonces];
  const draw = () => queue.shift() ?? 0;
  const links: ResultLink[] = [];
  nonces.forEach((_, i) => {
    const previous = links[i - 1];
    // Before decision 54 a re-answer named the previous result: the first two links of `mixed`.
    links.push(kind === 'mixed' && i === 1 && previous ? { nonce: draw(), replaces: previous.nonce } : nextLink(previous, draw));
  });
  queue = [];
  const results = links.map((link): WorkshopResult => ({
    fingerprint: `P${link.nonce.toString().padStart(7, '0')}`,
    parts: { 'self-check': { answers: { s01: 3 }, marks: [] } },
    ...link,
  }));
  return { kind, results, withdrawal: withdrawalLink(links[links.length - 1]!) };
}

/**
 * What must count of a phone, given which results arrived and whether its withdrawal did. Without
 * it: the newest that arrived, except that an old code (before decision 54) also counts when the
 * code after it never arrived. With it: nothing but such an old code, whose link to the rest
 * never reached the laptop (decision 28's limit, only for codes made before decision 54).
 */
function expectedOf(p: Phone, arrived: ReadonlySet<number>, withdrawn: boolean): string[] {
  const prints = p.results.map((r) => r.fingerprint);
  const old = p.kind === 'mixed' ? Math.min(2, prints.length) : 1;
  const newest = [...arrived].sort((a, b) => b - a)[0];
  if (!withdrawn) {
    const oldCounted = [...arrived].filter((i) => i < old - 1 && !arrived.has(i + 1));
    return [...oldCounted.map((i) => prints[i]!), ...(newest !== undefined && !oldCounted.includes(newest) ? [prints[newest]!] : [])];
  }
  return [...arrived].filter((i) => i < old - 1 && !arrived.has(i + 1)).map((i) => prints[i]!);
}

/** As the laptop's intake does it: each batch's withdrawals go to what is retired, its results are added. */
function takeIn(batches: readonly (readonly Item[])[]): { prints: string[]; retired: Retired } {
  let results: WorkshopResult[] = [];
  let retired: Retired = NO_RETIRED;
  for (const batch of batches) {
    const withdrawals = batch.flatMap((item) => ('withdraws' in item ? [item.withdraws] : []));
    const incoming = batch.flatMap((item) => ('result' in item ? [item.result] : []));
    const outcome = addResults(results, incoming, withWithdrawals(retired, withdrawals));
    // Stored and read again: what is retired must pass the workshop's schema.
    retired = retiredSchema.parse(JSON.parse(JSON.stringify(outcome.retired)));
    results = outcome.results;
  }
  return { prints: results.map((r) => r.fingerprint).sort(), retired };
}

/** One item at a time through one set, as `sortIntake` judges a batch. */
function oneSet(items: readonly Item[]): string[] {
  const set = resultSet([]);
  for (const item of items) {
    if ('withdraws' in item) set.withdraw(item.withdraws);
    else set.add(item.result);
  }
  return set.list().map((r) => r.fingerprint).sort();
}

const permutations = <T,>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('a withdrawal takes a phone’s result back', () => {
  it('removes a chain A→B→C in all 24 orders of A, B, C and the withdrawal, one at a time and in one batch, beside another phone', () => {
    const p = phone('chain', [11, 12, 13]);
    const other = phone('chain', [900]).results.map((result) => ({ result }));
    const items: Item[] = [...p.results.map((result) => ({ result })), { withdraws: p.withdrawal }];
    expect(p.withdrawal).toEqual({ root: 11, seq: 3 });
    for (const order of permutations(items)) {
      expect(takeIn([...other, ...order].map((item) => [item])).prints).toEqual(['P0000900']);
      expect(takeIn([[...order, ...other]]).prints).toEqual(['P0000900']);
      expect(oneSet([...order, ...other])).toEqual(['P0000900']);
    }
  });

  it('keeps a withdrawal for a result never received, so the result stays out when it comes later, also after a file or a reload', () => {
    const p = phone('chain', [21, 22]);
    const first = takeIn([[{ withdraws: p.withdrawal }]]);
    expect(first.prints).toEqual([]);
    expect(first.retired.withdrawn).toEqual([[21, 2]]);
    const later = addResults([], p.results, first.retired);
    expect(later.results).toEqual([]);
    expect(later.superseded).toBe(2);
  });

  it('a forged withdrawal for a root nobody has removes nothing, and one for a lower seq leaves the newer result', () => {
    const phones = [phone('chain', [31, 32, 33]), phone('chain', [41]), phone('mixed', [51, 52, 53])];
    const all = phones.flatMap((p) => p.results.map((result) => ({ result })));
    const counted = takeIn([all]).prints;
    expect(counted).toEqual(['P0000033', 'P0000041', 'P0000053']);
    // A stranger does not know the roots: any other 20-bit number removes nothing of these phones.
    expect(takeIn([all, [{ withdraws: { root: 77, seq: 255 } }]]).prints).toEqual(counted);
    // Knowing a root but guessing too low a seq takes back only the links up to it.
    expect(takeIn([all, [{ withdraws: { root: 31, seq: 1 } }]]).prints).toEqual(counted);
  });

  it('a file’s withdrawal takes back the result on another laptop when merged, even without a result in the file', () => {
    const p = phone('chain', [61, 62]);
    const here = addResults([], p.results);
    const file: Retired = { nonces: [], chains: [], withdrawn: [[p.withdrawal.root, p.withdrawal.seq]] };
    expect(addResults(here.results, [], { ...here.retired, ...file }).results).toEqual([]);
  });

  const nonces = fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 20 - 1 }), { minLength: 16, maxLength: 16 });
  const specs = fc.array(
    fc.record({ kind: fc.constantFrom<Kind>('chain', 'mixed'), length: fc.integer({ min: 1, max: 4 }), withdraws: fc.boolean() }),
    { minLength: 1, maxLength: 4 },
  );

  it('counts exactly what each phone’s arrived codes and withdrawal say, for any order, repetition and batching', () => {
    fc.assert(
      fc.property(
        nonces,
        specs,
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(fc.integer({ min: 1, max: 3 })),
        fc.infiniteStream(fc.integer({ min: 0, max: 1_000_000 })),
        (pool, drawn, arrives, repeats, keys) => {
          let next = 0;
          const phones = drawn.map((spec) => phone(spec.kind, pool.slice(next, (next += spec.length))));
          const arrivals = phones.map((p) => new Set(p.results.map((_, i) => i).filter(() => arrives.next().value)));
          const offered: Item[] = phones.flatMap((p, n) => [
            ...[...arrivals[n]!].flatMap((i) => Array<Item>(repeats.next().value).fill({ result: p.results[i]! })),
            ...(drawn[n]!.withdraws ? Array<Item>(repeats.next().value).fill({ withdraws: p.withdrawal }) : []),
          ]);
          const shuffled = offered.map((item) => ({ item, key: keys.next().value })).sort((x, y) => x.key - y.key).map((x) => x.item);
          const batches: Item[][] = [];
          for (const item of shuffled) {
            if (batches.length === 0 || keys.next().value % 3 === 0) batches.push([]);
            batches[batches.length - 1]!.push(item);
          }
          const expected = phones.flatMap((p, n) => expectedOf(p, arrivals[n]!, drawn[n]!.withdraws)).sort();
          expect(takeIn(batches).prints).toEqual(expected);
          expect(oneSet(shuffled)).toEqual(expected);
          // A chained phone that withdrew never counts, whatever arrived and in whatever order.
          phones.forEach((p, n) => {
            if (p.kind === 'chain' && drawn[n]!.withdraws) expect(expectedOf(p, arrivals[n]!, true)).toEqual([]);
          });
        },
      ),
      { numRuns: 1500 },
    );
  });
});
