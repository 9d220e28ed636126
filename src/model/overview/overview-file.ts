/**
 * The overview as a file (decision 97): `{ format, version, exportedAt, reports }`, where reports
 * are the team reports of the teams shown, each exactly as the app holds it after reading its
 * file (ids included), and nothing else: no team below its minimum, no figure of the overview
 * itself (the map, ρ and the paths are made again when it is opened). So it holds only what the
 * report files hold. Reopened, each report is checked as a team report file's is.
 */
import { z } from 'zod/mini';
import { parseVersionedJsonFile, type VersionedFileError } from '../files/versioned-json-file';
import type { Instrument } from '../instruments/types';
import { fitsQuestionnaires } from '../team-report/file';
import { reportIdSchema } from '../team-report/report-id';
import { climateSchema, modeSchema, radarList, reportHead, score, sd, selfCheckFields, short, splitSchema, statementRef } from '../team-report/schema';
import type { TeamReport } from '../team-report/types';
import type { OverviewTeam } from './teams';

export const OVERVIEW_FORMAT = 'modusspiegel-overview';
export const OVERVIEW_VERSION = 1;
export const MAX_OVERVIEW_REPORTS = 1000;
/** A report is about 10 kB (at most 256 kB as a file of its own); a thousand of them with room to spare. */
export const MAX_OVERVIEW_BYTES = 32 * 1024 * 1024;

export type OverviewFileError = Exclude<VersionedFileError, 'not-ours'> | 'not-an-overview';

/**
 * A report as the app holds it after reading a file of any version: version 5's shape, where a
 * report from a version-1 file has spokes without an SD and one from a version-2 file no agenda.
 */
const heldRadarEntry = z.discriminatedUnion('status', [
  z.object({ mode: modeSchema, status: z.literal('shown'), mean: score, sd: z.nullable(sd) }),
  z.object({ mode: modeSchema, status: z.literal('withheld') }),
]);
export const heldReportSchema = z
  .object({
    ...reportHead,
    reportId: z.optional(reportIdSchema),
    sameTeamAs: z.optional(reportIdSchema),
    selfCheck: z.nullable(z.object(selfCheckFields(radarList(heldRadarEntry), splitSchema))),
    climate: z.nullable(climateSchema),
    differences: z.array(z.object({ ...statementRef, split: splitSchema })).check(z.maxLength(3)),
    agenda: z.optional(z.array(z.object(statementRef)).check(z.maxLength(5))),
  })
  .check(z.refine((r) => r.sameTeamAs === undefined || r.sameTeamAs !== r.reportId, 'not linked to itself'));

const fileSchema = z.object({
  format: z.literal(OVERVIEW_FORMAT),
  version: z.literal(OVERVIEW_VERSION),
  exportedAt: z.optional(short(40)),
  reports: z.array(z.unknown()).check(z.maxLength(MAX_OVERVIEW_REPORTS)),
});

export function toOverviewFile(teams: readonly OverviewTeam[], now: Date): string {
  return JSON.stringify({ format: OVERVIEW_FORMAT, version: OVERVIEW_VERSION, exportedAt: now.toISOString(), reports: teams.map((t) => t.report) });
}

/**
 * The header and the list of an overview file; each report is checked apart (`parseHeldReport`),
 * so a reader can check them one by one without blocking the page, and one bad report costs only
 * itself.
 */
export function readOverviewFile(text: string): { ok: true; reports: readonly unknown[] } | { ok: false; error: OverviewFileError } {
  const parsed = parseVersionedJsonFile(text, { format: OVERVIEW_FORMAT, version: OVERVIEW_VERSION, maxBytes: MAX_OVERVIEW_BYTES, schema: fileSchema });
  if (!parsed.ok) return { ok: false, error: parsed.error === 'not-ours' ? 'not-an-overview' : parsed.error };
  return { ok: true, reports: parsed.value.reports };
}

/** One report of an overview file, checked as a team report file's report is; null when it is not one. */
export function parseHeldReport(raw: unknown, findInstrument: (id: string, version: number) => Instrument | undefined, climateId: string): TeamReport | null {
  const parsed = heldReportSchema.safeParse(raw);
  if (!parsed.success) return null;
  const report: TeamReport = parsed.data;
  return fitsQuestionnaires(report, findInstrument, climateId) ? report : null;
}

export function overviewFileName(now: Date): string {
  return `modusspiegel-overzicht-${now.toISOString().slice(0, 10)}.json`;
}
