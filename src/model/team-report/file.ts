/**
 * The team report as a file: `{ format, version, exportedAt, report }`. Read like every other
 * file of the app (parseVersionedJsonFile, then zod), and then held against the questionnaire it
 * names, so a file that passes can be drawn without a second check anywhere.
 */
import { z } from 'zod/mini';
import { CLIMATE_SCALES } from '../climate/temperature';
import { parseVersionedJsonFile } from '../files/versioned-json-file';
import type { Instrument } from '../instruments/types';
import { WORKSHOP_FORMAT } from '../workshop/workshop-file';
import { short, teamReportSchemaVersion4, teamReportSchemaVersion5 } from './schema';
import { reportFromVersion1, teamReportSchemaVersion1 } from './schema-version1';
import { reportFromVersion2, teamReportSchemaVersion2 } from './schema-version2';
import { reportFromVersion3, teamReportSchemaVersion3 } from './schema-version3';
import type { TeamReport } from './types';

export const TEAM_REPORT_FORMAT = 'modusspiegel-team-report';
/**
 * 5: the report's random id and the "same team as" link as the earlier report's id (decision 95).
 * 4: a figure the disclosure rule withholds is not in the file (a spoke `withheld`, a share null)
 * and where we differ holds no SD (docs/decisions.md, items 71 and 72). 3: a figure that is not
 * there is null, never 0; where we differ and the agenda from both questionnaires, as on the wall
 * (item 68). 2: the SD instead of the lowest and highest values (item 42). Versions 1–3 are still
 * read, and what they hold is held against the disclosure rule (old-figures.ts); version 4 as it is,
 * without an id (the overview tells such reports apart by their content: src/model/overview).
 */
export const TEAM_REPORT_VERSION = 5;
/** A report of the largest instrument is about 10 kB; anything far above it is not one of ours. */
export const MAX_TEAM_REPORT_BYTES = 256 * 1024;

export type TeamReportFileError = 'empty' | 'too-large' | 'not-json' | 'not-a-report' | 'newer-version' | 'workshop-file' | 'unknown-questionnaire';

// Versions 1–4 are still read (schema-version1.ts … schema-version3.ts); a version below 1 is
// as foreign as a wrong format.
const header = { format: z.literal(TEAM_REPORT_FORMAT), exportedAt: z.optional(short(40)) };
const fileSchema = z.discriminatedUnion('version', [
  z.object({ ...header, version: z.literal(1), report: teamReportSchemaVersion1 }),
  z.object({ ...header, version: z.literal(2), report: teamReportSchemaVersion2 }),
  z.object({ ...header, version: z.literal(3), report: teamReportSchemaVersion3 }),
  z.object({ ...header, version: z.literal(4), report: teamReportSchemaVersion4 }),
  z.object({ ...header, version: z.literal(TEAM_REPORT_VERSION), report: teamReportSchemaVersion5 }),
]);

/** What the page that opens a file hands to the report view (a history entry's state): the file's text. */
export interface OpenedReportState {
  readonly reportText: string;
}

/** The ids a version-5 file carries: the workshop's report id and the linked earlier workshop's (decision 95). */
export interface ReportIds {
  readonly reportId: string;
  readonly sameTeamAs?: string;
}

/**
 * The file of a report built from a workshop, with the workshop's ids (report-link.ts). (A report
 * read from an older file is never written again: an opened report is only shown.)
 */
export function toTeamReportFile(report: TeamReport, ids: ReportIds, now: Date): string {
  const { reportId: _id, sameTeamAs: _link, ...figures } = report;
  const linked = ids.sameTeamAs !== undefined && ids.sameTeamAs !== ids.reportId ? { sameTeamAs: ids.sameTeamAs } : {};
  return JSON.stringify({ format: TEAM_REPORT_FORMAT, version: TEAM_REPORT_VERSION, exportedAt: now.toISOString(), report: { reportId: ids.reportId, ...linked, ...figures } }, null, 2);
}

/** Every statement, scale and element the report names belongs to the questionnaire it names. */
export function fitsQuestionnaires(report: TeamReport, findInstrument: (id: string, version: number) => Instrument | undefined, climateId: string): boolean {
  const known = new Map<string, Set<string>>();
  const self = report.selfCheck;
  if (self) {
    const instrument = findInstrument(self.instrumentId, self.instrumentVersion);
    if (!instrument || instrument.id === climateId) return false;
    if (self.scales.map((s) => s.scale).join() !== instrument.scales.map((s) => s.id).join()) return false;
    if ((self.window !== null) !== (instrument.window !== undefined)) return false;
    if (self.statements.map((s) => s.itemId).join() !== instrument.items.map((i) => i.id).join()) return false;
    known.set(instrument.id, new Set(instrument.items.map((i) => i.id)));
  }
  const climate = report.climate;
  if (climate) {
    const instrument = findInstrument(climate.instrumentId, climate.instrumentVersion);
    if (!instrument || instrument.id !== climateId) return false;
    if (instrument.scales.map((s) => s.id).join() !== CLIMATE_SCALES.join()) return false;
    known.set(instrument.id, new Set(instrument.items.map((i) => i.id)));
  }
  // Every statement of where we differ and of the agenda belongs to a questionnaire the report shows.
  const named = (s: { instrumentId: string; itemId: string }) => known.get(s.instrumentId)?.has(s.itemId) === true;
  if (!report.differences.every(named) || !(report.agenda ?? []).every(named)) return false;
  return self !== null || climate !== null;
}

/**
 * A team report file, validated: the header (ours, not newer), every field in range (a version-1
 * file without its lowest and highest values, a file of versions 1–3 as version 4, held against the
 * disclosure rule), and the
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
  const file = parsed.value;
  const report =
    file.version === 1
      ? reportFromVersion1(file.report)
      : file.version === 2
        ? reportFromVersion2(file.report)
        : file.version === 3
          ? reportFromVersion3(file.report)
          : file.report;
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
