/**
 * The anonymity threshold: a team shows nothing but its count until enough complete results are
 * in. DOMAIN.md §7: default 5, never below 3.
 */

export const DEFAULT_MIN_RESPONDENTS = 5;
export const ABSOLUTE_MIN_RESPONDENTS = 3;

/**
 * The threshold actually applied: `max(3, ⌈value⌉)`. Anything that is not a finite number
 * (NaN from a broken setting, ±Infinity) falls back to DEFAULT_MIN_RESPONDENTS rather than to a
 * value that would show or hide everything.
 */
export function clampMinRespondents(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_MIN_RESPONDENTS;
  return Math.max(ABSOLUTE_MIN_RESPONDENTS, Math.ceil(value));
}
