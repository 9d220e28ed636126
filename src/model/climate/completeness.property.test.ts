import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { ANSWER_VALUES, NOT_APPLICABLE, itemsOfScale } from '../instruments/types';
import type { Answer, AnswerValue, Answers, Instrument } from '../instruments/types';
import { scaleScore } from '../scoring/score';
import { climateOfPerson } from './person';
import { CLIMATE_SCALES } from './temperature';

/**
 * Completeness and scoring (docs/climate.md §4, docs/decisions.md 65): each scale is the mean of
 * its `plus` mean and its keyed `minus` mean and needs 2 of the 3 statements of each keying
 * (energy: 1 of 2). Someone who gives the same answer to every statement then scores exactly 50
 * on every scored scale, whatever is skipped or "does not apply", and mirroring every answer
 * (x → 6 − x) mirrors every score (s → 100 − s).
 */
type Gap = 'answer' | 'skip' | 'na';

const mirror = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a === NOT_APPLICABLE ? a : ((6 - a) as AnswerValue)]));

function sameAnswerWithGaps(instrument: Instrument, value: AnswerValue, gaps: readonly Gap[]): Answers {
  const answers: Record<string, Answer> = {};
  instrument.items.forEach((item, i) => {
    const gap = gaps[i] ?? 'answer';
    if (gap === 'answer') answers[item.id] = value;
    else if (gap === 'na') answers[item.id] = NOT_APPLICABLE;
  });
  return answers;
}

/** The rule, counted by hand: at least 2 of 3 per keying on an element, 1 of 2 on energy. */
const enough = (scale: string, plus: number, minus: number) => (scale === 'energy' ? plus >= 1 && minus >= 1 : plus >= 2 && minus >= 2);

describe('completeness: 2 of 3 statements per keying (energy 1 of 2), keying-balanced', () => {
  it('scores exactly the subsets the rule allows, and the same answer everywhere gives exactly 50 (exhaustive)', () => {
    let scored = 0;
    for (const scale of CLIMATE_SCALES) {
      const own = itemsOfScale(TEAM_CLIMATE, scale);
      for (let mask = 0; mask < 2 ** own.length; mask++) {
        const kept = own.filter((_, i) => (mask >> i) & 1);
        const plus = kept.filter((item) => item.keying === 'plus').length;
        const minus = kept.length - plus;
        for (const value of ANSWER_VALUES) {
          const answers: Record<string, Answer> = {};
          own.forEach((item, i) => {
            answers[item.id] = (mask >> i) & 1 ? value : NOT_APPLICABLE;
          });
          const { score } = scaleScore(TEAM_CLIMATE, answers, scale);
          expect(score !== null, `${scale} mask ${mask}`).toBe(enough(scale, plus, minus));
          if (score === null) continue;
          scored += 1;
          expect(score, `${scale} mask ${mask} value ${value}`).toBe(50);
        }
      }
    }
    // Per element (1 + 3) × (1 + 3) = 16 subsets, energy (1 + 2) × (1 + 2) = 9, each for five values.
    expect(scored).toBe((4 * 16 + 9) * ANSWER_VALUES.length);
  });

  it('keeps a complete element exactly as the plain mean scored it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ANSWER_VALUES), { minLength: 28, maxLength: 28 }), (values) => {
        const answers = Object.fromEntries(TEAM_CLIMATE.items.map((item, i) => [item.id, values[i] as AnswerValue]));
        for (const scale of CLIMATE_SCALES) {
          const own = itemsOfScale(TEAM_CLIMATE, scale);
          const keyed = own.map((item) => (item.keying === 'plus' ? answers[item.id] : 6 - (answers[item.id] as number)) as number);
          const plain = ((keyed.reduce((s, v) => s + v, 0) / keyed.length - 1) / 4) * 100;
          expect(scaleScore(TEAM_CLIMATE, answers, scale).score).toBeCloseTo(plain, 12);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same answer everywhere exactly 50 on every scored element, and a lukewarm 50, with any mix of skips and "does not apply" (property)', () => {
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
            expect(element.score).toBe(50);
            expect(element.level).toBe('middle');
          }
          if (person.reading) {
            expect(person.temperature).toBeCloseTo(50, 9);
            expect(person.reading.band).toBe('lukewarm');
            expect(person.reading.warm).toEqual([]);
            expect(person.reading.cold).toEqual([]);
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(scored).toBeGreaterThan(0);
  });

  it('mirrors: answering 6 − x everywhere maps every score s to 100 − s, under any skips (property)', () => {
    const answerArb = fc.constantFrom<Answer | undefined>(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, NOT_APPLICABLE, undefined);
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 28, maxLength: 28 }), (values) => {
        const answers: Record<string, Answer> = {};
        TEAM_CLIMATE.items.forEach((item, i) => {
          const a = values[i];
          if (a !== undefined) answers[item.id] = a;
        });
        const a = climateOfPerson(TEAM_CLIMATE, answers);
        const b = climateOfPerson(TEAM_CLIMATE, mirror(answers));
        [...a.elements, a.energy].forEach((element, i) => {
          const other = [...b.elements, b.energy][i];
          if (element.score === null) expect(other?.score).toBeNull();
          else expect(other?.score).toBeCloseTo(100 - element.score, 9);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('needs two statements of a keying: one warm and three cold statements give no element score', () => {
    const purpose = itemsOfScale(TEAM_CLIMATE, 'purpose');
    const answers: Record<string, Answer> = {};
    let plusKept = 0;
    for (const item of purpose) {
      if (item.keying === 'plus' && plusKept++ >= 1) answers[item.id] = NOT_APPLICABLE;
      else answers[item.id] = 5;
    }
    expect(scaleScore(TEAM_CLIMATE, answers, 'purpose')).toMatchObject({ score: null, answered: 4, notApplicable: 2 });
  });
});
