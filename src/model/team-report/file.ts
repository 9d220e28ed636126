/**
 * The team report as a file: `{ format, version, exportedAt, report }`. Read like every other
 * file of the app (parseVersionedJsonFile, then zod), and then held against the questionnaire it
 * names, so a file that passes can be drawn without a second check anywhere.
 */
import { z } from 'zod/mini';
import { CLIMATE_ELEMENTS, CLIMATE_SCALES } from '../climate/temperature';
import { parseVersionedJsonFile } from '../files/versioned-json-file';
import { MODES, type Instrument } from '../instruments/types';
import type { Placement } from '../scoring/types';
import { WORKSHOP_FORMAT } from '../workshop/workshop-file';
import { MAX_WORKSHOP_NAME } from '../workshop/workshop';
import type { TeamReport } from './types';

export const TEAM_REPORT_FORMAT = 'modusspiegel-team-report';
export const TEAM_REPORT_VERSION = 1;
/** A report of the largest instrument is about 10 kB; anything far above it is not one of ours. */
export const MAX_TEAM_REPORT_BYTES = 256 * 1024;

export type TeamReportFileError = 'empty' | 'too-large' | 'not-json' | 'not-a-report' | 'newer-version' | 'workshop-file' | 'unknown-questionnaire';

const EPS = 1e-6;
const score = z.number().check(z.gte(0), z.lte(100));
const sd = z.number().check(z.gte(0), z.lte(100));
const count = z.int().check(z.gte(0), z.lte(100_000));
const id = z.string().check(z.minLength(1), z.maxLength(40));
const short = (max: number) => z.string().check(z.maxLength(max));
const bandSchema = z.enum(['high', 'moderate', 'low', 'none', 'split']);
const agreementSchema = z.object({ rwg: z.nullable(z.number().check(z.gte(-100), z.lte(1))), band: bandSchema });
const placementSchema = z.enum(['MET', 'VOOR', 'NIET', 'DOOR', 'between'] as const satisfies readonly Placement[]);
const levelSchema = z.enum(['warm', 'middle', 'cold']);
const elementSchema = z.enum(['purpose', 'cooperation', 'boundaries', 'reflection']);
const pointSchema = z.object({ support: score, expectations: score });

/** Lowest ≤ mean ≤ highest: a range that does not hold its own mean is not a team's figure. */
const ordered = (r: { min: number; mean: number; max: number }) => r.min <= r.mean + EPS && r.mean <= r.max + EPS;

const radarSchema = z
  .object({ mode: z.enum(['MET', 'VOOR', 'NIET', 'DOOR']), mean: score, min: score, max: score })
  .check(z.refine(ordered, 'min ≤ mean ≤ max'));

const splitSchema = z
  .object({
    disagree: z.int().check(z.gte(0), z.lte(100)),
    neither: z.int().check(z.gte(0), z.lte(100)),
    agree: z.int().check(z.gte(0), z.lte(100)),
    unlabelled: z.array(z.enum(['disagree', 'neither', 'agree'])).check(z.maxLength(3)),
  })
  .check(z.refine((s) => s.disagree + s.neither + s.agree === 100, 'shares add up to 100'));

const selfCheckSchema = z.object({
  instrumentId: id,
  instrumentVersion: z.int().check(z.positive()),
  count,
  incomplete: count,
  scales: z.array(z.object({ scale: id, centre: score, sd, agreement: agreementSchema })).check(z.maxLength(20)),
  window: z.nullable(
    z.object({
      centre: pointSchema,
      ellipse: z.object({ rx: sd, ry: sd, angle: z.number().check(z.gte(-90), z.lte(90)) }),
      placement: placementSchema,
      radar: z.array(radarSchema).check(z.length(MODES.length), z.refine((r) => r.every((e, i) => e.mode === MODES[i]), 'modes in order')),
    }),
  ),
  statements: z.array(z.object({ itemId: id, split: z.nullable(splitSchema) })).check(z.maxLength(400)),
  disputed: z.array(z.object({ itemId: id, sd: z.number().check(z.gte(0), z.lte(4)) })).check(z.maxLength(3)),
});

const figures = {
  n: count,
  mean: score,
  sd,
  min: score,
  max: score,
  level: levelSchema,
  agreement: agreementSchema,
};

const climateSchema = z.object({
  instrumentId: id,
  instrumentVersion: z.int().check(z.positive()),
  count,
  incomplete: count,
  temperature: score,
  spread: z.object({ sd, min: score, max: score }).check(z.refine((s) => s.min <= s.max, 'min ≤ max')),
  band: z.enum(['hotSpot', 'lukewarm', 'coldSpot']),
  coldest: elementSchema,
  elements: z
    .array(z.object({ element: elementSchema, ...figures }).check(z.refine(ordered, 'min ≤ mean ≤ max')))
    .check(z.length(CLIMATE_ELEMENTS.length), z.refine((es) => es.every((e, i) => e.element === CLIMATE_ELEMENTS[i]), 'elements in order')),
  energy: z.union([
    z.object({ status: z.literal('shown'), ...figures }).check(z.refine(ordered, 'min ≤ mean ≤ max')),
    z.object({ status: z.literal('withheld') }),
  ]),
  agreedCold: z.array(elementSchema).check(z.maxLength(4)),
  disagreed: z.array(elementSchema).check(z.maxLength(4)),
});

export const teamReportSchema = z.object({
  name: short(MAX_WORKSHOP_NAME),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  minRespondents: z.int().check(z.gte(3), z.lte(1000)),
  selfCheck: z.nullable(selfCheckSchema),
  climate: z.nullable(climateSchema),
  wanted: z.optional(pointSchema),
  actions: z.optional(z.array(z.object({ what: short(500), who: short(200), when: short(100) })).check(z.maxLength(50))),
});

// Version 1 is the only one yet: a version below it is as foreign as a wrong format.
const fileSchema = z.object({ format: z.literal(TEAM_REPORT_FORMAT), version: z.literal(TEAM_REPORT_VERSION), exportedAt: z.optional(short(40)), report: teamReportSchema });

/** What the page that opens a file hands to the report view (a history entry's state): the file's text. */
export interface OpenedReportState {
  readonly reportText: string;
}

export function toTeamReportFile(report: TeamReport, now: Date): string {
  return JSON.stringify({ format: TEAM_REPORT_FORMAT, version: TEAM_REPORT_VERSION, exportedAt: now.toISOString(), report }, null, 2);
}

/** Every statement, scale and element the report names belongs to the questionnaire it names. */
function fitsQuestionnaires(report: TeamReport, findInstrument: (id: string, version: number) => Instrument | undefined, climateId: string): boolean {
  const self = report.selfCheck;
  if (self) {
    const instrument = findInstrument(self.instrumentId, self.instrumentVersion);
    if (!instrument || instrument.id === climateId) return false;
    const items = new Set(instrument.items.map((i) => i.id));
    if (self.scales.map((s) => s.scale).join() !== instrument.scales.map((s) => s.id).join()) return false;
    if ((self.window !== null) !== (instrument.window !== undefined)) return false;
    if (self.statements.map((s) => s.itemId).join() !== instrument.items.map((i) => i.id).join()) return false;
    if (!self.disputed.every((d) => items.has(d.itemId))) return false;
  }
  const climate = report.climate;
  if (climate) {
    const instrument = findInstrument(climate.instrumentId, climate.instrumentVersion);
    if (!instrument || instrument.id !== climateId) return false;
    if (instrument.scales.map((s) => s.id).join() !== CLIMATE_SCALES.join()) return false;
  }
  return self !== null || climate !== null;
}

/**
 * A team report file, validated: the header (ours, not newer), every field in range, and the
 * questionnaires it names known to this app with exactly these scales and statements. A workshop
 * file opened here by mistake gets its own message.
 */
export function parseTeamReportFile(
  text: string,
  findInstrument: (id: string, version: number) => Instrument | undefined,
  climateId: string,
): { ok: true; report: TeamReport } | { ok: false; error: TeamReportFileError } {
  const parsed = parseVersionedJsonFile(text, { format: TEAM_REPORT_FORMAT, version: TEAM_REPORT_VERSION, maxBytes: MAX_TEAM_REPORT_BYTES, schema: fileSchema });
  if (!parsed.ok) {
    if (parsed.error === 'not-ours' && isWorkshopFile(text)) return { ok: false, error: 'workshop-file' };
    return { ok: false, error: parsed.error === 'not-ours' ? 'not-a-report' : parsed.error };
  }
  const report = parsed.value.report;
  if (!fitsQuestionnaires(report, findInstrument, climateId)) return { ok: false, error: report.selfCheck || report.climate ? 'unknown-questionnaire' : 'not-a-report' };
  return { ok: true, report };
}

function isWorkshopFile(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === WORKSHOP_FORMAT;
  } catch {
    return false;
  }
}

/** modusspiegel-team-<name>-<date>.json, the name reduced to safe letters (as workshopFileName). */
export function teamReportFileName(report: TeamReport): string {
  const slug = report.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `modusspiegel-team-${slug || 'rapport'}-${report.date}.json`;
}
