import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { buildTeamReport } from '../team-report/build';
import { createJoinCode } from './join-code';
import { keepOnlyReport, keepReportPrompt } from './keep-only-report';
import { earlierReport } from './same-team';
import { addResults } from './result-set';
import { realResult, selfCheckWorkshop } from './test-workshops';
import { parseWorkshopFile, toWorkshopFile } from './workshop-file';
import { sameSetup, workshopSchema, type Workshop } from './workshop';

const code = createJoinCode(() => 0.42, { hideOwnResult: false });
// Seven people; the first answered twice, so something is retired too.
const replaced = realResult(code, 3, 90);
const results = ([1, 2, 3, 4, 5, 2, 4] as const).map((v, i) => realResult(code, v, 100 + i, i === 0 ? 90 : undefined));
const added = addResults([], [replaced, ...results]);
const workshop: Workshop = selfCheckWorkshop(code, added.results, {
  retired: added.retired,
  actions: [{ what: 'Elke week een kwartier terugkijken', who: 'Sam', when: 'januari' }],
});

describe('keep only the team report', () => {
  const report = buildTeamReport(workshop, findInstrument, TEAM_CLIMATE.id);

  it('leaves no answer and no fingerprint in the stored workshop or its file, and keeps the report and what is retired', () => {
    expect(report).not.toBeNull();
    const kept = keepOnlyReport(workshop, report!);
    for (const text of [JSON.stringify({ state: { workshops: [kept] }, version: 2 }), toWorkshopFile(kept, new Date('2026-12-04T09:00:00Z'))]) {
      for (const r of workshop.results) expect(text).not.toContain(r.fingerprint);
      expect(text).not.toContain(replaced.fingerprint);
      expect(text).not.toMatch(/"answers"|"parts"|"fingerprint"|"marks"/);
    }
    expect(kept.results).toEqual([]);
    expect(kept.retired).toEqual(workshop.retired);
    expect(kept.keptReport).toEqual(report);
  });

  it('reads back from its file with the report checked by the report’s schema; a forged report is refused', () => {
    const kept = keepOnlyReport(workshop, report!);
    const read = parseWorkshopFile(toWorkshopFile(kept, new Date('2026-12-04T09:00:00Z')));
    expect(read.ok && read.workshop.keptReport).toEqual(report);
    const forged = { ...kept, keptReport: { ...report!, minRespondents: 1 } };
    expect(workshopSchema.safeParse(JSON.parse(JSON.stringify(forged))).success).toBe(false);
  });

  it('is the earlier side of then and now as kept, though its answers are gone', () => {
    expect(earlierReport(keepOnlyReport(workshop, report!), findInstrument)).toEqual(report);
  });

  it('is never merged with the same workshop holding answers: a file cannot bring them back', () => {
    const kept = keepOnlyReport(workshop, report!);
    expect(sameSetup(workshop, kept)).toBe(false);
    expect(sameSetup(kept, workshop)).toBe(false);
  });

  it('reminds once the workshop’s day is over, offers it on the day, and says nothing without results or once done', () => {
    const made = new Date(2026, 11, 3, 9, 0);
    const on = selfCheckWorkshop(workshop.code, workshop.results, { createdAt: made.toISOString() });
    expect(keepReportPrompt(on, new Date(2026, 11, 3, 23, 59))).toBe('offer');
    expect(keepReportPrompt(on, new Date(2026, 11, 4, 0, 1))).toBe('remind');
    expect(keepReportPrompt({ ...on, results: [] }, new Date(2026, 11, 4))).toBe('none');
    expect(keepReportPrompt({ ...on, demo: true }, new Date(2026, 11, 4))).toBe('none');
    expect(keepReportPrompt(keepOnlyReport(on, report!), new Date(2026, 11, 4))).toBe('none');
  });
});
