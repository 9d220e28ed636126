import { z } from 'zod/mini';
import { answersSchema } from '../results/saved-result';
import type { Answers } from '../instruments/types';
import { clampMinRespondents, DEFAULT_MIN_RESPONDENTS } from '../team/anonymity';

/**
 * A workshop as the facilitator's device keeps it. Results carry no time and no order of
 * arrival: they are kept sorted by fingerprint, so neither the stored data nor an export can
 * tell who handed in when (see docs/team-profile.md on differencing).
 */
export interface WorkshopResult {
  /** Canonical form of the result code: the same code taken in twice has the same fingerprint. */
  readonly fingerprint: string;
  readonly answers: Answers;
  /** Only when the participant typed one; never shown in the team profile. */
  readonly name?: string;
}

export interface Workshop {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly minRespondents: number;
  readonly hideOwnResult: boolean;
  readonly createdAt: string;
  readonly results: readonly WorkshopResult[];
}

export const workshopResultSchema = z.object({
  fingerprint: z.string().check(z.minLength(1), z.maxLength(400)),
  answers: answersSchema,
  name: z.optional(z.string().check(z.maxLength(80))),
});

export const workshopSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  code: z.string().check(z.minLength(1), z.maxLength(20)),
  name: z.string().check(z.maxLength(120)),
  instrumentId: z.string().check(z.minLength(1), z.maxLength(40)),
  instrumentVersion: z.int().check(z.positive()),
  minRespondents: z.int().check(z.gte(3), z.lte(1000)),
  hideOwnResult: z.boolean(),
  createdAt: z.string(),
  results: z.array(workshopResultSchema).check(z.maxLength(5000)),
});

export const MAX_WORKSHOP_NAME = 120;

export function normaliseMinRespondents(value: number): number {
  return Number.isFinite(value) ? Math.min(1000, clampMinRespondents(value)) : DEFAULT_MIN_RESPONDENTS;
}

/**
 * Adds results, counting each fingerprint once. Returns the new list, sorted by fingerprint,
 * and how many were new and how many were already there.
 */
export function addResults(
  existing: readonly WorkshopResult[],
  incoming: readonly WorkshopResult[],
): { results: WorkshopResult[]; added: number; duplicates: number } {
  const seen = new Set(existing.map((r) => r.fingerprint));
  const fresh = incoming.filter((r) => !seen.has(r.fingerprint) && seen.add(r.fingerprint));
  const results = [...existing, ...fresh].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { results, added: fresh.length, duplicates: incoming.length - fresh.length };
}
