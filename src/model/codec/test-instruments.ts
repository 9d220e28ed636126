import type { AnswerValue, Answers, Axis, Instrument } from '../instruments/types';
import { MAX_NONCE } from './nonce';
import type { ResultToEncode } from './payload';
import fc from 'fast-check';

/**
 * Test fixtures: instruments shaped like the real ones, so the codec's tests do not depend on
 * the registry's contents (the codec takes its instrument lookup as a parameter).
 */
function fixtureInstrument(id: string, version: number, itemCount: number): Instrument {
  const items = Array.from({ length: itemCount }, (_, i) => ({
    id: `${id[0]}${String(i + 1).padStart(2, '0')}`,
    axis: (i % 2 === 0 ? 'support' : 'expectations') as Axis,
    keying: i % 4 < 2 ? ('plus' as const) : ('minus' as const),
    illustrates: 'MET' as const,
  }));
  return { id, version, items, minAnsweredShare: 0.75 };
}

export const FIXTURE_SELF_CHECK = fixtureInstrument('self-check', 1, 18);
export const FIXTURE_SELF_CHECK_V2 = fixtureInstrument('self-check', 2, 20);
export const FIXTURE_CLIENT_CHECK = fixtureInstrument('client-check', 1, 5);
export const FIXTURE_INSTRUMENTS = [FIXTURE_SELF_CHECK, FIXTURE_SELF_CHECK_V2, FIXTURE_CLIENT_CHECK];

export function findFixtureInstrument(id: string, version: number): Instrument | undefined {
  return FIXTURE_INSTRUMENTS.find((instrument) => instrument.id === id && instrument.version === version);
}

export const FIXTURE_OPTIONS = { findInstrument: findFixtureInstrument };

/** A valid workshop code (check character included). */
export const WORKSHOP = 'K7MQ45';

/** Any answers to an instrument: each item unanswered or 1–5. */
export function answersArbitrary(instrument: Instrument): fc.Arbitrary<Answers> {
  return fc
    .tuple(...instrument.items.map(() => fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5), { nil: undefined })))
    .map((values) => {
      const answers: Record<string, AnswerValue> = {};
      instrument.items.forEach((item, i) => {
        const value = values[i];
        if (value !== undefined) answers[item.id] = value;
      });
      return answers;
    });
}

/** Any nonce, with the edges 0 and MAX_NONCE drawn more often than chance. */
export const nonceArbitrary = fc.oneof(fc.constantFrom(0, MAX_NONCE), fc.integer({ min: 0, max: MAX_NONCE }));

/** Any result a participant's device could encode, given valid workshop codes. */
export function resultArbitrary(workshopCodes: fc.Arbitrary<string>): fc.Arbitrary<ResultToEncode> {
  return fc
    .constantFrom(...FIXTURE_INSTRUMENTS)
    .chain((instrument) =>
      fc.record({
        workshopCode: workshopCodes,
        instrument: fc.constant(instrument),
        answers: answersArbitrary(instrument),
        nonce: nonceArbitrary,
        name: fc.option(fc.string({ unit: 'grapheme', maxLength: 50 }), { nil: undefined }),
      }),
    )
    .map(({ name, ...rest }) => (name === undefined ? rest : { ...rest, name }));
}
