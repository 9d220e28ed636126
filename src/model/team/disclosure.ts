/**
 * The disclosure rule: no team figure from too few people, by arithmetic either (issue 20,
 * docs/privacy.md "The disclosure rule", decisions 71 and 72). One copy of the rule, used by the
 * wall, the workshop page, the team report, its file, the CSV and the clients' view.
 *
 * 1. A mean, SD, band or agreement is shown only when at least the minimum number of people
 *    (the workshop's or collection's clamped minimum: default 5, never below 3) are behind it:
 *    per radar spoke, per climate element and energy, per statement (`enoughPeople`).
 * 2. A count or share of a part (disagree, neither, agree) is shown only when the part holds at
 *    least MIN_PART_PEOPLE people or nobody (0 is a fact about the whole group, not about one
 *    person), and never so that a withheld part can be worked out from the shown ones
 *    (`disclosedShares`).
 * What falls short is withheld: absent from every file, with a plain reason on every screen.
 */
import { clampMinRespondents } from './anonymity';

/** A part (of a statement's answers) needs at least this many people for its count or share. */
export const MIN_PART_PEOPLE = 3;

/**
 * Why a figure is not shown: `fewPeople`, fewer than the minimum number of people are behind it;
 * `smallPart`, a share that would rest on one or two people, or would let such a share be worked
 * out from the others.
 */
export type WithheldReason = 'fewPeople' | 'smallPart';

/** True when a mean, SD, band or agreement over `n` people may be shown: n ≥ max(3, ⌈min⌉). */
export function enoughPeople(n: number, minRespondents: number): boolean {
  return n >= clampMinRespondents(minRespondents);
}

/** A part may be shown on its own: nobody (0), or at least MIN_PART_PEOPLE people. */
const partShowable = (people: number) => people === 0 || people >= MIN_PART_PEOPLE;

/** Disagree, neither, agree: the parts of a statement's split, in this order. */
export type ThreeParts = readonly [number, number, number];

/**
 * Which parts of a three-part split a room may see, as whole percents of all who answered, null
 * where withheld. The first of these views that fits is taken:
 * 1. every part, when each holds nobody or at least 3 people: shares by largest remainder,
 *    adding up to exactly 100;
 * 2. agree alone, when it holds nobody or at least 3 and disagree and neither together hold at
 *    least 3: 100 − agree is then a share of at least 3 people, never of one or two;
 * 3. disagree alone, under the same conditions;
 * 4. nothing (the statement without shares).
 * A shown share in views 2 and 3 is its own count rounded (round(100 · c / n)), so it does not
 * depend on how the withheld people are divided. Why these views and no cleverer choice (such as
 * "also withhold the smallest other part"): the room knows the rule, and a choice that depends on
 * the sizes of the parts tells it which part was smaller; the disclosure test
 * (disclosure.exhaustive.test.ts) proves for every split of 3 to 60 answers that each withheld
 * part keeps at least two possible values and that what is withheld together holds 0 or at least
 * 3 people. The middle part is never shown alone: with both outer parts withheld it would say
 * that the two held together 3 or 4 people of whom each was one or two, which pins them down.
 */
export function disclosedShares(parts: ThreeParts): [number | null, number | null, number | null] {
  const [disagree, neither, agree] = parts;
  const total = disagree + neither + agree;
  if (total === 0) return [null, null, null];
  if (parts.every(partShowable)) {
    const [d = 0, n = 0, a = 0] = wholePercents(parts);
    return [d, n, a];
  }
  const share = (people: number) => Math.round((people * 100) / total);
  if (partShowable(agree) && disagree + neither >= MIN_PART_PEOPLE) return [null, null, share(agree)];
  if (partShowable(disagree) && neither + agree >= MIN_PART_PEOPLE) return [share(disagree), null, null];
  return [null, null, null];
}

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
