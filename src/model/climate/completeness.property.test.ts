import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { ANSWER_VALUES, NOT_APPLICABLE, itemsOfScale } from '../instruments/types';
import type { Answer, AnswerValue, Answers, Instrument } from '../instruments/types';
import { MIDDLE_ZONE, scaleScore } from '../scoring/score';
import { climateOfPerson } from './person';
import { CLIMATE_SCALES } from './temperature';

/**
 * Completeness (docs/climate.md): someone who gives the same answer to every statement, with any
 * pattern of skips or "does not apply" that the rule lets through, stays inside the middle zone
 * (|score − 50| < 10) on every element. Agreeing (or disagreeing) with everything must never
 * make an element warm or cold.
 */
const insideMiddle = (score: number) => Math.abs(score - MIDDLE_ZONE.centre) < MIDDLE_ZONE.halfWidth;

type Gap = 'answer' | 'skip' | 'na';

function sameAnswerWithGaps(instrument: Instrument, value: AnswerValue, gaps: readonly Gap[]): Answers {
  const answers: Record<string, Answer> = {};
  instrument.items.forEach((item, i) => {
    const gap = gaps[i] ?? 'answer';
    if (gap === 'answer') answers[item.id] = value;
    else if (gap === 'na') answers[item.id] = NOT_APPLICABLE;
  });
  return answers;
}

describe('completeness: the same answer everywhere never warms or cools an element', () => {
  it('holds exhaustively: every value, every subset of each scale answered', () => {
    let scored = 0;
    for (const scale of CLIMATE_SCALES) {
      const own = itemsOfScale(TEAM_CLIMATE, scale);
      for (let mask = 0; mask < 2 ** own.length; mask++) {
        for (const value of ANSWER_VALUES) {
          const answers: Record<string, Answer> = {};
          own.forEach((item, i) => {
            answers[item.id] = (mask >> i) & 1 ? value : NOT_APPLICABLE;
          });
          const { score } = scaleScore(TEAM_CLIMATE, answers, scale);
          if (score === null) continue;
          scored += 1;
          expect(insideMiddle(score), `${scale} mask ${mask} value ${value}: ${score}`).toBe(true);
          // In fact exactly 50: the rule only lets balanced sets through.
          expect(score).toBe(50);
        }
      }
    }
    // Not vacuous: each scale is scored at least when all its statements are answered.
    expect(scored).toBe(CLIMATE_SCALES.length * ANSWER_VALUES.length);
  });

  it('holds for the whole questionnaire with any mix of skips and "does not apply" (property)', () => {
    const gapArb = fc.constantFrom<Gap>('answer', 'answer', 'answer', 'answer', 'skip', 'na');
    let scored = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...ANSWER_VALUES),
        fc.array(gapArb, { minLength: TEAM_CLIMATE.items.length, maxLength: TEAM_CLIMATE.items.length }),
        (value, gaps) => {
          const person = climateOfPerson(TEAM_CLIMATE, sameAnswerWithGaps(TEAM_CLIMATE, value, gaps));
          for (const element of [...person.elements, person.energy]) {
            if (element.score === null) continue;
            scored += 1;
            expect(insideMiddle(element.score)).toBe(true);
            expect(element.level).toBe('middle');
          }
          if (person.reading) {
            expect(person.temperature).toBeCloseTo(50, 9);
            expect(person.reading.band).toBe('lukewarm');
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(scored).toBeGreaterThan(0);
  });

  it('explains why one skip is not allowed: a looser rule lets "strongly agree" everywhere score exactly 60', () => {
    // The same statements with a rule that would allow one skip per keying (2 of 3).
    const loose: Instrument = {
      ...TEAM_CLIMATE,
      scales: TEAM_CLIMATE.scales.map((s) => ({ ...s, completeness: { minShare: 0.6, perKeying: true } })),
    };
    const purpose = itemsOfScale(loose, 'purpose');
    const skipOneMinus = purpose.find((item) => item.keying === 'minus')?.id ?? '';
    const answers: Record<string, Answer> = {};
    for (const item of purpose) if (item.id !== skipOneMinus) answers[item.id] = 5;
    // 3 plus at 5, 2 minus at 5 (keyed 1): mean 17/5 = 3.4 → 60: warm from agreeing alone.
    const { score } = scaleScore(loose, answers, 'purpose');
    expect(score).toBeCloseTo(60, 9);
    expect(insideMiddle(score ?? 50)).toBe(false);
    // The real rule gives no score at all.
    expect(scaleScore(TEAM_CLIMATE, answers, 'purpose').score).toBeNull();
  });
});
