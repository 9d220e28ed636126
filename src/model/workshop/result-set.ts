import type { ResultChain } from '../codec/payload';
import { MAX_RETIRED, type Retired, type WorkshopResult } from './workshop';

/**
 * Counting each phone once (docs/result-code.md, "Counted once"; decision 54).
 *
 * A phone's results for one workshop form a chain, known in two ways:
 * - format 4 (re-answers written since decision 54): `chain = { root, seq }`, the nonce of the
 *   phone's first result and the place after it. Of one root, the highest seq counts, whichever
 *   links arrive; the root result itself (seq 0, its own nonce is the root) counts only alone.
 * - format 3 (codes already handed out): `replaces` names the previous result's nonce. A named
 *   nonce is retired for good: the result with it never counts, whether it came before or after.
 *   A result that arrives already retired still retires what it names, so A→B→C counts once in
 *   every order (the defect this fixes: C, A, B counted A and C).
 *
 * - a withdrawal (format 5, decision 79): the phone takes its result back with one more link of its
 *   chain, without answers. The root result and every link up to the withdrawal's seq stop
 *   counting, now and whenever they arrive; a withdrawal for a chain not (yet) here is kept all
 *   the same, so the result stays out when it comes later.
 *
 * What no longer counts is remembered in `Retired` (nonces, each chain's highest seq, and each
 * withdrawn chain's seq), kept with the workshop, so a late arrival of an earlier link stays out
 * after a reload or a file, and a file's withdrawals take effect wherever it is merged.
 * Equal seqs in one chain (a phone restored from a copy) are settled by the larger fingerprint,
 * so the outcome never depends on the order of arrival.
 */

/** What taking one more result into a set of results does. */
export type AddKind = 'added' | 'replaced' | 'duplicate' | 'superseded';

/**
 * What taking a withdrawal in does: `withdrawn`, a result here stopped counting; `withdrawnAhead`,
 * nothing of that chain is here (yet), and what comes of it later stays out; `duplicate`, this
 * chain was already withdrawn this far.
 */
export type WithdrawKind = 'withdrawn' | 'withdrawnAhead' | 'duplicate';

export interface AddOutcome {
  readonly results: WorkshopResult[];
  readonly retired: Retired;
  readonly added: number;
  /** Already here (same fingerprint). */
  readonly duplicates: number;
  /** New results that took the place of an earlier result of the same phone. */
  readonly replaced: number;
  /** Earlier results of a phone whose newer result already counts: never counted. */
  readonly superseded: number;
}

export const NO_RETIRED: Retired = { nonces: [], chains: [] };

interface Top {
  readonly seq: number;
  /** Of the result at the top, when it was seen in this set or is still counted. */
  readonly fingerprint?: string;
}

const byFingerprint = (a: WorkshopResult, b: WorkshopResult) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);

/** True when a chain link at `seq` with `fingerprint` is beaten by `top`. */
const beaten = (top: Top | undefined, seq: number, fingerprint: string) =>
  top !== undefined && (top.seq > seq || (top.seq === seq && top.fingerprint !== undefined && top.fingerprint > fingerprint));

/**
 * A workshop's results being added to, one at a time. Built once per batch, so a batch costs one
 * pass, however many results the workshop already holds.
 */
export function resultSet(existing: readonly WorkshopResult[], retired: Retired = NO_RETIRED) {
  const counted = new Map(existing.map((r) => [r.fingerprint, r]));
  const byNonce = new Map<number, Set<string>>();
  const byRoot = new Map<number, Set<string>>();
  const retiredNonces = new Set(retired.nonces);
  const tops = new Map<number, Top>(retired.chains.map(([root, seq]) => [root, { seq }]));
  const withdrawn = new Map<number, number>();

  const indexOf = (index: Map<number, Set<string>>, key: number, print: string) => index.set(key, (index.get(key) ?? new Set<string>()).add(print));
  const indexNonce = (r: WorkshopResult) => {
    if (r.nonce !== undefined) indexOf(byNonce, r.nonce, r.fingerprint);
    if (r.chain) indexOf(byRoot, r.chain.root, r.fingerprint);
  };
  const raiseTop = (r: WorkshopResult) => {
    if (!r.chain) return;
    if (!beaten(tops.get(r.chain.root), r.chain.seq, r.fingerprint)) tops.set(r.chain.root, { seq: r.chain.seq, fingerprint: r.fingerprint });
  };
  existing.forEach((r) => {
    indexNonce(r);
    raiseTop(r);
  });

  /** The counted results with this nonce, and the counted members of the chain with this root. */
  const holders = (nonce: number) => [...(byNonce.get(nonce) ?? [])];
  const members = (root: number) => [...(byRoot.get(root) ?? [])];

  /** Retires a nonce: the results with it stop counting now and whenever they arrive. */
  const retire = (nonce: number): void => {
    retiredNonces.add(nonce);
    holders(nonce).forEach(uncount);
  };
  const uncount = (print: string) => {
    const result = counted.get(print);
    if (!result) return;
    counted.delete(print);
    if (result.chain) byRoot.get(result.chain.root)?.delete(print);
    if (result.nonce !== undefined) {
      byNonce.get(result.nonce)?.delete(print);
      retiredNonces.add(result.nonce);
    }
  };

  /**
   * Takes a chain back up to `seq`: its root result (by nonce) and every link at or below `seq`.
   * Returns how many counted results that removed.
   */
  const takeBack = (root: number, seq: number): number => {
    withdrawn.set(root, seq);
    const gone = [...holders(root), ...members(root).filter((print) => (counted.get(print)?.chain?.seq ?? 0) <= seq)];
    retire(root);
    gone.forEach(uncount);
    return new Set(gone).size;
  };
  // A file or the stored record may carry withdrawals for results that are listed as counted (a
  // merged file's withdrawal, a replayed write): they never count.
  for (const [root, seq] of retired.withdrawn ?? []) takeBack(root, Math.max(seq, withdrawn.get(root) ?? 0));

  const isSuperseded = (r: WorkshopResult): boolean => {
    if (r.nonce !== undefined && retiredNonces.has(r.nonce)) return true;
    if (r.chain && (withdrawn.get(r.chain.root) ?? 0) >= r.chain.seq) return true;
    if (r.chain) return beaten(tops.get(r.chain.root), r.chain.seq, r.fingerprint);
    // A first result whose chain has moved on.
    return r.nonce !== undefined && tops.has(r.nonce);
  };

  /** What adding `result` would do, without adding it. */
  const classify = (r: WorkshopResult): AddKind => {
    if (counted.has(r.fingerprint)) return 'duplicate';
    if (isSuperseded(r)) return 'superseded';
    const takesPlace =
      (r.chain !== undefined && (members(r.chain.root).length > 0 || holders(r.chain.root).length > 0)) ||
      (r.replaces !== undefined && holders(r.replaces).length > 0);
    return takesPlace ? 'replaced' : 'added';
  };

  return {
    classify,
    /** Adds `result` by the rules above and says what it did. */
    add(r: WorkshopResult): AddKind {
      const kind = classify(r);
      if (kind === 'duplicate') return kind;
      // A result's own links hold whether it counts or not: B arriving after C still retires A.
      if (r.replaces !== undefined) retire(r.replaces);
      if (r.chain) {
        const { root } = r.chain;
        const mine = { seq: r.chain.seq, fingerprint: r.fingerprint };
        members(root)
          .filter((print) => beaten(mine, counted.get(print)?.chain?.seq ?? 0, print))
          .forEach(uncount);
        retire(root);
        raiseTop(r);
      }
      if (kind === 'superseded') {
        if (r.nonce !== undefined) retiredNonces.add(r.nonce);
        return kind;
      }
      counted.set(r.fingerprint, r);
      indexNonce(r);
      return kind;
    },
    /** True when `r`'s chain was withdrawn at or past its place (so it does not count). */
    isWithdrawn: (r: WorkshopResult): boolean =>
      (r.chain !== undefined && (withdrawn.get(r.chain.root) ?? 0) >= r.chain.seq) || (r.nonce !== undefined && withdrawn.has(r.nonce)),
    /** Takes the chain with this root back up to `seq` (a withdrawal code), by the rules above. */
    withdraw(chain: ResultChain): WithdrawKind {
      if ((withdrawn.get(chain.root) ?? 0) >= chain.seq) return 'duplicate';
      return takeBack(chain.root, chain.seq) > 0 ? 'withdrawn' : 'withdrawnAhead';
    },
    get size(): number {
      return counted.size;
    },
    /** The results, sorted by fingerprint: never in the order they came in. */
    list: (): WorkshopResult[] => [...counted.values()].sort(byFingerprint),
    /** What no longer counts, sorted, so it tells nothing of the order of arrival either. */
    retired: (): Retired => ({
      nonces: [...retiredNonces].sort((a, b) => a - b),
      chains: [...tops.entries()].map(([root, top]): [number, number] => [root, top.seq]).sort((a, b) => a[0] - b[0]),
      ...(withdrawn.size > 0 ? { withdrawn: [...withdrawn.entries()].sort((a, b) => a[0] - b[0]) } : {}),
    }),
  };
}

/**
 * Adds results by the rules of `resultSet`: each fingerprint once, and of each phone's chain only
 * the newest. Returns the new list (sorted by fingerprint), what is retired, and counts per kind.
 */
export function addResults(existing: readonly WorkshopResult[], incoming: readonly WorkshopResult[], retired: Retired = NO_RETIRED): AddOutcome {
  const set = resultSet(existing, retired);
  const counts = { added: 0, duplicates: 0, replaced: 0, superseded: 0 };
  for (const result of incoming) {
    const kind = set.add(result);
    if (kind === 'duplicate') counts.duplicates += 1;
    else if (kind === 'superseded') counts.superseded += 1;
    else counts.added += 1;
    if (kind === 'replaced') counts.replaced += 1;
  }
  return { results: set.list(), retired: set.retired(), ...counts };
}

/** Two records of what is retired as one: every retired nonce, and per chain the highest seq (taken in, and withdrawn). */
export function mergeRetired(a: Retired = NO_RETIRED, b: Retired = NO_RETIRED): Retired {
  const highest = (lists: readonly (readonly (readonly [number, number])[])[]) => {
    const tops = new Map<number, number>();
    for (const [root, seq] of lists.flat()) tops.set(root, Math.max(seq, tops.get(root) ?? 0));
    return [...tops.entries()];
  };
  const withdrawn = highest([a.withdrawn ?? [], b.withdrawn ?? []]);
  return { nonces: [...new Set([...a.nonces, ...b.nonces])], chains: highest([a.chains, b.chains]), ...(withdrawn.length > 0 ? { withdrawn } : {}) };
}

/** The record with these withdrawals added (as the intake's withdrawal codes give them). */
export const withWithdrawals = (retired: Retired | undefined, chains: readonly ResultChain[]): Retired | undefined =>
  chains.length === 0 ? retired : mergeRetired(retired, { nonces: [], chains: [], withdrawn: chains.map((c): [number, number] => [c.root, c.seq]) });

/** True when nothing is retired (a workshop then stores no record at all). */
export const isNothingRetired = (retired: Retired): boolean => retired.nonces.length + retired.chains.length + (retired.withdrawn?.length ?? 0) === 0;

/** False when a workshop could not keep this much retired (its schema would refuse it on the next read). */
export const retiredFits = (retired: Retired): boolean =>
  retired.nonces.length <= MAX_RETIRED && retired.chains.length <= MAX_RETIRED && (retired.withdrawn?.length ?? 0) <= MAX_RETIRED;
