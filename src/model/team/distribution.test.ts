import { describe, expect, it } from 'vitest';
import type { Answers } from '../instruments/types';
import { statementDistribution } from './distribution';
import { FIXTURE, INCOMPLETE, keyedAnswers } from './test-fixture';

const withoutS4 = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 's4'));

describe('statementDistribution', () => {
  it('is null while the profile is hidden', () => {
    const four = [1, 2, 3, 4].map((v) => keyedAnswers(v as 1 | 2 | 3 | 4, 3));
    expect(statementDistribution(FIXTURE, four, 5)).toBeNull();
    expect(statementDistribution(FIXTURE, [...four, INCOMPLETE], 5)).toBeNull();
  });

  it('counts each answer and the missing ones over the complete results, in item order', () => {
    const sets = [
      keyedAnswers(1, 3),
      keyedAnswers(1, 3),
      keyedAnswers(5, 3),
      keyedAnswers(4, 3),
      withoutS4(keyedAnswers(4, 3)),
      withoutS4(keyedAnswers(4, 3)),
      INCOMPLETE,
    ];
    const distribution = statementDistribution(FIXTURE, sets, 5);
    expect(distribution?.map((row) => row.itemId)).toEqual(FIXTURE.items.map((item) => item.id));
    expect(distribution?.[0]).toEqual({
      itemId: 's1',
      scale: 'support',
      answered: 6,
      notApplicable: 0,
      missing: 0,
      counts: { 1: 2, 2: 0, 3: 0, 4: 3, 5: 1 },
    });
    // s3 is reversed: keyed 1 is a raw 5.
    expect(distribution?.[2]?.counts).toEqual({ 1: 1, 2: 3, 3: 0, 4: 0, 5: 2 });
    expect(distribution?.[3]).toMatchObject({ itemId: 's4', answered: 4, missing: 2, counts: null });
  });

  it('counts "does not apply" apart from answers and from skips', () => {
    const sets = [1, 2, 3, 4, 5].map((v) => ({ ...keyedAnswers(3, 3), s2: v === 1 ? ('na' as const) : 4, e2: 4 as const }));
    const withSkip = [...sets, { ...keyedAnswers(3, 3) }].map((answers, i) => {
      if (i !== 5) return answers;
      const { s2: _skipped, ...rest } = answers;
      return rest;
    });
    const distribution = statementDistribution(FIXTURE, withSkip, 5);
    expect(distribution?.find((row) => row.itemId === 's2')).toMatchObject({ answered: 4, notApplicable: 1, missing: 1 });
  });

  it('does not depend on the order of the answer sets', () => {
    const sets = [keyedAnswers(1, 5), keyedAnswers(2, 4), keyedAnswers(3, 3), keyedAnswers(4, 2), keyedAnswers(5, 1)];
    expect(statementDistribution(FIXTURE, [...sets].reverse(), 3)).toEqual(statementDistribution(FIXTURE, sets, 3));
  });
});
