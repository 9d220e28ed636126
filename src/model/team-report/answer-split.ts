import type { AnswerValue } from '../instruments/types';
import { SPLIT_PARTS, type AnswerSplit, type SplitPart } from './types';

/** Which part of the split each answer 1–5 falls in. */
const PART_OF: Readonly<Record<AnswerValue, SplitPart>> = { 1: 'disagree', 2: 'disagree', 3: 'neither', 4: 'agree', 5: 'agree' };

/**
 * Whole percentages that add up to exactly 100 (largest remainder): "33, 33, 33" would make a
 * reader look for the missing one. Ties go to the earlier part, so the result is deterministic.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left -= 1;
  }
  return whole;
}

/** How many people gave an answer in each part: disagree (1–2), neither (3), agree (4–5). */
export function splitPeople(counts: Readonly<Record<AnswerValue, number>>): Record<SplitPart, number> {
  const byPart: Record<SplitPart, number> = { disagree: 0, neither: 0, agree: 0 };
  for (const value of [1, 2, 3, 4, 5] as const) byPart[PART_OF[value]] += counts[value];
  return byPart;
}

/**
 * The split of one statement's answers into disagree (1–2), neither (3) and agree (4–5), in
 * percent of those who answered 1–5. A part that holds exactly one person keeps its bar but is
 * named in `unlabelled`, so no number on paper or on the wall points at one person. Null when
 * nobody answered.
 */
export function answerSplit(counts: Readonly<Record<AnswerValue, number>>): AnswerSplit | null {
  const byPart = splitPeople(counts);
  const parts = SPLIT_PARTS.map((p) => byPart[p]);
  if (parts.every((c) => c === 0)) return null;
  const [disagree = 0, neither = 0, agree = 0] = wholePercents(parts);
  return { disagree, neither, agree, unlabelled: SPLIT_PARTS.filter((p) => byPart[p] === 1) };
}
