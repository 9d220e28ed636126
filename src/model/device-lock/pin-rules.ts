/**
 * The PIN that locks a device handed round (a workshop's shared screen, a client at the table):
 * what counts as a PIN, and how long a guesser waits after wrong ones (docs/decisions.md 76).
 */

export const MIN_PIN_DIGITS = 4;
export const MAX_PIN_DIGITS = 12;

/** Digits only, 4 to 12 of them. Spaces a person types between groups do not count. */
export function normalisePin(typed: string): string {
  return typed.replace(/\s+/g, '');
}

export function isValidPin(pin: string): boolean {
  return new RegExp(`^[0-9]{${MIN_PIN_DIGITS},${MAX_PIN_DIGITS}}$`).test(pin);
}

/** Wrong PINs allowed without any wait: typing errors, not guessing. */
export const FREE_WRONG_PINS = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * How long the lock refuses every PIN after `wrong` wrong ones in a row: nothing for the first
 * three, then 30 s, doubling with each further wrong PIN, at most an hour:
 * wait(n) = min(30 s · 2^(n − 4), 1 h) for n ≥ 4. Trying all 10,000 four-digit PINs then takes
 * more than 9,000 hours; a facilitator who mistypes three times loses nothing.
 */
export function waitAfterWrongPins(wrong: number): number {
  if (wrong <= FREE_WRONG_PINS) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (wrong - FREE_WRONG_PINS - 1), LONGEST_WAIT_MS);
}

/** Milliseconds still to wait at `now`, or 0; `until` is the stored end of the wait. */
export function remainingWait(until: number, now: number): number {
  return Math.max(0, until - now);
}
