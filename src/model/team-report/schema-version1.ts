/**
 * Team report files of version 1, which held the lowest and highest value of each mode spoke,
 * climate element, energy and the temperature: each one person's number. They are still read (a
 * team may have saved one), checked as strictly as when they were written, and turned into a
 * version-4 report that keeps none of those values. The radar's SD was not in version 1, so it
 * reads as null (unknown) and the radar is drawn without its band (docs/team-report.md).
 */
import { z } from 'zod/mini';
import { CLIMATE_ELEMENTS } from '../climate/temperature';
import {
  agreementSchema,
  climateHead,
  count,
  elementSchema,
  elementsInOrder,
  levelSchema,
  modeSchema,
  radarList,
  reportHead,
  score,
  sd,
  selfCheckSchemaWith,
} from './schema';
import { radarEntryFromOldFile } from './old-figures';
import { differencesBeforeVersion3, statementsBeforeVersion4 } from './schema-version2';
import type { ReportElement, TeamReport } from './types';

const EPS = 1e-6;
/** Lowest ≤ mean ≤ highest: a range that does not hold its own mean is not a team's figure. */
const ordered = (r: { min: number; mean: number; max: number }) => r.min <= r.mean + EPS && r.mean <= r.max + EPS;

const radarSchema = z.object({ mode: modeSchema, mean: score, min: score, max: score }).check(z.refine(ordered, 'min ≤ mean ≤ max'));

const figures = { n: count, mean: score, sd, min: score, max: score, level: levelSchema, agreement: agreementSchema };

const climateSchema = z.object({
  ...climateHead,
  spread: z.object({ sd, min: score, max: score }).check(z.refine((s) => s.min <= s.max, 'min ≤ max')),
  elements: z
    .array(z.object({ element: elementSchema, ...figures }).check(z.refine(ordered, 'min ≤ mean ≤ max')))
    .check(z.length(CLIMATE_ELEMENTS.length), z.refine(elementsInOrder, 'elements in order')),
  energy: z.union([
    z.object({ status: z.literal('shown'), ...figures }).check(z.refine(ordered, 'min ≤ mean ≤ max')),
    z.object({ status: z.literal('withheld') }),
  ]),
});

export const teamReportSchemaVersion1 = z.object({
  ...reportHead,
  selfCheck: z.nullable(selfCheckSchemaWith(radarList(radarSchema))),
  climate: z.nullable(climateSchema),
});

type ReportVersion1 = z.infer<typeof teamReportSchemaVersion1>;

/** The figures a version-2 report keeps of an element or energy: every field named, so min and max stay behind. */
const keep = ({ n, mean, sd, level, agreement }: Omit<ReportElement, 'element'>) => ({ n, mean, sd, level, agreement });

/** A version-1 report as version 4: without any lowest or highest value, the radar's SD unknown. */
export function reportFromVersion1(old: ReportVersion1): TeamReport {
  const { selfCheck, climate } = old;
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
      // No SD in version 1; a spoke whose lowest and highest are equal may be one person's: withheld.
      window: selfCheck.window && { ...selfCheck.window, radar: selfCheck.window.radar.map(({ mode, mean, min, max }) => radarEntryFromOldFile(mode, mean, null, min === max)) },
      statements: statementsBeforeVersion4(selfCheck, old.minRespondents),
    },
    climate: climate && {
      ...climate,
      spread: { sd: climate.spread.sd },
      elements: climate.elements.map((e) => ({ element: e.element, ...keep(e) })),
      energy: climate.energy.status === 'shown' ? { status: 'shown', ...keep(climate.energy) } : { status: 'withheld' },
    },
    differences: differencesBeforeVersion3(selfCheck, old.minRespondents),
    ...(old.wanted ? { wanted: old.wanted } : {}),
    ...(old.actions ? { actions: old.actions } : {}),
  };
}
