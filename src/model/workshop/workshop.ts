import { z } from 'zod/mini';
import { answersSchema } from '../results/saved-result';
import type { Answers } from '../instruments/types';
import { MAX_NONCE } from '../codec/nonce';
import { MAX_CHAIN_SEQ, type ResultChain } from '../codec/payload';
import { clampMinRespondents, DEFAULT_MIN_RESPONDENTS } from '../team/anonymity';
import { teamReportSchema } from '../team-report/schema';
import type { TeamReport } from '../team-report/types';
import { PERSON_WORDS, type PersonWord } from '../people/person-word';
import { reportIdSchema } from '../team-report/report-id';

/**
 * A workshop as the facilitator's device keeps it. Results carry no time, no order of arrival and
 * no name: they are kept sorted by fingerprint, so neither the stored data nor an export can tell
 * who handed in when (see docs/team-profile.md on differencing).
 */

/** One questionnaire of a workshop, in exactly one version. */
export interface WorkshopQuestionnaire {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
}

/** One questionnaire's part of a result: the answers, and the statements marked "I want to talk about this". */
export interface ResultPart {
  readonly answers: Answers;
  readonly marks: readonly string[];
}

export interface WorkshopResult {
  /** Canonical form of the result code: the same code taken in twice has the same fingerprint. */
  readonly fingerprint: string;
  /** By instrument id: one part for each of the workshop's questionnaires that the participant answered. */
  readonly parts: Readonly<Record<string, ResultPart>>;
  /** The code's random nonce (absent for a format-1 code): a later result may name it in `replaces`. */
  readonly nonce?: number;
  /** The nonce of the earlier result of the same phone that this one replaces (format 3). */
  readonly replaces?: number;
  /** The phone's chain for this workshop (format 4): of one root, the highest seq counts (result-set.ts). */
  readonly chain?: ResultChain;
}

/**
 * What no longer counts, kept with the workshop so a late arrival of an earlier link of a phone
 * stays out (result-set.ts): retired nonces, and per chain root the highest seq taken in.
 * Nonces only: no answers of a replaced result are kept.
 */
export interface Retired {
  readonly nonces: readonly number[];
  readonly chains: readonly (readonly [root: number, seq: number])[];
  /**
   * Chains their phones withdrew (decision 79), with the withdrawal's seq: nothing of the chain up
   * to it counts, now or when it arrives. Absent when none (and in workshops stored before).
   */
  readonly withdrawn?: readonly (readonly [root: number, seq: number])[];
}

export interface Workshop {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** At least one; one version of each questionnaire. */
  readonly questionnaires: readonly WorkshopQuestionnaire[];
  readonly minRespondents: number;
  readonly hideOwnResult: boolean;
  readonly createdAt: string;
  readonly results: readonly WorkshopResult[];
  /** Absent in workshops stored before decision 54: nothing retired then. */
  readonly retired?: Retired;
  /** A made-up team to try the presenter with (demo.ts): never joinable, never merged with a real workshop. */
  readonly demo?: boolean;
  /** Where the team wants to be in the window, placed together on the presenter (0–100 on each scale). */
  readonly wanted?: WantedPoint;
  /** What the team agreed to do, recorded on the presenter's last step. */
  readonly actions?: readonly WorkshopAction[];
  /**
   * "Keep only the team report" (decision 80): the aggregates, kept in place of the results, which
   * are then empty. Such a workshop takes no results in any more.
   */
  readonly keptReport?: TeamReport;
  /**
   * The id of an earlier workshop of the same team, linked by the facilitator on this device
   * (same-team.ts): the only workshop then and now compares with. Never carried by a workshop file.
   */
  readonly sameTeamAs?: string;
  /**
   * Who the participants work with, as the statements name them (decision 85). Chosen when the
   * workshop is made; it travels in the join address. Absent: "cliënt" (workshops made before).
   */
  readonly personWord?: PersonWord;
  /**
   * The random id of this workshop's team report (decision 95), made when a report of it is first
   * needed (report-link.ts). Carried by a workshop file, so the report saved on another device is
   * the same report.
   */
  readonly reportId?: string;
}

export interface WantedPoint {
  readonly support: number;
  readonly expectations: number;
}

/** One agreed action: what, who and by when, each as the team wrote it. */
export interface WorkshopAction {
  readonly what: string;
  readonly who: string;
  readonly when: string;
}

/** What one workshop may hold; the intake refuses results beyond it, so what is accepted can be read back. */
export const MAX_WORKSHOP_RESULTS = 5000;

const nonceSchema = z.int().check(z.gte(0), z.lte(MAX_NONCE));
const idSchema = z.string().check(z.minLength(1), z.maxLength(40));

export const resultPartSchema = z.object({
  answers: answersSchema,
  marks: z.array(idSchema).check(z.maxLength(400)),
});

const seqSchema = z.int().check(z.gte(1), z.lte(MAX_CHAIN_SEQ));

export const workshopResultSchema = z.object({
  fingerprint: z.string().check(z.minLength(1), z.maxLength(400)),
  parts: z.record(idSchema, resultPartSchema),
  nonce: z.optional(nonceSchema),
  replaces: z.optional(nonceSchema),
  chain: z.optional(z.object({ root: nonceSchema, seq: seqSchema })),
});

/** Bound of what is retired: every result counted could have been answered again a few times. */
export const MAX_RETIRED = 4 * MAX_WORKSHOP_RESULTS;

export const retiredSchema = z.object({
  nonces: z.array(nonceSchema).check(z.maxLength(MAX_RETIRED)),
  chains: z.array(z.tuple([nonceSchema, seqSchema])).check(z.maxLength(MAX_RETIRED)),
  withdrawn: z.optional(z.array(z.tuple([nonceSchema, seqSchema])).check(z.maxLength(MAX_RETIRED))),
});

export const workshopQuestionnaireSchema = z.object({
  instrumentId: idSchema,
  instrumentVersion: z.int().check(z.positive()),
});

/** Bounds of the actions list: short enough to read on the wall, long enough for a real agreement. */
export const MAX_ACTIONS = 10;
export const MAX_ACTION_WHAT = 140;
export const MAX_ACTION_WHO = 60;
export const MAX_ACTION_WHEN = 40;

const scoreSchema = z.number().check(z.gte(0), z.lte(100));

export const wantedPointSchema = z.object({ support: scoreSchema, expectations: scoreSchema });

export const workshopActionSchema = z.object({
  what: z.string().check(z.minLength(1), z.maxLength(MAX_ACTION_WHAT)),
  who: z.string().check(z.maxLength(MAX_ACTION_WHO)),
  when: z.string().check(z.maxLength(MAX_ACTION_WHEN)),
});

export const workshopSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  code: z.string().check(z.minLength(1), z.maxLength(20)),
  name: z.string().check(z.maxLength(120)),
  questionnaires: z.array(workshopQuestionnaireSchema).check(z.minLength(1), z.maxLength(4)),
  minRespondents: z.int().check(z.gte(3), z.lte(1000)),
  hideOwnResult: z.boolean(),
  createdAt: z.string(),
  results: z.array(workshopResultSchema).check(z.maxLength(MAX_WORKSHOP_RESULTS)),
  retired: z.optional(retiredSchema),
  // Optional, so workshops stored or exported before the presenter still read as they are.
  demo: z.optional(z.boolean()),
  wanted: z.optional(wantedPointSchema),
  actions: z.optional(z.array(workshopActionSchema).check(z.maxLength(MAX_ACTIONS))),
  keptReport: z.optional(teamReportSchema),
  sameTeamAs: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  personWord: z.optional(z.enum(PERSON_WORDS)),
  reportId: z.optional(reportIdSchema),
});

export { MAX_WORKSHOP_NAME } from './limits';

export function normaliseMinRespondents(value: number): number {
  return Number.isFinite(value) ? Math.min(1000, clampMinRespondents(value)) : DEFAULT_MIN_RESPONDENTS;
}

/** The workshop's first questionnaire: the one a participant answers first and the team profile shows. */
export function mainQuestionnaire(workshop: Workshop): WorkshopQuestionnaire {
  const first = workshop.questionnaires[0];
  if (!first) throw new RangeError(`Workshop ${workshop.id} has no questionnaire`);
  return first;
}

/** The answer sets of one questionnaire over all results that hold it. */
export function answerSetsOf(workshop: Workshop, instrumentId: string): Answers[] {
  const sets: Answers[] = [];
  for (const result of workshop.results) {
    const part = Object.hasOwn(result.parts, instrumentId) ? result.parts[instrumentId] : undefined;
    if (part) sets.push(part.answers);
  }
  return sets;
}

/**
 * True when two workshops are the same workshop: the same code, the same questionnaires in the
 * same versions and the same "results only together" setting, and neither is a demo team. Only then may a file's results be
 * merged into a workshop on this device; an id alone proves nothing (a file can carry any id).
 */
export function sameSetup(a: Workshop, b: Workshop): boolean {
  // A demo team never mixes with a real workshop, nor with another demo (its results are made up).
  if (a.demo === true || b.demo === true) return false;
  // A workshop that keeps only its report takes no results in, from a file neither (decision 80).
  if (a.keptReport !== undefined || b.keptReport !== undefined) return false;
  const key = (w: Workshop) => w.questionnaires.map((q) => `${q.instrumentId}@${q.instrumentVersion}`).sort().join(',');
  return a.code === b.code && a.hideOwnResult === b.hideOwnResult && key(a) === key(b);
}
