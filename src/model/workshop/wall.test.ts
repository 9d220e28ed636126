import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { addResults } from './result-set';
import { pendingResults, wallFigures, wallResults } from './wall';
import { realResult, selfCheckWorkshop } from './test-workshops';

const CODE = 'K7MQ45';
const five = [1, 2, 3, 4, 5].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4 | 5, 100 + v));

describe('the wall snapshot', () => {
  it('shows the snapshot and counts what came in since', () => {
    const snapshot = five.map((r) => r.fingerprint);
    const later = selfCheckWorkshop(CODE, addResults(five, [realResult(CODE, 4, 200), realResult(CODE, 2, 201)]).results);
    expect(wallResults(later, snapshot, findInstrument)).toHaveLength(5);
    expect(pendingResults(later, snapshot)).toBe(2);
  });

  it('keeps a replaced result on the wall until the update: it is rebuilt from its code', () => {
    const snapshot = five.map((r) => r.fingerprint);
    const replacing = realResult(CODE, 5, 300, 101);
    const after = selfCheckWorkshop(CODE, addResults(five, [replacing]).results);
    expect(after.results).toHaveLength(5);
    const wall = wallResults(after, snapshot, findInstrument);
    expect(wall.map((r) => r.fingerprint).sort()).toEqual([...snapshot].sort());
    expect(wall.find((r) => r.nonce === 101)?.parts['self-check']?.answers).toEqual(five[0]?.parts['self-check']?.answers);
    expect(pendingResults(after, snapshot)).toBe(1);
  });

  it('drops a snapshot entry that is not a code of this workshop', () => {
    const workshop = selfCheckWorkshop(CODE, five);
    expect(wallResults(workshop, ['nonsense', five[0]?.fingerprint ?? ''], findInstrument)).toHaveLength(1);
  });
});

describe('wallFigures', () => {
  it('shows nothing of the team below the minimum', () => {
    const workshop = selfCheckWorkshop(CODE, five.slice(0, 4));
    const figures = wallFigures(workshop, workshop.results, findInstrument);
    expect(figures.shown).toBe(false);
    expect(figures).toMatchObject({ count: 4, minRespondents: 5, differences: [], agenda: [] });
  });

  it('gives the disputed statements as bars of percentages only, withholding parts of one or two people', () => {
    const workshop = selfCheckWorkshop(CODE, five);
    const figures = wallFigures(workshop, workshop.results, findInstrument);
    expect(figures.shown).toBe(true);
    const first = figures.differences[0];
    // Answers 1, 2, 3, 4, 5 on every statement: 2 disagree, 1 neither, 2 agree. Every part is one
    // or two people, and any one share would give the others away: no share at all.
    expect(first?.bars.map((b) => [b.key, b.percent])).toEqual([
      ['disagree', null],
      ['neutral', null],
      ['agree', null],
    ]);
    expect(first?.split).toEqual({ disagree: null, neither: null, agree: null });
    expect(JSON.stringify(figures.differences)).not.toMatch(/"(n|count|counts)"/);
  });
});
