import type { AnswerValue } from '../instruments/types';
import { splitPeople, wholePercents } from '../team-report/answer-split';
import { SPLIT_PARTS } from '../team-report/types';

/** Fewer people than this in a bar: the bar is drawn, but without its number (it would point at one person). */
export const MIN_BAR_PEOPLE = 2;

export type SplitKey = 'disagree' | 'neutral' | 'agree';
/** In the order of the report's SPLIT_PARTS; the wall calls the middle part 'neutral'. */
export const SPLIT_KEYS: readonly SplitKey[] = ['disagree', 'neutral', 'agree'];

export interface SplitBar {
  readonly key: SplitKey;
  /** Whole percent of those who answered 1–5; the three add up to 100 (or all 0 when nobody answered). */
  readonly percent: number;
  /** False when fewer than MIN_BAR_PEOPLE gave this answer: show the bar, never the number. */
  readonly labelled: boolean;
}

/**
 * A statement's answers in three bars: disagree (1–2), neither (3), agree (4–5), each as a share
 * of those who answered 1–5 ("does not apply" and skips are left out). Shares are rounded with
 * the largest-remainder method, so the three always add up to exactly 100. No count leaves this
 * function: the wall shows percentages only.
 */
export function answerSplit(counts: Readonly<Record<AnswerValue, number>>): SplitBar[] {
  // The same parts and the same rounding as the team report (one copy of the rule).
  const people = splitPeople(counts);
  const percents = wholePercents(SPLIT_PARTS.map((part) => people[part]));
  return SPLIT_KEYS.map((key, i) => {
    const part = SPLIT_PARTS[i] ?? 'neither';
    return { key, percent: percents[i] ?? 0, labelled: people[part] >= MIN_BAR_PEOPLE };
  });
}
