import type { AnswerValue } from '../instruments/types';
import { disclosedShares } from '../team/disclosure';
import type { AnswerSplit, SplitPart } from './types';

/** Which part of the split each answer 1–5 falls in. */
const PART_OF: Readonly<Record<AnswerValue, SplitPart>> = { 1: 'disagree', 2: 'disagree', 3: 'neither', 4: 'agree', 5: 'agree' };

/** How many people gave an answer in each part: disagree (1–2), neither (3), agree (4–5). */
export function splitPeople(counts: Readonly<Record<AnswerValue, number>>): Record<SplitPart, number> {
  const byPart: Record<SplitPart, number> = { disagree: 0, neither: 0, agree: 0 };
  for (const value of [1, 2, 3, 4, 5] as const) byPart[PART_OF[value]] += counts[value];
  return byPart;
}

/**
 * The split of one statement's answers into disagree (1–2), neither (3) and agree (4–5), in
 * percent of those who answered 1–5, as the disclosure rule lets a room see it
 * (`disclosedShares`): a share of one or two people, or one that could be worked out from the
 * shown ones, is null (withheld), never a number and never a bar of its true length. Null when
 * nobody answered. The one copy of the split for the wall, the report, its file and the CSV.
 */
export function answerSplit(counts: Readonly<Record<AnswerValue, number>>): AnswerSplit | null {
  const people = splitPeople(counts);
  if (people.disagree + people.neither + people.agree === 0) return null;
  const [disagree, neither, agree] = disclosedShares([people.disagree, people.neither, people.agree]);
  return { disagree, neither, agree };
}

/** True when any share of the split is withheld. */
export const splitWithholds = (split: AnswerSplit): boolean => split.disagree === null || split.neither === null || split.agree === null;
