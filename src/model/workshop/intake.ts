import type { DecodeOutcome } from '../codec/errors';
import type { ResultCodeErrorDetail } from '../codec/errors';
import type { DecodedResult, ResultChain } from '../codec/result-code';
import { MAX_WORKSHOP_RESULTS, type ResultPart, type Workshop, type WorkshopResult } from './workshop';
import { resultSet } from './result-set';

/** What happened to one code, file or scan that a facilitator offered. */
export type IntakeStatus =
  | { readonly kind: 'added' }
  /** Added in place of an earlier result of the same phone (the participant answered again). */
  | { readonly kind: 'replaced' }
  | { readonly kind: 'duplicate' }
  /** An earlier result of a phone whose newer result already counts: it does not count (never "already received"). */
  | { readonly kind: 'superseded' }
  /** A withdrawal code (decision 79): the phone's result here stopped counting. */
  | { readonly kind: 'withdrawn' }
  /** A withdrawal code for a result not here (yet): kept, so the result stays out when it comes. */
  | { readonly kind: 'withdrawnAhead' }
  /** A result of a chain its phone withdrew: it does not count. */
  | { readonly kind: 'withdrawnLink' }
  | { readonly kind: 'wrong-instrument' }
  /** The workshop already holds the most results it can keep. */
  | { readonly kind: 'full' }
  /** A conversation at the table has one client: a second client's view is not taken in. */
  | { readonly kind: 'tableTaken' }
  /** Accepted, but the device's storage refused the write: it is only in this page until saved as a file. */
  | { readonly kind: 'notSaved' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'error'; readonly detail: ResultCodeErrorDetail };

export interface IntakeEntry {
  /** What was offered, for the message (a code as typed, or a file name). */
  readonly source: string;
  readonly status: IntakeStatus;
}

/**
 * The workshop result a decoded code makes, or null when the code holds a questionnaire (or a
 * version of one) that the workshop does not have: it would be scored with the wrong key.
 */
export function resultFromDecoded(workshop: Workshop, decoded: DecodedResult): WorkshopResult | null {
  const parts: Record<string, ResultPart> = {};
  for (const q of decoded.questionnaires) {
    const own = workshop.questionnaires.some((w) => w.instrumentId === q.instrumentId && w.instrumentVersion === q.instrumentVersion);
    if (!own || Object.hasOwn(parts, q.instrumentId)) return null;
    parts[q.instrumentId] = { answers: q.answers, marks: [...q.marks] };
  }
  if (Object.keys(parts).length === 0) return null;
  return {
    fingerprint: decoded.fingerprint,
    parts,
    ...(decoded.nonce === undefined ? {} : { nonce: decoded.nonce }),
    ...(decoded.replaces === undefined ? {} : { replaces: decoded.replaces }),
    ...(decoded.chain === undefined ? {} : { chain: decoded.chain }),
  };
}

/**
 * Sorts decoded candidates into results to add and a status for each. Nothing is stored here:
 * the caller adds `accepted` in one step (with `addResults`, which applies the same rules to the
 * workshop as stored at that moment), so a batch with bad entries never half-writes. A
 * fingerprint already in the workshop, or earlier in the same batch, is a duplicate and counts
 * once; of one phone's results only the newest counts, the others are 'superseded' but still
 * passed on (their links retire what they name: result-set.ts); a withdrawal code goes to
 * `withdrawals` (not a result: no answers), for the caller to add to what is retired; a result for
 * another questionnaire (or version) than the workshop's is refused, and so is every result past
 * MAX_WORKSHOP_RESULTS.
 */
export function sortIntake(
  workshop: Workshop,
  candidates: readonly { source: string; outcome: DecodeOutcome<DecodedResult> }[],
): { accepted: WorkshopResult[]; withdrawals: ResultChain[]; entries: IntakeEntry[] } {
  // One set for the whole batch: a paste of a thousand codes is one pass, not a thousand copies.
  const results = resultSet(workshop.results, workshop.retired);
  const accepted: WorkshopResult[] = [];
  const withdrawals: ResultChain[] = [];
  const entries = candidates.map(({ source, outcome }): IntakeEntry => {
    if (!outcome.ok) return { source, status: { kind: 'error', detail: outcome.error.detail } };
    const withdraws = outcome.value.withdraws;
    if (withdraws) {
      // Stored as what is retired, never as a result: the caller adds it with `withWithdrawals`.
      const kind = results.withdraw(withdraws);
      if (kind !== 'duplicate') withdrawals.push(withdraws);
      return { source, status: { kind } };
    }
    const result = resultFromDecoded(workshop, outcome.value);
    if (!result) return { source, status: { kind: 'wrong-instrument' } };
    const kind = results.classify(result);
    if (kind === 'duplicate') return { source, status: { kind } };
    if (kind === 'superseded') {
      // Its links still count: a superseded B still retires the A it names.
      const status = results.isWithdrawn(result) ? 'withdrawnLink' : kind;
      results.add(result);
      accepted.push(result);
      return { source, status: { kind: status } };
    }
    if (kind === 'added' && results.size >= MAX_WORKSHOP_RESULTS) return { source, status: { kind: 'full' } };
    results.add(result);
    accepted.push(result);
    return { source, status: { kind } };
  });
  return { accepted, withdrawals, entries };
}

/** Counts per status kind, for one summary line. */
export function summariseIntake(entries: readonly IntakeEntry[]): {
  added: number;
  replaced: number;
  duplicates: number;
  superseded: number;
  /** Withdrawal codes taken in, whether their result was here or not. */
  withdrawn: number;
  refused: number;
} {
  const count = (kind: IntakeStatus['kind']) => entries.filter((e) => e.status.kind === kind).length;
  // "Added to this page, not saved" is in the page: the summary counts it as added, beside the
  // alert that says it is not saved yet, never as "not added".
  const added = count('added') + count('notSaved');
  const replaced = count('replaced');
  const duplicates = count('duplicate');
  const superseded = count('superseded') + count('withdrawnLink');
  const withdrawn = count('withdrawn') + count('withdrawnAhead');
  return { added, replaced, duplicates, superseded, withdrawn, refused: entries.length - added - replaced - duplicates - superseded - withdrawn };
}
