import { waitAfterWrongPins } from '../model/device-lock/pin-rules';
import { keepLock, latestLock } from './shared-device-lock';

// Apart from the lock itself, which the layout reads on every screen: only the unlock form
// counts attempts, and the first screen's JavaScript stays without the PIN rules.

/** Milliseconds until the lock takes a PIN again; 0 when it takes one now. */
export function lockWait(): number {
  const current = latestLock();
  return current ? Math.max(0, current.waitUntil - Date.now()) : 0;
}

/**
 * Counts an attempt as wrong before the PIN is checked: the check takes half a second, and a
 * guesser who reloads within it must not escape the count. The right PIN lifts the lock anyway.
 */
export function noteAttempt(): void {
  const current = latestLock();
  if (!current) return;
  const wrong = current.wrong + 1;
  keepLock({ ...current, wrong, waitUntil: Date.now() + waitAfterWrongPins(wrong) });
}
