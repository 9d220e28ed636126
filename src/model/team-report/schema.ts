/**
 * The team report's schema (file version 4): every number in range, shares as the disclosure rule
 * lets them be shown, modes and elements in order, texts bounded. No lowest or highest value:
 * each is one person's number (docs/decisions.md, item 30). A withheld figure is not there at
 * all (decision 71: a spoke is `withheld`, a share null). The parts are shared with the schemas
 * of versions 1–3 (schema-version1.ts … schema-version3.ts).
 */
import { z } from 'zod/mini';
import { CLIMATE_ELEMENTS } from '../climate/temperature';
import { MODES } from '../instruments/types';
import type { Placement } from '../scoring/types';
import { MAX_WORKSHOP_NAME } from '../workshop/limits';
import { reportIdSchema } from './report-id';
import { PERSON_WORDS } from '../people/person-word';

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

const share = z.int().check(z.gte(0), z.lte(100));

/** Versions 1–3: three shares adding up to 100, the parts of one person named in `unlabelled`. */
export const oldSplitSchema = z
  .object({
    disagree: share,
    neither: share,
    agree: share,
    unlabelled: z.array(z.enum(['disagree', 'neither', 'agree'])).check(z.maxLength(3)),
  })
  .check(z.refine((s) => s.disagree + s.neither + s.agree === 100, 'shares add up to 100'));

/**
 * Version 4: the shares a room may see (`disclosedShares`): all three adding up to 100, agree
 * alone, disagree alone, or none; a withheld share is null. Any other pattern (the middle alone,
 * two of three) is not one the app writes: it could give a withheld share away.
 */
export const splitSchema = z
  .object({ disagree: z.nullable(share), neither: z.nullable(share), agree: z.nullable(share) })
  .check(
    z.refine((s) => {
      const shown = [s.disagree, s.neither, s.agree].map((v) => v !== null).join();
      if (shown === 'true,true,true') return (s.disagree ?? 0) + (s.neither ?? 0) + (s.agree ?? 0) === 100;
      return ['false,false,true', 'true,false,false', 'false,false,false'].includes(shown);
    }, 'shares as the disclosure rule shows them'),
  );

/** The self-check part's fields; `radar` (the whole list) and the statements' split differ between the versions. */
export const selfCheckFields = <R extends z.core.SomeType, S extends z.core.SomeType>(radar: R, split: S) => ({
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
  statements: z.array(z.object({ itemId: id, split: z.nullable(split) })).check(z.maxLength(400)),
});

/** A statement's SD on the raw 1–5 scale. */
export const itemSd = z.number().check(z.gte(0), z.lte(4));

/** Versions 1 and 2: the self-check held its own three most disputed statements. */
export const selfCheckSchemaWith = <R extends z.core.SomeType>(radar: R) =>
  z
    .object({ ...selfCheckFields(radar, oldSplitSchema), disputed: z.array(z.object({ itemId: id, sd: itemSd })).check(z.maxLength(3)) })
    .check(z.refine((s) => s.disputed.every((d) => s.statements.some((st) => st.itemId === d.itemId)), 'disputed statements are statements'));

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

/** Version 4: a spoke is shown with its mean and SD, or withheld with neither. */
const radarSchema = z.discriminatedUnion('status', [
  z.object({ mode: modeSchema, status: z.literal('shown'), mean: score, sd }),
  z.object({ mode: modeSchema, status: z.literal('withheld') }),
]);

const figures = { n: count, mean: score, sd, level: levelSchema, agreement: agreementSchema };

export const climateSchema = z.object({
  ...climateHead,
  spread: z.object({ sd }),
  elements: z.array(z.object({ element: elementSchema, ...figures })).check(z.length(CLIMATE_ELEMENTS.length), z.refine(elementsInOrder, 'elements in order')),
  energy: z.union([z.object({ status: z.literal('shown'), ...figures }), z.object({ status: z.literal('withheld') })]),
});

export const statementRef = { instrumentId: id, itemId: id };

/**
 * Version 4: withheld figures are not in the file (a spoke `withheld`, a share null), and where
 * we differ holds no SD of a statement's answers (beside the shares it could narrow a withheld
 * one down). The wall's two lists of statements from both questionnaires: where we differ (at
 * most three, with their split) and the agenda (at most five).
 */
export const teamReportSchemaVersion4 = z.object({
  ...reportHead,
  selfCheck: z.nullable(z.object(selfCheckFields(radarList(radarSchema), splitSchema))),
  climate: z.nullable(climateSchema),
  differences: z.array(z.object({ ...statementRef, split: splitSchema })).check(z.maxLength(3)),
  agenda: z.array(z.object(statementRef)).check(z.maxLength(5)),
});

/**
 * The word for the people worked with (decision 85): optional within version 5, so a file with it
 * opens in an app from before it, which leaves it out, and a file without it reads "cliënt".
 */
const personWord = z.optional(z.enum(PERSON_WORDS));

/** A link to itself is no link: a file that says so is not one the app writes. */
const notLinkedToItself = (r: { reportId?: string; sameTeamAs?: string }) => r.sameTeamAs === undefined || r.sameTeamAs !== r.reportId;

/**
 * Version 5 (decision 95): version 4 with the report's random id and, when the facilitator linked
 * the workshop to an earlier one of the same team, that workshop's report id.
 */
export const teamReportSchemaVersion5 = z
  .extend(teamReportSchemaVersion4, { reportId: reportIdSchema, sameTeamAs: z.optional(reportIdSchema), personWord })
  .check(z.refine(notLinkedToItself, 'not linked to itself'));

/**
 * The report as the app holds it (a kept report, decision 80): version 5's figures, with the ids
 * optional, since a report kept before version 5 has none (the workshop holds its id).
 */
export const teamReportSchema = z
  .extend(teamReportSchemaVersion4, { reportId: z.optional(reportIdSchema), sameTeamAs: z.optional(reportIdSchema), personWord })
  .check(z.refine(notLinkedToItself, 'not linked to itself'));
