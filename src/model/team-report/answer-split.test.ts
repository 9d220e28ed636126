import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSplit, wholePercents } from './answer-split';

describe('wholePercents', () => {
  it('adds up to exactly 100, with the largest remainders rounded up', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([2, 1, 3])).toEqual([33, 17, 50]);
    expect(wholePercents([0, 0, 7])).toEqual([0, 0, 100]);
    expect(wholePercents([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('never sums to anything but 100 and never moves a share by a whole point or more', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 6 }).filter((c) => c.some((x) => x > 0)), (counts) => {
        const whole = wholePercents(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(whole.reduce((a, b) => a + b, 0)).toBe(100);
        whole.forEach((w, i) => expect(Math.abs(w - ((counts[i] ?? 0) * 100) / total)).toBeLessThan(1));
      }),
    );
  });
});

describe('answerSplit', () => {
  it('puts 1–2 under disagree, 3 under neither and 4–5 under agree', () => {
    expect(answerSplit({ 1: 1, 2: 2, 3: 2, 4: 0, 5: 5 })).toEqual({ disagree: 30, neither: 20, agree: 50, unlabelled: [] });
  });

  it('keeps a part of one person as a bar but names it as unlabelled', () => {
    expect(answerSplit({ 1: 0, 2: 1, 3: 0, 4: 2, 5: 2 })).toEqual({ disagree: 20, neither: 0, agree: 80, unlabelled: ['disagree'] });
  });

  it('has nothing to split when nobody answered', () => {
    expect(answerSplit({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })).toBeNull();
  });
});
