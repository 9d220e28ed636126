import type { Answer, Answers, Instrument, LikertItem } from '../instruments/types';
import { MAX_NONCE } from './nonce';
import type { QuestionnaireToEncode, ResultToEncode } from './payload';
import fc from 'fast-check';

/**
 * Test fixtures: instruments shaped like the real ones, so the codec's tests do not depend on
 * the registry's contents (the codec takes its instrument lookup as a parameter). Only what the
 * codec reads matters: the id, the version, the item ids in order and whether "does not apply"
 * is offered; scales and keying are filled in plausibly.
 */
export function fixtureInstrument(id: string, version: number, itemCount: number, notApplicable: boolean): Instrument {
  const items: LikertItem[] = Array.from({ length: itemCount }, (_, i) => ({
    id: `${id[0]}${String(i + 1).padStart(2, '0')}`,
    scale: i % 2 === 0 ? 'support' : 'expectations',
    keying: i % 4 < 2 ? 'plus' : 'minus',
    illustrates: 'MET',
  }));
  return {
    id,
    version,
    answerScale: { id: 'agreement', points: [1, 2, 3, 4, 5], notApplicable },
    scales: [
      { id: 'support', completeness: { minShare: 0.75, perKeying: false } },
      { id: 'expectations', completeness: { minShare: 0.75, perKeying: false } },
    ],
    items,
    window: { support: 'support', expectations: 'expectations' },
  };
}

/** Like the self-check of version 1: no "does not apply" (18 items, to differ from the real 16). */
export const FIXTURE_SELF_CHECK = fixtureInstrument('self-check', 1, 18, false);
/** A later self-check with "does not apply". */
export const FIXTURE_SELF_CHECK_V2 = fixtureInstrument('self-check', 2, 20, true);
/** A short client form with "does not apply". */
export const FIXTURE_CLIENT_CHECK = fixtureInstrument('client-check', 1, 10, true);
/** A team-climate questionnaire: 24 statements, "does not apply" offered. */
export const FIXTURE_TEAM_CLIMATE = fixtureInstrument('team-climate', 1, 24, true);
export const FIXTURE_INSTRUMENTS = [FIXTURE_SELF_CHECK, FIXTURE_SELF_CHECK_V2, FIXTURE_CLIENT_CHECK, FIXTURE_TEAM_CLIMATE];

export function findFixtureInstrument(id: string, version: number): Instrument | undefined {
  return FIXTURE_INSTRUMENTS.find((instrument) => instrument.id === id && instrument.version === version);
}

export const FIXTURE_OPTIONS = { findInstrument: findFixtureInstrument };

/** A valid workshop code (check character included). */
export const WORKSHOP = 'K7MQ45';

/** A one-questionnaire result, for tests about something else than the content. */
export function simpleResult(instrument: Instrument, answers: Answers, nonce: number): ResultToEncode {
  return { workshopCode: WORKSHOP, nonce, questionnaires: [{ instrument, answers }] };
}

/** Any answers to an instrument: each item unanswered, 1–5, or "does not apply" where offered. */
export function answersArbitrary(instrument: Instrument): fc.Arbitrary<Answers> {
  const values: Answer[] = instrument.answerScale.notApplicable ? [1, 2, 3, 4, 5, 'na'] : [1, 2, 3, 4, 5];
  return fc
    .tuple(...instrument.items.map(() => fc.option(fc.constantFrom(...values), { nil: undefined })))
    .map((drawn) => {
      const answers: Record<string, Answer> = {};
      instrument.items.forEach((item, i) => {
        const value = drawn[i];
        if (value !== undefined) answers[item.id] = value;
      });
      return answers;
    });
}

/** Any marks on an instrument's statements, in item order (how the decoder gives them back). */
export function marksArbitrary(instrument: Instrument): fc.Arbitrary<string[]> {
  return fc
    .subarray(instrument.items.map((item) => item.id))
    .map((ids) => instrument.items.map((item) => item.id).filter((id) => ids.includes(id)));
}

/** Any nonce, with the edges 0 and MAX_NONCE drawn more often than chance. */
export const nonceArbitrary = fc.oneof(fc.constantFrom(0, MAX_NONCE), fc.integer({ min: 0, max: MAX_NONCE }));

/** One questionnaire per instrument id, any of its versions, in any order, with or without marks. */
export const questionnairesArbitrary: fc.Arbitrary<QuestionnaireToEncode[]> = fc
  .shuffledSubarray(['self-check', 'client-check', 'team-climate'], { minLength: 1 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .constantFrom(...FIXTURE_INSTRUMENTS.filter((instrument) => instrument.id === id))
          .chain((instrument) =>
            fc.record(
              { instrument: fc.constant(instrument), answers: answersArbitrary(instrument), marks: marksArbitrary(instrument) },
              { requiredKeys: ['instrument', 'answers'] },
            ),
          ),
      ),
    ),
  );

/** Any result a participant's device could encode, given valid workshop codes. */
export function resultArbitrary(workshopCodes: fc.Arbitrary<string>): fc.Arbitrary<ResultToEncode> {
  return fc
    .record({
      workshopCode: workshopCodes,
      nonce: nonceArbitrary,
      questionnaires: questionnairesArbitrary,
      replaces: fc.option(nonceArbitrary, { nil: undefined }),
    })
    .map(({ replaces, ...rest }) => (replaces === undefined || replaces === rest.nonce ? rest : { ...rest, replaces }));
}
