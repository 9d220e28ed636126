import type { DecodeOutcome } from '../codec/errors';
import type { ResultCodeErrorDetail } from '../codec/errors';
import type { DecodedResult } from '../codec/result-code';
import type { Workshop, WorkshopResult } from './workshop';

/** What happened to one code, file or scan that a facilitator offered. */
export type IntakeStatus =
  | { readonly kind: 'added' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'wrong-instrument' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'error'; readonly detail: ResultCodeErrorDetail };

export interface IntakeEntry {
  /** What was offered, for the message (a code as typed, or a file name). */
  readonly source: string;
  readonly status: IntakeStatus;
}

/**
 * Sorts decoded candidates into results to add and a status for each. Nothing is stored here:
 * the caller adds `accepted` in one step, so a batch with bad entries never half-writes. A
 * fingerprint already in the workshop, or earlier in the same batch, is a duplicate and counts
 * once. A result for another questionnaire (or version) than the workshop's is refused.
 */
export function sortIntake(
  workshop: Workshop,
  candidates: readonly { source: string; outcome: DecodeOutcome<DecodedResult> }[],
): { accepted: WorkshopResult[]; entries: IntakeEntry[] } {
  const seen = new Set(workshop.results.map((r) => r.fingerprint));
  const accepted: WorkshopResult[] = [];
  const entries = candidates.map(({ source, outcome }): IntakeEntry => {
    if (!outcome.ok) return { source, status: { kind: 'error', detail: outcome.error.detail } };
    const r = outcome.value;
    // Another questionnaire, or another version of it, would be scored with the wrong key.
    if (r.instrumentId !== workshop.instrumentId || r.instrumentVersion !== workshop.instrumentVersion) {
      return { source, status: { kind: 'wrong-instrument' } };
    }
    if (seen.has(r.fingerprint)) return { source, status: { kind: 'duplicate' } };
    seen.add(r.fingerprint);
    accepted.push({ fingerprint: r.fingerprint, answers: r.answers, ...(r.name ? { name: r.name } : {}) });
    return { source, status: { kind: 'added' } };
  });
  return { accepted, entries };
}

/** Counts per status kind, for one summary line. */
export function summariseIntake(entries: readonly IntakeEntry[]): { added: number; duplicates: number; refused: number } {
  return {
    added: entries.filter((e) => e.status.kind === 'added').length,
    duplicates: entries.filter((e) => e.status.kind === 'duplicate').length,
    refused: entries.filter((e) => e.status.kind !== 'added' && e.status.kind !== 'duplicate').length,
  };
}
