/**
 * A tiny instrument for the team tests, independent of the real questionnaires: four statements
 * per axis, one of them reversed on each, and the usual 75 % rule.
 */
import type { AnswerValue, Answers, Instrument } from '../instruments/types';

export const FIXTURE: Instrument = {
  id: 'team-fixture',
  version: 1,
  minAnsweredShare: 0.75,
  items: [
    { id: 's1', axis: 'support', keying: 'plus', illustrates: 'MET' },
    { id: 's2', axis: 'support', keying: 'plus', illustrates: 'VOOR' },
    { id: 's3', axis: 'support', keying: 'minus', illustrates: 'DOOR' },
    { id: 's4', axis: 'support', keying: 'plus', illustrates: 'MET' },
    { id: 'e1', axis: 'expectations', keying: 'plus', illustrates: 'MET' },
    { id: 'e2', axis: 'expectations', keying: 'minus', illustrates: 'VOOR' },
    { id: 'e3', axis: 'expectations', keying: 'plus', illustrates: 'DOOR' },
    { id: 'e4', axis: 'expectations', keying: 'plus', illustrates: 'MET' },
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
    const target = item.axis === 'support' ? support : expectations;
    answers[item.id] = item.keying === 'plus' ? target : flip(target);
  }
  return answers;
}

/** A result that cannot be scored: only two of the four support statements answered. */
export const INCOMPLETE: Answers = { s1: 3, s2: 3, e1: 3, e2: 3, e3: 3, e4: 3 };
