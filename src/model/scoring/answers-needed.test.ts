import { describe, expect, it } from 'vitest';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import type { Answers } from '../instruments/types';
import { answersNeeded, totalAnswersNeeded } from './answers-needed';
import { CLIENT_CHECK_V2 } from '../instruments/client-check';
import { scoreInstrument } from './score';

const all = Object.fromEntries(SELF_CHECK_V2.items.map((item) => [item.id, 4])) as Answers;
const without = (ids: readonly string[]) => Object.fromEntries(Object.entries(all).filter(([id]) => !ids.includes(id))) as Answers;
const of = (scale: string, keying: 'plus' | 'minus') => SELF_CHECK_V2.items.filter((i) => i.scale === scale && i.keying === keying).map((i) => i.id);

describe('answersNeeded', () => {
  it('is empty when every scale has a score', () => {
    expect(answersNeeded(SELF_CHECK_V2, all)).toEqual([]);
  });

  it('counts per keying: two skipped minus statements are allowed, three need one more answer', () => {
    expect(answersNeeded(SELF_CHECK_V2, without(of('support', 'minus').slice(0, 2)))).toEqual([]);
    expect(answersNeeded(SELF_CHECK_V2, without(of('support', 'minus').slice(0, 3)))).toEqual([{ scale: 'support', more: 1 }]);
  });

  it('adds up both keyings and both scales', () => {
    const answers = without([...of('support', 'plus').slice(0, 3), ...of('support', 'minus'), ...of('expectations', 'plus')]);
    expect(answersNeeded(SELF_CHECK_V2, answers)).toEqual([
      { scale: 'support', more: 3 },
      { scale: 'expectations', more: 2 },
    ]);
  });

  it('is right: answering exactly that many open statements gives a score', () => {
    const skipped = [...of('support', 'plus').slice(0, 3), ...of('support', 'minus').slice(0, 4)];
    const answers = without(skipped);
    const [need] = answersNeeded(SELF_CHECK_V2, answers);
    expect(need?.more).toBe(3);
    // Answer the open ones of each keying, fewest first, as the message suggests.
    const fill = [of('support', 'plus')[0], of('support', 'minus')[0], of('support', 'minus')[1]].slice(0, need?.more);
    const done = { ...answers, ...Object.fromEntries(fill.map((id) => [id, 4])) } as Answers;
    expect(scoreInstrument(SELF_CHECK_V2, done).scales[0]?.score).not.toBeNull();
  });
});

describe('totalAnswersNeeded (what a client is told)', () => {
  it('is 8 for an empty client form, and answering that many of the right ones gives every scale a score', () => {
    expect(totalAnswersNeeded(CLIENT_CHECK_V2, {})).toBe(8);
    // The first 8 statements hold 2 of each keying on each scale.
    const first8: Answers = Object.fromEntries(CLIENT_CHECK_V2.items.slice(0, 8).map((i) => [i.id, 3]));
    expect(totalAnswersNeeded(CLIENT_CHECK_V2, first8)).toBe(0);
    expect(scoreInstrument(CLIENT_CHECK_V2, first8).complete).toBe(true);
    // "Weet ik niet" counts as open: one of each keying on support still leaves 2 to answer there.
    const unsure: Answers = { ...first8, k01: 'na', k03: 'na' };
    expect(totalAnswersNeeded(CLIENT_CHECK_V2, unsure)).toBe(2);
  });
});
