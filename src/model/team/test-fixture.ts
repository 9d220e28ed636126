/**
 * A tiny instrument for the team tests, independent of the real questionnaires: four statements
 * per axis, one of them reversed on each, and a plain 75 % share of answered statements per axis
 * (not the self-check's rule: these tests are about aggregation, not completeness).
 */
import type { AnswerValue, Answers, Instrument } from '../instruments/types';

export const FIXTURE: Instrument = {
  id: 'team-fixture',
  version: 1,
  answerScale: { id: 'agreement', points: [1, 2, 3, 4, 5], notApplicable: true },
  scales: [
    { id: 'support', completeness: { minShare: 0.75, perKeying: false } },
    { id: 'expectations', completeness: { minShare: 0.75, perKeying: false } },
  ],
  window: { support: 'support', expectations: 'expectations' },
  items: [
    { id: 's1', scale: 'support', keying: 'plus', illustrates: 'MET' },
    { id: 's2', scale: 'support', keying: 'plus', illustrates: 'VOOR' },
    { id: 's3', scale: 'support', keying: 'minus', illustrates: 'DOOR' },
    { id: 's4', scale: 'support', keying: 'plus', illustrates: 'MET' },
    { id: 'e1', scale: 'expectations', keying: 'plus', illustrates: 'MET' },
    { id: 'e2', scale: 'expectations', keying: 'minus', illustrates: 'VOOR' },
    { id: 'e3', scale: 'expectations', keying: 'plus', illustrates: 'DOOR' },
    { id: 'e4', scale: 'expectations', keying: 'plus', illustrates: 'MET' },
  ],
};

const flip = (v: AnswerValue): AnswerValue => (6 - v) as AnswerValue;

/**
 * Answers whose keyed value is `support` on every support statement and `expectations` on every
 * expectations statement (reversed statements get 6 − x), so the axis scores are exactly
 * (support − 1) · 25 and (expectations − 1) · 25.
 */
export function keyedAnswers(support: AnswerValue, expectations: AnswerValue): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of FIXTURE.items) {
    const target = item.scale === 'support' ? support : expectations;
    answers[item.id] = item.keying === 'plus' ? target : flip(target);
  }
  return answers;
}

/** A result that cannot be scored: only two of the four support statements answered. */
export const INCOMPLETE: Answers = { s1: 3, s2: 3, e1: 3, e2: 3, e3: 3, e4: 3 };
