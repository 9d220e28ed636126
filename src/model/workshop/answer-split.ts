import type { AnswerSplit } from '../team-report/types';
import { SPLIT_PARTS } from '../team-report/types';

export type SplitKey = 'disagree' | 'neutral' | 'agree';
/** In the order of the report's SPLIT_PARTS; the wall calls the middle part 'neutral'. */
export const SPLIT_KEYS: readonly SplitKey[] = ['disagree', 'neutral', 'agree'];

export interface SplitBar {
  readonly key: SplitKey;
  /**
   * Whole percent of those who answered 1–5; null when the disclosure rule withholds it: then no
   * number and no bar of its true length (a bar without a number still tells its size).
   */
  readonly percent: number | null;
}

/**
 * The wall's three bars of a statement, read from the report's split (`answerSplit` in
 * src/model/team-report/answer-split.ts), so the wall and the report withhold the same parts.
 * No count leaves this function: the wall shows percentages only.
 */
export function splitBars(split: AnswerSplit): SplitBar[] {
  return SPLIT_KEYS.map((key, i) => ({ key, percent: split[SPLIT_PARTS[i] ?? 'neither'] }));
}
