import { describe, expect, it } from 'vitest';
import { answerSplit } from './answer-split';

describe('answerSplit', () => {
  it('puts 1–2 in disagree, 3 in neither and 4–5 in agree, as whole percentages that add up to 100', () => {
    const bars = answerSplit({ 1: 1, 2: 1, 3: 1, 4: 2, 5: 1 });
    expect(bars.map((b) => [b.key, b.percent])).toEqual([
      ['disagree', 33],
      ['neutral', 17],
      ['agree', 50],
    ]);
  });

  it('rounds thirds so the sum stays 100', () => {
    const bars = answerSplit({ 1: 1, 2: 0, 3: 1, 4: 1, 5: 0 });
    expect(bars.map((b) => b.percent)).toEqual([34, 33, 33]);
    expect(bars.reduce((s, b) => s + b.percent, 0)).toBe(100);
  });

  it('labels only bars of two or more people', () => {
    const bars = answerSplit({ 1: 0, 2: 1, 3: 0, 4: 3, 5: 1 });
    expect(bars.map((b) => b.labelled)).toEqual([false, false, true]);
  });

  it('gives empty bars when nobody answered 1–5', () => {
    expect(answerSplit({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }).map((b) => [b.percent, b.labelled])).toEqual([
      [0, false],
      [0, false],
      [0, false],
    ]);
  });
});
