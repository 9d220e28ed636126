/**
 * Helpers for the climate tests: answer sets built from the keyed value wanted on each element,
 * and a seeded random generator, so hand-computed expectations stay readable.
 */
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { AnswerValue, Answers } from '../instruments/types';
import type { ClimateScale } from './types';
import { seeded } from '../testing/seeded';

export { seeded };

/** Keyed values per element (and energy); an element left out is left unanswered. */
export type Keyed = Partial<Record<ClimateScale, AnswerValue>>;

/**
 * Answers to the real questionnaire whose keyed value is `keyed[scale]` on every statement of that
 * scale (a `minus` statement gets 6 − v), so each score is exactly (v − 1) × 25.
 */
export function keyedAnswers(keyed: Keyed): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of TEAM_CLIMATE.items) {
    const v = keyed[item.scale as ClimateScale];
    if (v !== undefined) answers[item.id] = item.keying === 'plus' ? v : ((6 - v) as AnswerValue);
  }
  return answers;
}

/** The same keyed value on the four elements and on energy. */
export function everywhere(v: AnswerValue): Keyed {
  return { purpose: v, cooperation: v, boundaries: v, reflection: v, energy: v };
}


/** Someone who answers every statement at random, 1–5 with equal chance. */
export function randomAnswers(random: () => number): Answers {
  return Object.fromEntries(TEAM_CLIMATE.items.map((item) => [item.id, (1 + Math.floor(random() * 5)) as AnswerValue]));
}
