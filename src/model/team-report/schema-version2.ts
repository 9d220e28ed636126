/**
 * Team report files of version 2, still read (a team may have saved one). They held every figure
 * as a number (a mode nobody answered read as 0 ± 0, one person's spoke as its value ± 0) and the
 * self-check's own three most disputed statements; the climate's statements and the agenda were
 * not in them. They become a version-4 report, held against the disclosure rule (old-figures.ts):
 * a spoke with an SD of 0 and a split with a part that can be one or two people are withheld;
 * where we differ is the self-check's list, and there is no agenda (`agenda` absent).
 */
import { z } from 'zod/mini';
import { climateSchema, modeSchema, radarList, reportHead, score, sd, selfCheckSchemaWith } from './schema';
import { radarEntryFromOldFile, splitFromOldFile, type OldSplit } from './old-figures';
import type { ReportDifference, ReportStatement, TeamReport } from './types';

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
  readonly count: number;
  readonly statements: readonly { readonly itemId: string; readonly split: OldSplit | null }[];
  readonly disputed: readonly { readonly itemId: string; readonly sd: number }[];
}

/** The statements of a file before version 4, each split held against the disclosure rule. */
export function statementsBeforeVersion4(selfCheck: OldSelfCheck, minRespondents: number): ReportStatement[] {
  return selfCheck.statements.map((s) => ({ itemId: s.itemId, split: s.split && splitFromOldFile(s.split, minRespondents, selfCheck.count) }));
}

/** Where we differ from a file before version 3: the self-check's disputed statements with their split (no SD: version 4 holds none). */
export function differencesBeforeVersion3(selfCheck: OldSelfCheck | null, minRespondents: number): ReportDifference[] {
  if (!selfCheck) return [];
  return selfCheck.disputed.flatMap((d) => {
    const split = selfCheck.statements.find((s) => s.itemId === d.itemId)?.split ?? null;
    return split ? [{ instrumentId: selfCheck.instrumentId, itemId: d.itemId, split: splitFromOldFile(split, minRespondents, selfCheck.count) }] : [];
  });
}

/** A version-2 report as version 4: its own disputed list becomes where we differ; no agenda. */
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
      window: selfCheck.window && {
        ...selfCheck.window,
        // Version 2 wrote one person's spoke with an SD of 0: a spoke with an SD of 0 is withheld.
        radar: selfCheck.window.radar.map((r) => radarEntryFromOldFile(r.mode, r.mean, r.sd, r.sd === 0)),
      },
      statements: statementsBeforeVersion4(selfCheck, old.minRespondents),
    },
    climate: old.climate,
    differences: differencesBeforeVersion3(selfCheck, old.minRespondents),
    ...(old.wanted ? { wanted: old.wanted } : {}),
    ...(old.actions ? { actions: old.actions } : {}),
  };
}
