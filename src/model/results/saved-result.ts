import { z } from 'zod/mini';
import type { Answers } from '../instruments/types';

/**
 * A finished questionnaire as kept on the device and in backup files. We keep the answers, not
 * the scores: scores are always recomputed by the model, so a corrected scoring method applies
 * to old results too and a stored score can never disagree with its answers.
 */
export interface SavedResult {
  readonly id: string;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly answers: Answers;
  /** ISO 8601 date-time of completion. */
  readonly completedAt: string;
  /** Where the professional wants to be in half a year, and one first step, if they chose one. */
  readonly wanted?: WantedPoint;
}

/** A point in the window the professional wants to reach, 0–100 on each axis, and a first step. */
export interface WantedPoint {
  readonly support: number;
  readonly expectations: number;
  readonly firstStep: string;
}

export const MAX_FIRST_STEP = 280;

const wantedSchema = z.object({
  support: z.number().check(z.gte(0), z.lte(100)),
  expectations: z.number().check(z.gte(0), z.lte(100)),
  firstStep: z.string().check(z.maxLength(MAX_FIRST_STEP)),
});

// 1–5, or 'na' for "does not apply / don't know" (kept as its own value, scored as unanswered).
const answerValue = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('na')]);

export const answersSchema = z.record(z.string().check(z.minLength(1), z.maxLength(40)), answerValue);

export const savedResultSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  instrumentId: z.string().check(z.minLength(1), z.maxLength(40)),
  instrumentVersion: z.int().check(z.positive()),
  answers: answersSchema,
  completedAt: z.iso.datetime({ offset: true }),
  wanted: z.optional(wantedSchema),
});

/** Newest first; ties keep their input order. */
export function sortByCompletion(results: readonly SavedResult[]): SavedResult[] {
  return [...results].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
}

/** Merges incoming results into existing ones, counting each id once. */
export function mergeResults(
  existing: readonly SavedResult[],
  incoming: readonly SavedResult[],
): { results: SavedResult[]; added: number; duplicates: number } {
  const ids = new Set(existing.map((r) => r.id));
  const fresh = incoming.filter((r) => !ids.has(r.id) && ids.add(r.id));
  return {
    results: sortByCompletion([...existing, ...fresh]),
    added: fresh.length,
    duplicates: incoming.length - fresh.length,
  };
}
