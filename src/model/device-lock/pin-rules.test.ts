import { describe, expect, it } from 'vitest';
import { isValidPin, normalisePin, waitAfterWrongPins } from './pin-rules';

describe('a PIN', () => {
  it('is 4 to 12 digits, nothing else', () => {
    expect(['1234', '000000', '123456789012'].every(isValidPin)).toBe(true);
    expect(['123', '', '12a4', '1234567890123', 'STOP', '12 34'].some(isValidPin)).toBe(false);
    expect(isValidPin(normalisePin(' 12 34 '))).toBe(true);
  });
});

describe('the wait after wrong PINs', () => {
  it('lets a facilitator mistype three times, then makes guessing all four-digit PINs take longer than a year', () => {
    expect([1, 2, 3].map(waitAfterWrongPins)).toEqual([0, 0, 0]);
    expect(waitAfterWrongPins(4)).toBe(30_000);
    expect(waitAfterWrongPins(5)).toBe(60_000);
    let total = 0;
    for (let wrong = 1; wrong <= 10_000; wrong++) total += waitAfterWrongPins(wrong);
    expect(total / 3_600_000).toBeGreaterThan(9_000);
  });

  it('never waits longer than an hour at a time', () => {
    expect(waitAfterWrongPins(1_000)).toBe(3_600_000);
    expect(waitAfterWrongPins(100_000)).toBe(3_600_000);
  });
});
