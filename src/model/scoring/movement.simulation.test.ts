/**
 * How often chance alone makes the page say that someone moved (decision 61). The people come
 * from a response model written in the fixture (latent levels, a tendency to agree that changes
 * between occasions, logistic answer noise, rounding to the five points, some "does not apply"),
 * not from the criterion's own assumption of normal errors with a known SEM. Each answers version 2
 * twice without any true change; at most 5 % may be told they moved. The assertion is on the upper
 * end of the 95 % interval of the measured rate, over 20,000 seeded people per case.
 * docs/scoring.md §6 has the figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { compareResults } from './movement';
import { scoreAnswers } from './score';
import { answerOnce, drawPerson, PEOPLE, seeded, statementOffsets, upperBound, type ResponseModel } from './simulation-fixture';

const N = 20_000;
const TARGET = 0.05;

interface Rates {
  /** Told they moved: the joint criterion. */
  readonly moved: number;
  /** The rule before decision 61: 20 points on either scale. */
  readonly before: number;
  /** Pairs of two complete results (the others are not compared). */
  readonly n: number;
}

function simulate(model: ResponseModel, seed: number, people = N): Rates {
  const random = seeded(seed);
  const offsets = statementOffsets(SELF_CHECK_V2, random);
  let moved = 0;
  let before = 0;
  let n = 0;
  for (let i = 0; i < people; i++) {
    const person = drawPerson(SELF_CHECK_V2, model, random);
    const first = scoreAnswers(SELF_CHECK_V2, answerOnce(SELF_CHECK_V2, person, offsets, model, random));
    const second = scoreAnswers(SELF_CHECK_V2, answerOnce(SELF_CHECK_V2, person, offsets, model, random));
    const comparison = compareResults(first, second);
    if (comparison.kind !== 'movement') continue;
    n += 1;
    if (comparison.movement.reliable) moved += 1;
    if (Math.abs(comparison.movement.support) >= 20 || Math.abs(comparison.movement.expectations) >= 20) before += 1;
  }
  return { moved, before, n };
}

describe('no true change', () => {
  describe('the test population: all answer noise new on every occasion (no stable habits)', () => {
    let rates: Rates = { moved: 0, before: 0, n: 0 };
    beforeAll(() => {
      rates = simulate(PEOPLE, 611);
    });

    it('compares nearly every pair (both results complete)', () => {
      expect(rates.n / N).toBeGreaterThan(0.99);
    });

    it('tells at most 5 % that they moved (upper 95 % bound)', () => {
      expect(upperBound(rates.moved, rates.n)).toBeLessThanOrEqual(TARGET);
    });

    it('whereas 20 points on either scale told about one in eight (the finding of issue 19)', () => {
      expect(upperBound(rates.n - rates.before, rates.n)).toBeLessThan(0.9);
    });
  });

  it('with stable habits per statement (part of the noise the same each time), fewer still', () => {
    const rates = simulate({ ...PEOPLE, habitSd: 0.5, noiseSd: 0.65 }, 612, 10_000);
    expect(upperBound(rates.moved, rates.n)).toBeLessThanOrEqual(TARGET);
  });

  it('but not with more answer noise than the SEM assumes (SD 1.0 step): the criterion is only as good as its SEM', () => {
    const rates = simulate({ ...PEOPLE, noiseSd: 1 }, 614, 10_000);
    expect(rates.moved / rates.n).toBeGreaterThan(TARGET);
  });
});
