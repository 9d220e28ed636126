import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import nlResults from '../../../locales/nl/results.json';
import enResults from '../../../locales/en/results.json';
import { SELF_CHECK } from '../instruments/self-check';
import { REFLECTION_IDS, reflectionQuestionIds, weakerAxisQuestion } from './reflection';
import { modeWeights, placementOf, scoreAnswers } from './score';
import type { SelfCheckScore } from './types';

/** A complete score at a given point, built with the real helpers. */
function at(support: number, expectations: number): SelfCheckScore {
  const base = scoreAnswers(SELF_CHECK, {});
  const point = { support, expectations };
  return {
    ...base,
    complete: true,
    point,
    weights: modeWeights(point),
    placement: placementOf(point),
  };
}

const anyPoint = fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }));

describe('reflectionQuestionIds', () => {
  it('incomplete result → the three general questions', () => {
    expect(reflectionQuestionIds(scoreAnswers(SELF_CHECK, {}))).toEqual(['general1', 'general2', 'general3']);
  });

  it('MET → general, two MET questions, the weaker axis', () => {
    expect(reflectionQuestionIds(at(90, 70))).toEqual(['general1', 'met1', 'met2', 'expectationsLower']);
    expect(reflectionQuestionIds(at(75, 80))).toEqual(['general1', 'met1', 'met2', 'axesBalanced']);
  });

  it('VOOR, NIET, DOOR → general, three mode questions, the weaker axis', () => {
    expect(reflectionQuestionIds(at(85, 20))).toEqual(['general1', 'voor1', 'voor2', 'voor3', 'expectationsLower']);
    expect(reflectionQuestionIds(at(20, 25))).toEqual(['general1', 'niet1', 'niet2', 'niet3', 'axesBalanced']);
    expect(reflectionQuestionIds(at(15, 80))).toEqual(['general1', 'door1', 'door2', 'door3', 'supportLower']);
  });

  it('between → general, two between questions, the weaker axis', () => {
    expect(reflectionQuestionIds(at(50, 50))).toEqual(['general1', 'between1', 'between2', 'axesBalanced']);
    expect(reflectionQuestionIds(at(45, 85))).toEqual(['general1', 'between1', 'between2', 'supportLower']);
  });

  it('weakerAxisQuestion uses a gap of 10 points', () => {
    expect(weakerAxisQuestion(50, 60)).toBe('supportLower');
    expect(weakerAxisQuestion(50, 59.9)).toBe('axesBalanced');
    expect(weakerAxisQuestion(60, 50)).toBe('expectationsLower');
  });

  it('always returns 3 to 5 distinct known ids', () => {
    fc.assert(
      fc.property(anyPoint, ([s, c]) => {
        const result = reflectionQuestionIds(at(s, c));
        expect(result.length).toBeGreaterThanOrEqual(3);
        expect(result.length).toBeLessThanOrEqual(5);
        expect(new Set(result).size).toBe(result.length);
        for (const id of result) expect(REFLECTION_IDS).toContain(id);
      }),
    );
  });

  it('every id has a question in both languages, and every question has an id', () => {
    const sorted = [...REFLECTION_IDS].sort();
    expect(Object.keys(nlResults.reflection).sort()).toEqual(sorted);
    expect(Object.keys(enResults.reflection).sort()).toEqual(sorted);
  });
});
