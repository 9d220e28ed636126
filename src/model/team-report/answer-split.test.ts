import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholePercents } from '../team/disclosure';
import { answerSplit } from './answer-split';
import { splitBars } from '../workshop/answer-split';

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
  it('puts 1–2 under disagree, 3 under neither and 4–5 under agree, every share when each part holds 0 or at least 3', () => {
    expect(answerSplit({ 1: 1, 2: 2, 3: 3, 4: 0, 5: 5 })).toEqual({ disagree: 27, neither: 27, agree: 46 });
    expect(answerSplit({ 1: 0, 2: 0, 3: 0, 4: 2, 5: 3 })).toEqual({ disagree: 0, neither: 0, agree: 100 });
  });

  it('no longer lets 38 % + 50 % give the hidden 12 %: with one person disagreeing, only a share of at least 3 is shown', () => {
    // The team of eight: one disagrees, three neither, four agree.
    const split = answerSplit({ 1: 1, 2: 0, 3: 3, 4: 4, 5: 0 });
    expect(split).toEqual({ disagree: null, neither: null, agree: 50 });
    // What the room can work out: 50 % did not agree, which is four people, never one.
  });

  it('shows nothing when no share can be shown without pointing at one or two people', () => {
    expect(answerSplit({ 1: 2, 2: 0, 3: 1, 4: 2, 5: 0 })).toEqual({ disagree: null, neither: null, agree: null });
  });

  it('has nothing to split when nobody answered', () => {
    expect(answerSplit({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })).toBeNull();
  });

  it('gives the wall a bar only for a shown share, so a withheld one has no true-length bar', () => {
    const split = answerSplit({ 1: 1, 2: 0, 3: 3, 4: 4, 5: 0 });
    if (!split) throw new Error('answered');
    expect(splitBars(split).map((b) => [b.key, b.percent])).toEqual([
      ['disagree', null],
      ['neutral', null],
      ['agree', 50],
    ]);
  });
});
