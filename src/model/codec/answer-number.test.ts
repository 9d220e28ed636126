import fc from 'fast-check';
import { answerNumberWidth, answerRadix, answersFromNumber, answersToNumber, answerSetCount, bitLength } from './answer-number';
import { answersArbitrary, FIXTURE_CLIENT_CHECK, FIXTURE_INSTRUMENTS, FIXTURE_SELF_CHECK, fixtureInstrument } from './test-instruments';

describe('the answers of a questionnaire as one number', () => {
  it('round-trip for every instrument', () => {
    const instrumentAndAnswers = fc
      .constantFrom(...FIXTURE_INSTRUMENTS)
      .chain((instrument) => fc.tuple(fc.constant(instrument), answersArbitrary(instrument)));
    fc.assert(
      fc.property(instrumentAndAnswers, ([instrument, answers]) => {
        const number = answersToNumber(instrument, answers);
        expect(number >= 0n && number < answerSetCount(instrument)).toBe(true);
        expect(bitLength(number)).toBeLessThanOrEqual(answerNumberWidth(instrument));
        expect(answersFromNumber(instrument, number)).toEqual(answers);
      }),
    );
  });

  it('are one-to-one: every number below Rⁿ is one answer set, and none above', () => {
    const tiny = fixtureInstrument('team-climate', 1, 3, true);
    const seen = new Set<string>();
    for (let number = 0n; number < 7n ** 3n; number++) {
      const answers = answersFromNumber(tiny, number);
      expect(answers).toBeDefined();
      expect(answersToNumber(tiny, answers ?? {})).toBe(number);
      seen.add(JSON.stringify(answers));
    }
    expect(seen.size).toBe(343);
    expect(answersFromNumber(tiny, 343n)).toBeUndefined();
    expect(answersFromNumber(tiny, -1n)).toBeUndefined();
  });

  it('use base 6, or 7 with "does not apply", first statement most significant', () => {
    expect(answerRadix(FIXTURE_SELF_CHECK)).toBe(6n);
    expect(answerRadix(FIXTURE_CLIENT_CHECK)).toBe(7n);
    const three = fixtureInstrument('self-check', 1, 3, false);
    expect(answersToNumber(three, { s01: 1, s03: 5 })).toBe(1n * 36n + 0n * 6n + 5n);
    const withNa = fixtureInstrument('team-climate', 1, 2, true);
    expect(answersToNumber(withNa, { t01: 'na', t02: 2 })).toBe(6n * 7n + 2n);
  });

  it('take the fewest bits that hold every answer set', () => {
    const widths = [
      [fixtureInstrument('self-check', 1, 16, false), 42],
      [fixtureInstrument('self-check', 1, 16, true), 45],
      [fixtureInstrument('team-climate', 1, 24, true), 68],
      [fixtureInstrument('client-check', 1, 10, true), 29],
      [fixtureInstrument('client-check', 1, 10, false), 26],
      [fixtureInstrument('team-climate', 1, 24, false), 63],
      [fixtureInstrument('client-check', 1, 0, true), 0],
    ] as const;
    for (const [instrument, width] of widths) expect(answerNumberWidth(instrument)).toBe(width);
  });

  it('refuse answers the app never makes', () => {
    expect(() => answersToNumber(FIXTURE_SELF_CHECK, { s01: 'na' })).toThrow(RangeError);
    expect(() => answersToNumber(FIXTURE_SELF_CHECK, { s01: 0 as 1 })).toThrow(RangeError);
    expect(() => answersToNumber(FIXTURE_SELF_CHECK, { x: 1 })).toThrow(RangeError);
    expect(answersToNumber(FIXTURE_SELF_CHECK, { s01: undefined as unknown as 1 })).toBe(0n);
  });
});
