import { describe, expect, it } from 'vitest';
import { SELF_CHECK } from '../instruments/self-check';
import type { AnswerValue, Answers, Instrument } from '../instruments/types';
import { scaleScore } from '../scoring/score';
import { agreementBand, fallsIntoTwoGroups, rStarWgJ, scaleAgreement, uniformNullVariance } from './agreement';
import { seeded } from '../testing/seeded';


/** A scale-only instrument with `n` statements (half reversed), to simulate teams on J = n. */
function scaleOf(n: number): Instrument {
  return {
    id: 'sim',
    version: 1,
    answerScale: { id: 'agreement', points: [1, 2, 3, 4, 5], notApplicable: false },
    scales: [{ id: 'x', completeness: { minShare: 0.75, perKeying: true } }],
    items: Array.from({ length: n }, (_, i) => ({ id: `x${i}`, scale: 'x', keying: i % 2 === 0 ? ('plus' as const) : ('minus' as const) })),
  };
}

function randomTeam(instrument: Instrument, size: number, random: () => number): Answers[] {
  return Array.from({ length: size }, () =>
    Object.fromEntries(instrument.items.map((item) => [item.id, (1 + Math.floor(random() * 5)) as AnswerValue])),
  );
}

function agreementOf(instrument: Instrument, team: readonly Answers[]) {
  const scores = team.map((answers) => scaleScore(instrument, answers, 'x').score ?? 50);
  return scaleAgreement(instrument, 'x', team, scores);
}

/** Everyone gives keyed value `v` on every statement (plus: v, minus: 6 − v). */
function keyedMember(instrument: Instrument, v: AnswerValue): Answers {
  return Object.fromEntries(instrument.items.map((item) => [item.id, item.keying === 'plus' ? v : 6 - v])) as Answers;
}

describe('r*wg(J): what the number means', () => {
  it('σ²_EU is 2 for five points', () => {
    expect(uniformNullVariance(5)).toBe(2);
  });

  it('reads about 0 for teams of six answering at random (2,000 seeded teams, 8 statements)', () => {
    const instrument = scaleOf(8);
    const random = seeded(20261130);
    const values = Array.from({ length: 2000 }, () => rStarWgJ(instrument, 'x', randomTeam(instrument, 6, random)));
    const meanValue = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(meanValue)).toBeLessThan(0.15);
    // …and in words they read as no agreement, almost always (the old index called 96 % "high").
    const bands = values.map((v) => agreementBand(v, false));
    expect(bands.filter((b) => b === 'high').length).toBe(0);
    expect(bands.filter((b) => b === 'none').length / bands.length).toBeGreaterThan(0.9);
  });

  it.each([
    [6, 8],
    [5, 4],
    [3, 4],
    [12, 8],
    [4, 4],
    [6, 4],
    [8, 4],
  ])('calls fewer than 5 percent of random teams (%i people, %i statements) split', (size, statements) => {
    const instrument = scaleOf(statements);
    const random = seeded(size * 100 + statements);
    const teams = Array.from({ length: 2000 }, () => randomTeam(instrument, size, random));
    const split = teams.filter((team) => agreementOf(instrument, team).band === 'split').length;
    expect(split / teams.length).toBeLessThan(0.05);
  });

  it('gives 1 for identical answers', () => {
    const instrument = scaleOf(8);
    const team = Array.from({ length: 5 }, () => keyedMember(instrument, 4));
    expect(agreementOf(instrument, team)).toEqual({ rwg: 1, band: 'high' });
  });

  it('says "split into two groups" for a team with half at 1 and half at 5', () => {
    const instrument = scaleOf(8);
    const team = [1, 1, 1, 5, 5, 5].map((v) => keyedMember(instrument, v as AnswerValue));
    const agreement = agreementOf(instrument, team);
    // Every statement: three 1s and three 5s, s² = 6·4/5 = 4.8, so 1 − 4.8 / 2 = −1.4.
    expect(agreement.rwg).toBeCloseTo(-1.4, 12);
    expect(agreement.band).toBe('split');
  });

  it('does not call one person against the rest a split of the team', () => {
    const instrument = scaleOf(8);
    const team = [1, 5, 5, 5, 5].map((v) => keyedMember(instrument, v as AnswerValue));
    expect(agreementOf(instrument, team).band).not.toBe('split');
  });

  it('is the hand-computed value for a small known team', () => {
    // Two statements, three people: x0 = 2, 3, 4 (s² = 1); x1 (minus) raw 1, 1, 1 → keyed 5, 5, 5 (s² = 0).
    const instrument = scaleOf(2);
    const team: Answers[] = [
      { x0: 2, x1: 1 },
      { x0: 3, x1: 1 },
      { x0: 4, x1: 1 },
    ];
    expect(rStarWgJ(instrument, 'x', team)).toBeCloseTo(1 - 0.5 / 2, 12);
  });

  it('ignores statements fewer than two people answered, and is NaN with none', () => {
    const instrument = scaleOf(2);
    expect(rStarWgJ(instrument, 'x', [{ x0: 2 }, { x0: 4 }, { x1: 5 }])).toBeCloseTo(1 - 2 / 2, 12);
    expect(rStarWgJ(instrument, 'x', [{ x0: 2 }])).toBeNaN();
    expect(agreementBand(Number.NaN, false)).toBe('none');
  });

  it('works on the real self-check scales', () => {
    const team = [3, 3, 3, 3, 3].map((v) => keyedMember({ ...SELF_CHECK, items: SELF_CHECK.items }, v as AnswerValue));
    expect(rStarWgJ(SELF_CHECK, 'support', team)).toBe(1);
  });
});

describe('agreementBand: the words', () => {
  it('says "split" whenever the scores fall into two groups, whatever r*wg(J) is; otherwise the r*wg(J) bands', () => {
    for (const value of [-1.4, -0.2, 0, 0.4, 0.6, 0.9, Number.NaN]) expect(agreementBand(value, true)).toBe('split');
    expect([0.9, 0.7, 0.69, 0.5, 0.3, 0.29, -0.5].map((v) => agreementBand(v, false))).toEqual(['high', 'high', 'moderate', 'moderate', 'low', 'none', 'none']);
  });
});

describe('fallsIntoTwoGroups', () => {
  it('needs two groups of at least two, far apart and tight', () => {
    expect(fallsIntoTwoGroups([0, 0, 100, 100])).toBe(true);
    expect(fallsIntoTwoGroups([0, 100, 100, 100])).toBe(false);
    expect(fallsIntoTwoGroups([0, 25, 50, 75, 100])).toBe(false);
    expect(fallsIntoTwoGroups([40, 45, 55, 60])).toBe(false);
    expect(fallsIntoTwoGroups([0, 100])).toBe(false);
  });
});
