/**
 * Team report files of version 3, still read (a team may have saved one). They let a mode's mean
 * and SD be null and held every share of a statement, naming a part of one person in
 * `unlabelled`, and the SD of each statement where we differ. They become a version-4 report with
 * what they hold checked against the disclosure rule (old-figures.ts): a spoke without an SD and a
 * split with a part that can be one or two people are shown withheld; the SDs are dropped.
 */
import { z } from 'zod/mini';
import { climateSchema, itemSd, modeSchema, oldSplitSchema, radarList, reportHead, score, sd, selfCheckFields, statementRef } from './schema';
import { radarEntryFromOldFile, splitFromOldFile } from './old-figures';
import type { TeamReport } from './types';

const radarSchema = z
  .object({ mode: modeSchema, mean: z.nullable(score), sd: z.nullable(sd) })
  .check(z.refine((r) => r.mean !== null || r.sd === null, 'no SD without a mean'));

export const teamReportSchemaVersion3 = z.object({
  ...reportHead,
  selfCheck: z.nullable(z.object(selfCheckFields(radarList(radarSchema), oldSplitSchema))),
  climate: z.nullable(climateSchema),
  differences: z.array(z.object({ ...statementRef, sd: itemSd, split: oldSplitSchema })).check(z.maxLength(3)),
  agenda: z.array(z.object(statementRef)).check(z.maxLength(5)),
});

type ReportVersion3 = z.infer<typeof teamReportSchemaVersion3>;

/** A version-3 report as version 4, held against the disclosure rule. */
export function reportFromVersion3(old: ReportVersion3): TeamReport {
  const { selfCheck, climate, minRespondents } = old;
  const countOf = (instrumentId: string) =>
    selfCheck?.instrumentId === instrumentId ? selfCheck.count : climate?.instrumentId === instrumentId ? climate.count : minRespondents;
  return {
    name: old.name,
    date: old.date,
    minRespondents,
    selfCheck: selfCheck && {
      ...selfCheck,
      window: selfCheck.window && {
        ...selfCheck.window,
        radar: selfCheck.window.radar.map((r) => radarEntryFromOldFile(r.mode, r.mean, r.sd, r.sd === null)),
      },
      statements: selfCheck.statements.map((s) => ({ itemId: s.itemId, split: s.split && splitFromOldFile(s.split, minRespondents, selfCheck.count) })),
    },
    climate,
    differences: old.differences.map((d) => ({ instrumentId: d.instrumentId, itemId: d.itemId, split: splitFromOldFile(d.split, minRespondents, countOf(d.instrumentId)) })),
    agenda: old.agenda,
    ...(old.wanted ? { wanted: old.wanted } : {}),
    ...(old.actions ? { actions: old.actions } : {}),
  };
}
