/**
 * The teams of the overview (issue 23, decision 95): every report counted once, and a team shown
 * only when at least one of its parts reached the team's own minimum. A team's figures are its
 * report's figures as they are (no second rounding, nothing recomputed), so the overview and the
 * team's own report always agree.
 */
import { CLIMATE_ELEMENTS } from '../climate/temperature';
import type { ClimateBand, ClimateElement } from '../climate/types';
import type { Placement } from '../scoring/types';
import type { ReportClimate, ReportSelfCheck, TeamReport } from '../team-report/types';
import { reportContentHash } from './content-hash';

/** One row of the table of all teams: the report's own shown figures, null where a part is not shown. */
export interface TeamRow {
  readonly key: string;
  /** The name its facilitator wrote (the workshop's name). */
  readonly name: string;
  readonly date: string;
  /** How many people the figures rest on: the larger count of the shown parts. */
  readonly count: number;
  readonly support: number | null;
  readonly expectations: number | null;
  readonly placement: Placement | null;
  readonly elements: Readonly<Record<ClimateElement, number | null>>;
  readonly energy: number | null;
  readonly temperature: number | null;
  readonly band: ClimateBand | null;
}

export interface OverviewTeam {
  /** The report id, or `c:` and the content hash for a report from a file before version 5. */
  readonly key: string;
  readonly report: TeamReport;
  readonly row: TeamRow;
}

/** A part of a report is shown only from the team's own minimum on (a file can say anything). */
export const shownSelfCheck = (r: TeamReport): ReportSelfCheck | null => (r.selfCheck && r.selfCheck.count >= r.minRespondents ? r.selfCheck : null);
export const shownClimate = (r: TeamReport): ReportClimate | null => (r.climate && r.climate.count >= r.minRespondents ? r.climate : null);

/** The row of a report whose parts are shown as they are in the report. */
export function teamRow(key: string, report: TeamReport): TeamRow {
  const self = shownSelfCheck(report);
  const climate = shownClimate(report);
  const element = (e: ClimateElement) => climate?.elements.find((x) => x.element === e)?.mean ?? null;
  return {
    key,
    name: report.name,
    date: report.date,
    count: Math.max(self?.count ?? 0, climate?.count ?? 0),
    support: self?.window?.centre.support ?? null,
    expectations: self?.window?.centre.expectations ?? null,
    placement: self?.window?.placement ?? null,
    elements: Object.fromEntries(CLIMATE_ELEMENTS.map((e) => [e, element(e)])) as Record<ClimateElement, number | null>,
    energy: climate && climate.energy.status === 'shown' ? climate.energy.mean : null,
    temperature: climate?.temperature ?? null,
    band: climate?.band ?? null,
  };
}

export interface CollectedTeams {
  /** In the order they were first added. */
  readonly teams: readonly OverviewTeam[];
  /** Reports (and workshops on this device) below their minimum: not shown, only counted. */
  readonly leftOut: number;
  /** Reports added again (the same report id, or the same figures): counted once. */
  readonly duplicates: number;
}

const peopleIn = (r: TeamReport) => (r.selfCheck?.count ?? 0) + (r.climate?.count ?? 0);

interface Entry {
  key: string;
  reportId: string | undefined;
  report: TeamReport;
}

/**
 * Every report once. Two reports are the same when they carry the same report id (version 5) or
 * the same figures (`reportContentHash`: the same file twice, or a version-4 and a version-5 copy).
 * Of two states of one report id (saved before and after more results came in), the one with more
 * results stays, never both: side by side they would differ by a few people, whose answers the
 * difference could give away. `null` stands for a workshop on this device below its minimum.
 * Cost: one hash per report and map look-ups, so flat per team.
 */
export function collectTeams(reports: readonly (TeamReport | null)[]): CollectedTeams {
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  const byHash = new Map<string, Entry>();
  let duplicates = 0;
  let belowMinimum = 0;
  for (const report of reports) {
    if (report === null) {
      belowMinimum++;
      continue;
    }
    const hash = reportContentHash(report);
    const known = (report.reportId !== undefined ? byId.get(report.reportId) : undefined) ?? byHash.get(hash);
    if (known) {
      duplicates++;
      if (report.reportId !== undefined && known.reportId === report.reportId && peopleIn(report) > peopleIn(known.report)) known.report = report;
      if (known.reportId === undefined && report.reportId !== undefined) {
        known.reportId = report.reportId;
        known.report = { ...known.report, reportId: report.reportId, ...(report.sameTeamAs ? { sameTeamAs: report.sameTeamAs } : {}) };
        byId.set(report.reportId, known);
      }
      byHash.set(hash, known);
      continue;
    }
    const entry: Entry = { key: report.reportId ?? `c:${hash}`, reportId: report.reportId, report };
    entries.push(entry);
    byHash.set(hash, entry);
    if (report.reportId !== undefined) byId.set(report.reportId, entry);
  }
  const teams: OverviewTeam[] = [];
  let leftOut = belowMinimum;
  for (const e of entries) {
    if (shownSelfCheck(e.report) || shownClimate(e.report)) teams.push({ key: e.key, report: e.report, row: teamRow(e.key, e.report) });
    else leftOut++;
  }
  return { teams, leftOut, duplicates };
}
