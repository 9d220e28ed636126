/** Fixtures for the overview's tests and the bench: seeded workshops, their reports and report files. Tests and bench only. */
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { buildTeamReport } from '../team-report/build';
import { toTeamReportFile } from '../team-report/file';
import { newReportId } from '../team-report/report-id';
import { bothWorkshop } from '../team-report/test-report';
import type { TeamReport } from '../team-report/types';
import { seeded } from '../testing/seeded';

/** Team i of a department: 5 to 14 people, its own seed, name and day. */
export function teamReport(i: number, people = 5 + (i % 10)): TeamReport {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const report = buildTeamReport(bothWorkshop(people, 100 + i, { id: `w-${i}`, name: `Team ${i + 1}`, createdAt: `2026-10-${day}T09:00:00.000Z` }), findInstrument, TEAM_CLIMATE.id);
  if (!report) throw new Error(`team ${i} should give a report`);
  return report;
}

/** A report id made from the seeded generator, so fixtures are the same on every run. */
export const fixedReportId = (i: number) => newReportId(seeded(9000 + i));

/** n report files (version 5), each with its own report id. */
export function reportFiles(n: number): string[] {
  return Array.from({ length: n }, (_, i) => toTeamReportFile(teamReport(i), { reportId: fixedReportId(i) }, new Date('2026-11-30T12:00:00Z')));
}
