import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { parseTeamReportFile } from '../team-report/file';
import old from '../team-report/fixtures/team-report-version1.json?raw';
import { keysOf } from '../team-report/test-report';
import type { TeamReport } from '../team-report/types';
import { buildOverview } from './overview';
import { parseHeldReport, readOverviewFile, toOverviewFile } from './overview-file';
import { reportFiles } from './test-reports';

const parse = (text: string): TeamReport => {
  const parsed = parseTeamReportFile(text, findInstrument, TEAM_CLIMATE.id);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.report;
};
const reopen = (text: string) => {
  const read = readOverviewFile(text);
  if (!read.ok) throw new Error(read.error);
  return read.reports.map((r) => parseHeldReport(r, findInstrument, TEAM_CLIMATE.id));
};

describe('the overview file', () => {
  // Six version-5 files and a version-1 file (its spokes have no SD, it has no id).
  const reports = [...reportFiles(6).map(parse), parse(old)];
  const overview = buildOverview(reports, findInstrument);

  it('reopens as the same overview: the same teams, keys and figures', () => {
    const again = buildOverview(reopen(toOverviewFile(overview.teams, new Date('2026-12-01T10:00:00Z'))), findInstrument);
    expect(again.teams.map((t) => t.key)).toEqual(overview.teams.map((t) => t.key));
    expect(again.rows).toEqual(overview.rows);
    // Opened together with the files it came from, every team still counts once.
    expect(buildOverview([...reports, ...reopen(toOverviewFile(overview.teams, new Date()))], findInstrument).rows).toHaveLength(overview.rows.length);
  });

  it('holds only what the report files hold: no team below its minimum, no figure of the overview itself', () => {
    const below = { ...reports[0]!, reportId: 'zzzzzzzzzzzzzzzz', minRespondents: 1000 };
    const withBelow = buildOverview([...reports, below], findInstrument);
    const json = JSON.parse(toOverviewFile(withBelow.teams, new Date())) as { reports: TeamReport[] };
    expect(Object.keys(json).sort()).toEqual(['exportedAt', 'format', 'reports', 'version']);
    expect(json.reports).toEqual(JSON.parse(JSON.stringify(reports)));
    const reportKeys = new Set(reports.flatMap((r) => [...keysOf(JSON.parse(JSON.stringify(r)))]));
    expect([...keysOf(json.reports)].filter((k) => !reportKeys.has(k))).toEqual([]);
    expect(keysOf(json).has('min') || keysOf(json).has('max')).toBe(false);
  });

  it('checks each report as a report file is checked: a bad one is refused alone', () => {
    const json = JSON.parse(toOverviewFile(overview.teams, new Date())) as { reports: Record<string, unknown>[] };
    json.reports[0] = { ...json.reports[0], minRespondents: 1 };
    json.reports[1] = { ...json.reports[1], climate: { ...(json.reports[1]!.climate as object), instrumentVersion: 99 } };
    const read = reopen(JSON.stringify(json));
    expect(read.slice(0, 2)).toEqual([null, null]);
    expect(read.slice(2).every((r) => r !== null)).toBe(true);
  });

  it('refuses what is not an overview, and a newer version', () => {
    const error = (text: string) => {
      const read = readOverviewFile(text);
      return read.ok ? 'accepted' : read.error;
    };
    expect(error(reportFiles(1)[0]!)).toBe('not-an-overview');
    expect(error('{"format":"modusspiegel-overview","version":2,"reports":[]}')).toBe('newer-version');
    expect(error('nonsense')).toBe('not-json');
  });
});
