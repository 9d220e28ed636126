/**
 * The team report's schema (file version 2): every number in range, shares adding up to 100,
 * modes and elements in order, texts bounded. No lowest or highest value: each is one person's
 * number (docs/decisions.md, item 30). The parts are shared with the version-1 schema.
 */
import { z } from 'zod/mini';
import { CLIMATE_ELEMENTS } from '../climate/temperature';
import { MODES } from '../instruments/types';
import type { Placement } from '../scoring/types';
import { MAX_WORKSHOP_NAME } from '../workshop/workshop';

export const score = z.number().check(z.gte(0), z.lte(100));
export const sd = z.number().check(z.gte(0), z.lte(100));
export const count = z.int().check(z.gte(0), z.lte(100_000));
const id = z.string().check(z.minLength(1), z.maxLength(40));
export const short = (max: number) => z.string().check(z.maxLength(max));
const bandSchema = z.enum(['high', 'moderate', 'low', 'none', 'split']);
export const agreementSchema = z.object({ rwg: z.nullable(z.number().check(z.gte(-100), z.lte(1))), band: bandSchema });
const placementSchema = z.enum(['MET', 'VOOR', 'NIET', 'DOOR', 'between'] as const satisfies readonly Placement[]);
export const levelSchema = z.enum(['warm', 'middle', 'cold']);
export const elementSchema = z.enum(['purpose', 'cooperation', 'boundaries', 'reflection']);
const pointSchema = z.object({ support: score, expectations: score });
export const modeSchema = z.enum(['MET', 'VOOR', 'NIET', 'DOOR']);

/** Four entries, in MODES order. */
export const radarList = <E extends z.core.SomeType & z.ZodMiniType<{ mode: string }>>(entry: E) =>
  z.array(entry).check(z.length(MODES.length), z.refine((r) => r.every((e, i) => e.mode === MODES[i]), 'modes in order'));
export const elementsInOrder = (es: readonly { element: string }[]) => es.every((e, i) => e.element === CLIMATE_ELEMENTS[i]);

const splitSchema = z
  .object({
    disagree: z.int().check(z.gte(0), z.lte(100)),
    neither: z.int().check(z.gte(0), z.lte(100)),
    agree: z.int().check(z.gte(0), z.lte(100)),
    unlabelled: z.array(z.enum(['disagree', 'neither', 'agree'])).check(z.maxLength(3)),
  })
  .check(z.refine((s) => s.disagree + s.neither + s.agree === 100, 'shares add up to 100'));

/** The self-check part; `radar` (the whole list) is the one part that differs between the versions. */
export const selfCheckSchemaWith = <R extends z.core.SomeType>(radar: R) =>
  z.object({
    instrumentId: id,
    instrumentVersion: z.int().check(z.positive()),
    count,
    incomplete: count,
    scales: z.array(z.object({ scale: id, centre: score, sd, agreement: agreementSchema })).check(z.maxLength(20)),
    window: z.nullable(
      z.object({
        centre: pointSchema,
        ellipse: z.object({ rx: sd, ry: sd, angle: z.number().check(z.gte(-90), z.lte(90)) }),
        placement: placementSchema,
        radar,
      }),
    ),
    statements: z.array(z.object({ itemId: id, split: z.nullable(splitSchema) })).check(z.maxLength(400)),
    disputed: z.array(z.object({ itemId: id, sd: z.number().check(z.gte(0), z.lte(4)) })).check(z.maxLength(3)),
  });

/** The climate part's fields other than the spread, the elements and energy (which differ between the versions). */
export const climateHead = {
  instrumentId: id,
  instrumentVersion: z.int().check(z.positive()),
  count,
  incomplete: count,
  temperature: score,
  band: z.enum(['hotSpot', 'lukewarm', 'coldSpot']),
  coldest: elementSchema,
  agreedCold: z.array(elementSchema).check(z.maxLength(4)),
  disagreed: z.array(elementSchema).check(z.maxLength(4)),
};

/** The report's fields other than its two parts. */
export const reportHead = {
  name: short(MAX_WORKSHOP_NAME),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  minRespondents: z.int().check(z.gte(3), z.lte(1000)),
  wanted: z.optional(pointSchema),
  actions: z.optional(z.array(z.object({ what: short(500), who: short(200), when: short(100) })).check(z.maxLength(50))),
};

const radarSchema = z.object({ mode: modeSchema, mean: score, sd });

const figures = { n: count, mean: score, sd, level: levelSchema, agreement: agreementSchema };

const climateSchema = z.object({
  ...climateHead,
  spread: z.object({ sd }),
  elements: z.array(z.object({ element: elementSchema, ...figures })).check(z.length(CLIMATE_ELEMENTS.length), z.refine(elementsInOrder, 'elements in order')),
  energy: z.union([z.object({ status: z.literal('shown'), ...figures }), z.object({ status: z.literal('withheld') })]),
});

/** Version 2: the SD wherever the spread is shown, and no lowest or highest value. */
export const teamReportSchema = z.object({
  ...reportHead,
  selfCheck: z.nullable(selfCheckSchemaWith(radarList(radarSchema))),
  climate: z.nullable(climateSchema),
});
