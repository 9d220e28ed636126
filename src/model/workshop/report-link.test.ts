import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { buildTeamReport } from '../team-report/build';
import { parseTeamReportFile, toTeamReportFile } from '../team-report/file';
import { bothWorkshop } from '../team-report/test-report';
import { keepOnlyReport } from './keep-only-report';
import { linkedReportOf, reportIdsOf, withReportIds, workshopsWithoutReportId } from './report-link';
import { toWorkshopFile } from './workshop-file';

const before = bothWorkshop(6, 1, { id: 'w-1', code: 'AAAAAA', createdAt: '2026-09-01T09:00:00.000Z' });
const after = bothWorkshop(7, 2, { id: 'w-2', sameTeamAs: 'w-1' });
let counter = 0;
const newId = () => `${String(counter++).padStart(16, '0')}`;

describe('a workshop report and its ids', () => {
  it('makes ids only when needed, for the workshop and the earlier one it is linked to, and keeps them', () => {
    expect(workshopsWithoutReportId([before, after], after)).toEqual(['w-2', 'w-1']);
    const given = withReportIds([before, after], ['w-2', 'w-1'], newId);
    expect(given.every((w) => w.reportId !== undefined)).toBe(true);
    expect(withReportIds(given, ['w-2', 'w-1'], newId)).toEqual(given);
    expect(workshopsWithoutReportId(given, given[1]!)).toEqual([]);
  });

  it('carries the link as the earlier report id, in the file and in the overview', () => {
    const [b, a] = withReportIds([before, after], ['w-1', 'w-2'], newId);
    const ids = reportIdsOf([b!, a!], a!);
    expect(ids).toEqual({ reportId: a!.reportId, sameTeamAs: b!.reportId });
    const report = buildTeamReport(a!, findInstrument, TEAM_CLIMATE.id)!;
    const parsed = parseTeamReportFile(toTeamReportFile(report, ids!, new Date()), findInstrument, TEAM_CLIMATE.id);
    expect(parsed).toMatchObject({ ok: true, report: { reportId: a!.reportId, sameTeamAs: b!.reportId } });
    expect(linkedReportOf([b!, a!], a!, findInstrument)).toMatchObject({ reportId: a!.reportId, sameTeamAs: b!.reportId });
    // A kept report (answers deleted) is the same report with the same ids.
    const kept = keepOnlyReport(a!, report);
    expect(linkedReportOf([b!, kept], kept, findInstrument)).toEqual(linkedReportOf([b!, a!], a!, findInstrument));
  });

  it('keeps the report id in a workshop file, so the report saved on another device is the same report', () => {
    const [b] = withReportIds([before], ['w-1'], newId);
    // (The fixture's made-up result codes would not be read back: the file's own field is what travels.)
    const file = JSON.parse(toWorkshopFile({ ...b!, sameTeamAs: 'w-0' }, new Date())) as { workshop: Record<string, unknown> };
    expect(file.workshop.reportId).toBe(b!.reportId);
    expect(file.workshop).not.toHaveProperty('sameTeamAs');
  });
});
