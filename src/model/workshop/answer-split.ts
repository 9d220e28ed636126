import type { AnswerValue } from '../instruments/types';

/** Fewer people than this in a bar: the bar is drawn, but without its number (it would point at one person). */
export const MIN_BAR_PEOPLE = 2;

export type SplitKey = 'disagree' | 'neutral' | 'agree';
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
  const people: Record<SplitKey, number> = { disagree: counts[1] + counts[2], neutral: counts[3], agree: counts[4] + counts[5] };
  const total = people.disagree + people.neutral + people.agree;
  if (total === 0) return SPLIT_KEYS.map((key) => ({ key, percent: 0, labelled: false }));
  const parts = SPLIT_KEYS.map((key, index) => {
    const exact = (people[key] * 100) / total;
    return { index, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = 100 - parts.reduce((sum, p) => sum + p.floor, 0);
  for (const part of [...parts].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left <= 0) break;
    part.floor += 1;
    left -= 1;
  }
  return SPLIT_KEYS.map((key, i) => ({ key, percent: parts[i]?.floor ?? 0, labelled: people[key] >= MIN_BAR_PEOPLE }));
}
