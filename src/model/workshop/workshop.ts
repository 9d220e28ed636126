import { z } from 'zod';
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
  fingerprint: z.string().min(1).max(400),
  answers: answersSchema,
  name: z.string().max(80).optional(),
});

export const workshopSchema = z.object({
  id: z.string().min(1).max(80),
  code: z.string().min(1).max(20),
  name: z.string().max(120),
  instrumentId: z.string().min(1).max(40),
  instrumentVersion: z.number().int().positive(),
  minRespondents: z.number().int().min(3).max(1000),
  hideOwnResult: z.boolean(),
  createdAt: z.string(),
  results: z.array(workshopResultSchema).max(5000),
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
