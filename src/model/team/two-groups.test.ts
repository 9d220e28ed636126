/**
 * "In twee groepen verdeeld" (split) from the distribution of the scale scores, not from r*wg(J)
 * (issue 19, docs/decisions.md 64): clean camps read as two groups at any team size, one-peaked
 * teams almost never do, and a lone person never makes a group.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { AnswerValue, Answers, Instrument } from '../instruments/types';
import { scaleScore } from '../scoring/score';
import { seeded } from '../testing/seeded';
import { between, onePeakedTeam, upperBound95 } from '../testing/response-model';
import { bestTwoGroupCut, fallsIntoTwoGroups, rStarWgJ, scaleAgreement, TWO_GROUPS } from './agreement';

/** The scales the split is read on: a climate element (3 + 3 statements) and a self-check axis (4 + 4). */
const SCALES: readonly (readonly [Instrument, string])[] = [
  [TEAM_CLIMATE, 'cooperation'],
  [SELF_CHECK_V2, 'support'],
];

/** Keyed value `v` on every statement of the instrument (a `minus` statement gets 6 − v). */
function keyedEverywhere(instrument: Instrument, v: AnswerValue): Answers {
  return Object.fromEntries(instrument.items.map((item) => [item.id, item.keying === 'plus' ? v : 6 - v])) as Answers;
}

function agreementOf(instrument: Instrument, scale: string, team: readonly Answers[]) {
  const scores = team.map((answers) => scaleScore(instrument, answers, scale).score).filter((s): s is number => s !== null);
  return scaleAgreement(instrument, scale, team, scores);
}

/** `low` people keyed `a` everywhere and the rest keyed `b`. */
const camps = (instrument: Instrument, size: number, low: number, a: AnswerValue, b: AnswerValue): Answers[] =>
  Array.from({ length: size }, (_, i) => keyedEverywhere(instrument, i < low ? a : b));

describe('two clean camps read as two groups at any team size', () => {
  it('reproduces issue 19: camps at 2 and 4 have r*wg(J) 0.4 ("low"), camps at 2 and 5 fall from −0.35 to −0.29', () => {
    const [instrument, scale] = [TEAM_CLIMATE, 'cooperation'];
    // Half at 2, half at 4 on every statement of six people: s² = 6 · 1 / 5 = 1.2, 1 − 1.2 / 2 = 0.4.
    expect(rStarWgJ(instrument, scale, camps(instrument, 6, 3, 2, 4))).toBeCloseTo(0.4, 12);
    // Half at 2, half at 5: s² = 2.25 · n / (n − 1): 2.7 at six (−0.35), 2.571 at eight (−0.286).
    expect(rStarWgJ(instrument, scale, camps(instrument, 6, 3, 2, 5))).toBeCloseTo(-0.35, 12);
    expect(rStarWgJ(instrument, scale, camps(instrument, 8, 4, 2, 5))).toBeCloseTo(1 - 2.25 * (8 / 7) / 2, 12);
    for (const team of [camps(instrument, 6, 3, 2, 4), camps(instrument, 6, 3, 2, 5), camps(instrument, 8, 4, 2, 5)]) {
      expect(agreementOf(instrument, scale, team).band).toBe('split');
    }
  });

  const pairs: readonly (readonly [AnswerValue, AnswerValue])[] = [
    [1, 3],
    [2, 4],
    [3, 5],
    [1, 4],
    [2, 5],
    [1, 5],
  ];
  it.each([6, 8, 12, 20])('at %i people: every pair of camps two or more answer steps apart, every size of the smaller camp from 2', (size) => {
    for (const [instrument, scale] of SCALES) {
      for (const [a, b] of pairs) {
        for (let low = 2; low <= size - 2; low++) {
          expect(agreementOf(instrument, scale, camps(instrument, size, low, a, b)).band, `${scale} ${a}/${b} ${low}:${size - low}`).toBe('split');
        }
      }
    }
  });

  it('does not call camps one answer step apart ("eens" against "helemaal eens") two groups', () => {
    for (const [instrument, scale] of SCALES) {
      for (const size of [6, 8, 12, 20]) {
        for (const [a, b] of [[1, 2], [2, 3], [3, 4], [4, 5]] as const) {
          expect(agreementOf(instrument, scale, camps(instrument, size, size / 2, a, b)).band).not.toBe('split');
        }
      }
    }
  });
});

describe('a single person is never a group', () => {
  it('one person against the rest is not a split, however far away (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 30 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (size, rest, one) => {
        expect(fallsIntoTwoGroups([...Array.from({ length: size - 1 }, () => rest), one])).toBe(false);
      }),
    );
  });

  it('whenever the scores fall into two groups, each group has at least two members, and the verdict ignores the order (property)', () => {
    const score = fc.integer({ min: 0, max: 24 }).map((k) => (k * 100) / 24);
    fc.assert(
      fc.property(fc.array(score, { minLength: 0, maxLength: 25 }), fc.integer(), (scores, seed) => {
        const cut = bestTwoGroupCut(scores);
        const verdict = fallsIntoTwoGroups(scores);
        if (verdict) expect(cut?.smaller).toBeGreaterThanOrEqual(TWO_GROUPS.minGroup);
        const random = seeded(seed);
        const shuffled = [...scores].sort(() => random() - 0.5);
        expect(fallsIntoTwoGroups(shuffled)).toBe(verdict);
      }),
    );
  });

  it('hand-computed cuts', () => {
    expect(bestTwoGroupCut([0, 0, 100, 100])).toEqual({ share: 1, distance: 100, smaller: 2 });
    expect(fallsIntoTwoGroups([0, 0, 100, 100])).toBe(true);
    // Evenly spread: the best cut explains (n + 1)/(n − 1)·… less than 80 %.
    expect(fallsIntoTwoGroups([0, 25, 50, 75, 100])).toBe(false);
    expect(fallsIntoTwoGroups([40, 45, 55, 60])).toBe(false); // tight, but 15 points apart
    expect(fallsIntoTwoGroups([0, 100])).toBe(false);
    expect(bestTwoGroupCut([50, 50, 50, 50])).toBeNull();
    // [10, 10, 20, 90, 90, 100]: cut after 20, means 13.3 and 93.3, 80 points apart.
    const cut = bestTwoGroupCut([10, 90, 20, 100, 10, 90]);
    expect(cut?.distance).toBeCloseTo(80, 9);
    expect(cut?.share).toBeGreaterThan(0.95);
  });
});

describe('one-peaked teams seldom read as two groups', () => {
  // Each team: a latent level between 10 and 90, members normal around it with an SD between 0
  // and 20 points, each member's answer noise between 0.5 and 1.2 points (response-model.ts).
  const TEAMS = 12_000;
  it.each(SCALES.map(([instrument, scale]) => [instrument.id, scale, instrument] as const))(
    '%s %s: at most 5 percent of 12,000 seeded teams of 6 to 20 people, the upper 95 percent bound too',
    (_, scale, instrument) => {
      const random = seeded(scale === 'support' ? 19064 : 19063);
      const bySize = new Map<number, { teams: number; split: number }>();
      let split = 0;
      for (let t = 0; t < TEAMS; t++) {
        const size = 6 + Math.floor(random() * 15);
        const team = onePeakedTeam(instrument, size, { [scale]: between(random, 10, 90) }, between(random, 0, 20), random);
        const isSplit = agreementOf(instrument, scale, team).band === 'split';
        if (isSplit) split += 1;
        const row = bySize.get(size) ?? { teams: 0, split: 0 };
        bySize.set(size, { teams: row.teams + 1, split: row.split + (isSplit ? 1 : 0) });
      }
      const rate = split / TEAMS;
      console.info(`${scale}: ${split} of ${TEAMS} one-peaked teams read as two groups (${(rate * 100).toFixed(2)} %, upper bound ${(upperBound95(split, TEAMS) * 100).toFixed(2)} %)`);
      expect(upperBound95(split, TEAMS)).toBeLessThan(0.05);
      // No team size carries the rate alone: under 10 % at every size from 6 to 20 (about 800 teams each).
      for (const [, row] of bySize) expect(row.split / row.teams).toBeLessThan(0.1);
    },
  );
});

describe('noisy camps: how often two real groups are recognised (the price of the 45-point bound)', () => {
  // Two camps whose members' latent levels lie 2 or 3 answer steps apart (SD 5 within a camp),
  // answering with noise of 0.5–1.2 points; the smaller camp has 2 to n − 2 members.
  it.each([
    [2, 0.5],
    [3, 0.9],
  ])('camps %i answer steps apart on a climate element are called two groups in more than the given share of 4,000 teams', (steps, floor) => {
    const random = seeded(1900 + steps);
    let found = 0;
    const TEAMS = 4000;
    for (let t = 0; t < TEAMS; t++) {
      const size = 6 + Math.floor(random() * 15);
      const low = 2 + Math.floor(random() * (size - 3));
      const centre = 50 - (steps * 25) / 2;
      const team = [
        ...onePeakedTeam(TEAM_CLIMATE, low, { cooperation: centre }, 5, random),
        ...onePeakedTeam(TEAM_CLIMATE, size - low, { cooperation: centre + steps * 25 }, 5, random),
      ];
      if (agreementOf(TEAM_CLIMATE, 'cooperation', team).band === 'split') found += 1;
    }
    console.info(`camps ${steps} steps apart: ${found} of ${TEAMS} called two groups (${((found / TEAMS) * 100).toFixed(1)} %)`);
    expect(found / TEAMS).toBeGreaterThan(floor);
  });
});
