/**
 * A workshop's team report with its ids (file version 5, decision 95): the workshop's own report
 * id, and the "same team as…" link carried as the earlier workshop's report id. The link between
 * workshops stays on this device (`sameTeamAs` names a workshop id, never in a workshop file); in
 * a report it names the earlier report, which means the same thing on every device.
 */
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { Instrument } from '../instruments/types';
import { buildTeamReport } from '../team-report/build';
import { reportExtrasOf } from '../team-report/extras';
import type { ReportIds } from '../team-report/file';
import type { TeamReport } from '../team-report/types';
import { sameTeamLink } from './same-team';
import type { Workshop } from './workshop';

type FindInstrument = (id: string, version: number) => Instrument | undefined;

/**
 * The workshops that need a report id before `current`'s report can carry its ids: itself, and
 * the earlier workshop it is linked to, each when it has none yet. Ids are made only when needed,
 * so a workshop whose report never leaves the device never has one.
 */
export function workshopsWithoutReportId(all: readonly Workshop[], current: Workshop): string[] {
  const link = sameTeamLink(all, current);
  const earlier = link.status === 'linked' ? [link.workshop] : [];
  return [current, ...earlier].filter((w) => w.reportId === undefined).map((w) => w.id);
}

/** Gives each named workshop a report id when it has none; every other workshop is returned as it is. */
export function withReportIds(all: readonly Workshop[], ids: readonly string[], newId: () => string): Workshop[] {
  const wanted = new Set(ids);
  return all.map((w) => (wanted.has(w.id) && w.reportId === undefined ? { ...w, reportId: newId() } : w));
}

/** The ids `current`'s report file carries, or null while it has no report id (workshopsWithoutReportId first). */
export function reportIdsOf(all: readonly Workshop[], current: Workshop): ReportIds | null {
  if (current.reportId === undefined) return null;
  const link = sameTeamLink(all, current);
  const earlierId = link.status === 'linked' ? link.workshop.reportId : undefined;
  return earlierId !== undefined && earlierId !== current.reportId ? { reportId: current.reportId, sameTeamAs: earlierId } : { reportId: current.reportId };
}

/**
 * The workshop's report as its file would hold it, ids included: the kept report (decision 80),
 * else the report built from its results with the presenter's extras; null below its minimum.
 */
export function linkedReportOf(all: readonly Workshop[], current: Workshop, findInstrument: FindInstrument): TeamReport | null {
  const report = current.keptReport ?? buildTeamReport(current, findInstrument, TEAM_CLIMATE.id, reportExtrasOf(current));
  if (!report) return null;
  const { reportId: _id, sameTeamAs: _link, ...figures } = report;
  const ids = reportIdsOf(all, current);
  return ids ? { ...ids, ...figures } : figures;
}
