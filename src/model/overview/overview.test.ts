import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { parseTeamReportFile, toTeamReportFile } from '../team-report/file';
import type { TeamReport } from '../team-report/types';
import { thenAndNow } from '../workshop/then-and-now';
import { buildOverview } from './overview';
import { fixedReportId, reportFiles, teamReport } from './test-reports';
import { MIN_TEAMS_FOR_CORRELATION } from './together';

const parse = (text: string): TeamReport => {
  const parsed = parseTeamReportFile(text, findInstrument, TEAM_CLIMATE.id);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.report;
};
const overviewOf = (reports: readonly (TeamReport | null)[]) => buildOverview(reports, findInstrument);
const files = reportFiles(12);

describe('an overview of many teams', () => {
  it("gives each team's figures exactly as its own report, read on its own", () => {
    const overview = overviewOf(files.map(parse));
    expect(overview.rows).toHaveLength(12);
    files.forEach((file, i) => {
      // Each file opened on its own, as the report page opens it.
      const own = parse(file);
      const row = overview.rows[i]!;
      expect(row.name).toBe(own.name);
      expect(row.date).toBe(own.date);
      expect(row.support).toBe(own.selfCheck!.window!.centre.support);
      expect(row.expectations).toBe(own.selfCheck!.window!.centre.expectations);
      expect(row.placement).toBe(own.selfCheck!.window!.placement);
      expect(Object.values(row.elements)).toEqual(own.climate!.elements.map((e) => e.mean));
      expect(row.energy).toBe(own.climate!.energy.status === 'shown' ? own.climate!.energy.mean : null);
      expect(row.temperature).toBe(own.climate!.temperature);
      expect(row.band).toBe(own.climate!.band);
      expect(row.count).toBe(Math.max(own.selfCheck!.count, own.climate!.count));
    });
  });

  it('counts a report added twice once: the same file, a copy saved another day, a version-4 copy without an id', () => {
    const again = toTeamReportFile(teamReport(3), { reportId: fixedReportId(3) }, new Date('2027-01-05T08:00:00Z'));
    const json = JSON.parse(files[4]!) as { version: number; report: Record<string, unknown> };
    delete json.report.reportId;
    const version4 = JSON.stringify({ ...json, version: 4 });
    const overview = overviewOf([...files, files[0]!, again, version4].map(parse));
    expect(overview.rows).toHaveLength(12);
    expect(overview.duplicates).toBe(3);
    expect(overview.rows.map((r) => r.name)).toEqual(files.map((f) => parse(f).name));
  });

  it('counts a version-4 file twice once, by its content, though it has no id', () => {
    const json = JSON.parse(files[0]!) as { version: number; report: Record<string, unknown> };
    delete json.report.reportId;
    const version4 = JSON.stringify({ ...json, version: 4 });
    const overview = overviewOf([parse(version4), parse(version4)]);
    expect(overview.rows).toHaveLength(1);
    expect(overview.teams[0]!.key).toMatch(/^c:[0-9a-f]{28}$/);
  });

  it('shows one state of a report id, the one with more results, never two side by side', () => {
    const before = parse(toTeamReportFile(teamReport(0, 6), { reportId: fixedReportId(0) }, new Date()));
    const after = parse(toTeamReportFile(teamReport(0, 9), { reportId: fixedReportId(0) }, new Date()));
    for (const order of [
      [before, after],
      [after, before],
    ]) {
      const overview = overviewOf(order);
      expect(overview.rows).toHaveLength(1);
      expect(overview.rows[0]!.count).toBe(9);
    }
  });

  it('leaves teams below their minimum out and counts them', () => {
    const own = parse(files[0]!);
    // A part below the team's own minimum is not shown, whatever a file says (only an edited file holds one).
    const below: TeamReport = { ...own, reportId: fixedReportId(50), minRespondents: own.selfCheck!.count + own.climate!.count + 1 };
    const halfBelow: TeamReport = { ...parse(files[1]!), climate: { ...parse(files[1]!).climate!, count: 2 } };
    const overview = overviewOf([below, null, null, halfBelow, parse(files[2]!)]);
    expect(overview.leftOut).toBe(3);
    expect(overview.rows.map((r) => r.name)).toEqual([halfBelow.name, parse(files[2]!).name]);
    // A team with one part below its minimum is shown with the other part only.
    expect(overview.rows[0]!.temperature).toBeNull();
    expect(overview.rows[0]!.support).not.toBeNull();
  });

  it('draws a team over time along its links, each step judged by the then-and-now rule', () => {
    const [a, b, c] = [0, 1, 2].map((i) => parse(toTeamReportFile(teamReport(i, 8 + i), { reportId: fixedReportId(i), ...(i > 0 ? { sameTeamAs: fixedReportId(i - 1) } : {}) }, new Date())));
    const overview = overviewOf([c!, parse(files[5]!), a!, b!]);
    expect(overview.paths).toHaveLength(1);
    const path = overview.paths[0]!;
    expect(path.name).toBe(c!.name);
    expect(path.steps.map((s) => s.team.report.reportId)).toEqual([0, 1, 2].map(fixedReportId));
    expect(path.steps[0]!.change).toBeNull();
    expect(path.steps[1]!.change).toEqual(thenAndNow(a!, b!, findInstrument));
    expect(path.steps[2]!.change).toEqual(thenAndNow(b!, c!, findInstrument));
  });

  it('follows no link to a report not added, and cuts a loop of links', () => {
    const a = { ...parse(files[0]!), sameTeamAs: fixedReportId(1) };
    const b = { ...parse(files[1]!), sameTeamAs: fixedReportId(0) };
    const lonely = { ...parse(files[2]!), sameTeamAs: fixedReportId(99) };
    expect(overviewOf([a, b, lonely]).paths).toEqual([]);
  });

  it('says what goes together only from 8 teams, with the number of teams behind it', () => {
    const few = overviewOf(files.slice(0, MIN_TEAMS_FOR_CORRELATION - 1).map(parse));
    expect(few.together.every((c) => c.rho === null && c.n === MIN_TEAMS_FOR_CORRELATION - 1)).toBe(true);
    const enough = overviewOf(files.slice(0, MIN_TEAMS_FOR_CORRELATION).map(parse));
    expect(enough.together).toHaveLength(8);
    expect(enough.together.every((c) => c.n === MIN_TEAMS_FOR_CORRELATION && c.rho !== null && Math.abs(c.rho) <= 1)).toBe(true);
  });
});
