import { describe, expect, it } from 'vitest';
import { CLIENT_CHECK_V2, CLIENT_MIRROR_V2 } from '../instruments/client-check';
import { ANSWER_VALUES, type AnswerValue, type Answers } from '../instruments/types';
import { seeded } from '../testing/seeded';
import { compareViews } from './compare';
import { normal, upperBound95 } from '../testing/response-model';

/**
 * How often chance alone names a difference between the mirror form and five clients (decision
 * 66). The response model is written here, not taken from the rule: both sides share the same
 * true level per scale; each person deviates from it a little (τ) and each answer is noisy (σ);
 * a statement has its own pull (b); answers are rounded and clipped to the five points, and a
 * minus-keyed statement is answered from the other end. τ, σ and the levels change per case.
 */
const CASES = 10_000;
/**
 * Client form version 2, the form of every new conversation (decision 88). Version 1 has the same
 * scales and keying at every place, so the same seeds give it the same rates (docs/client.md).
 */
const CLIENT = CLIENT_CHECK_V2;
const MIRROR = CLIENT_MIRROR_V2;

function respondent(next: () => number, level: Record<string, number>, pull: Record<string, number>, tau: number, sigma: number, items: typeof CLIENT.items): Answers {
  const own = Object.fromEntries(Object.keys(level).map((scale) => [scale, (level[scale] ?? 3) + tau * normal(next)]));
  return Object.fromEntries(
    items.map((item) => {
      const latent = own[item.scale] ?? 3;
      const raw = (item.keying === 'plus' ? latent : 6 - latent) + (pull[item.id] ?? 0) + sigma * normal(next);
      return [item.id, Math.min(5, Math.max(1, Math.round(raw))) as AnswerValue];
    }),
  );
}

/** The share of cases that name anything, and its upper 95 % (Wilson) bound. */
const rate = (named: number) => ({ rate: named / CASES, upper: upperBound95(named, CASES) });

describe('client findings by chance (equal true levels, five clients)', () => {
  it('names anything in at most 10 % of comparisons under the latent-level model', () => {
    const next = seeded(66);
    let named = 0;
    for (let run = 0; run < CASES; run++) {
      const level = { support: 1.5 + 3 * next(), expectations: 1.5 + 3 * next() };
      const pull = Object.fromEntries(CLIENT.items.map((i) => [i.id, 0.3 * normal(next)]));
      const tau = 0.5 * next();
      const sigma = 0.4 + 0.9 * next();
      const mirror = respondent(next, level, pull, tau, sigma, MIRROR.items);
      const clients = Array.from({ length: 5 }, () => respondent(next, level, pull, tau, sigma, CLIENT.items));
      if (compareViews(MIRROR, [mirror], CLIENT, clients).gaps.length > 0) named += 1;
    }
    const { rate: p, upper } = rate(named);
    console.info(`client findings by chance, latent model: ${(100 * p).toFixed(2)} % (upper 95 % bound ${(100 * upper).toFixed(2)} %)`);
    expect(upper).toBeLessThan(0.1);
  });

  it('names anything in at most 10 % of comparisons when everyone answers uniformly at random', () => {
    const next = seeded(67);
    const random = (): Answers => Object.fromEntries(CLIENT.items.map((i) => [i.id, ANSWER_VALUES[Math.floor(next() * 5)] ?? 3]));
    let named = 0;
    for (let run = 0; run < CASES; run++) {
      if (compareViews(MIRROR, [random()], CLIENT, Array.from({ length: 5 }, random)).gaps.length > 0) named += 1;
    }
    const { rate: p, upper } = rate(named);
    console.info(`client findings by chance, uniform answers: ${(100 * p).toFixed(2)} % (upper 95 % bound ${(100 * upper).toFixed(2)} %)`);
    expect(upper).toBeLessThan(0.1);
  });

  it('still names a real difference: a mirror at the top against clients two steps lower everywhere', () => {
    const mirror: Answers = Object.fromEntries(MIRROR.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1]));
    const next = seeded(68);
    // Clients answer "soms" or "vaak" to every statement: about 50 on both scales against the mirror's 100.
    const clients = Array.from({ length: 5 }, () => Object.fromEntries(CLIENT.items.map((i) => [i.id, (next() < 0.5 ? 3 : 4) as AnswerValue])));
    const gaps = compareViews(MIRROR, [mirror], CLIENT, clients).gaps;
    expect(gaps.filter((g) => g.level === 'scale').map((g) => g.scale).sort()).toEqual(['expectations', 'support']);
    // A group's statements are shares, never findings (decision 74).
    expect(gaps.filter((g) => g.level === 'statement')).toEqual([]);
  });
});
