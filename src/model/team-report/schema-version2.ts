/**
 * Team report files of version 2, still read (a team may have saved one). They held every figure
 * as a number (a mode nobody answered read as 0 ± 0) and the self-check's own three most disputed
 * statements; the climate's statements and the agenda were not in them. They become a version-3
 * report: where we differ is the self-check's list with the splits the file holds, and there is
 * no agenda (`agenda` absent: the file did not say).
 */
import { z } from 'zod/mini';
import { climateSchema, modeSchema, radarList, reportHead, score, sd, selfCheckSchemaWith } from './schema';
import type { AnswerSplit, ReportDifference, TeamReport } from './types';

const radarSchema = z.object({ mode: modeSchema, mean: score, sd });

export const teamReportSchemaVersion2 = z.object({
  ...reportHead,
  selfCheck: z.nullable(selfCheckSchemaWith(radarList(radarSchema))),
  climate: z.nullable(climateSchema),
});

type ReportVersion2 = z.infer<typeof teamReportSchemaVersion2>;

/** The self-check part of a file before version 3, as far as where we differ is concerned. */
interface OldSelfCheck {
  readonly instrumentId: string;
  readonly statements: readonly { readonly itemId: string; readonly split: AnswerSplit | null }[];
  readonly disputed: readonly { readonly itemId: string; readonly sd: number }[];
}

/** Where we differ from a file before version 3: the self-check's disputed statements with their split. */
export function differencesBeforeVersion3(selfCheck: OldSelfCheck | null): ReportDifference[] {
  if (!selfCheck) return [];
  return selfCheck.disputed.flatMap((d) => {
    const split = selfCheck.statements.find((s) => s.itemId === d.itemId)?.split ?? null;
    return split ? [{ instrumentId: selfCheck.instrumentId, itemId: d.itemId, sd: d.sd, split }] : [];
  });
}

/** A version-2 report as version 3: its own disputed list becomes where we differ; no agenda. */
export function reportFromVersion2(old: ReportVersion2): TeamReport {
  const { selfCheck } = old;
  return {
    name: old.name,
    date: old.date,
    minRespondents: old.minRespondents,
    selfCheck: selfCheck && {
      instrumentId: selfCheck.instrumentId,
      instrumentVersion: selfCheck.instrumentVersion,
      count: selfCheck.count,
      incomplete: selfCheck.incomplete,
      scales: selfCheck.scales,
      window: selfCheck.window,
      statements: selfCheck.statements,
    },
    climate: old.climate,
    differences: differencesBeforeVersion3(selfCheck),
    ...(old.wanted ? { wanted: old.wanted } : {}),
    ...(old.actions ? { actions: old.actions } : {}),
  };
}
