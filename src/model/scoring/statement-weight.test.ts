import { describe, expect, it } from 'vitest';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import type { Answers } from '../instruments/types';
import { strongestStatements } from './statement-weight';

describe('strongestStatements', () => {
  it('names the answers furthest from the middle, with their direction, per scale', () => {
    const plusSupport = SELF_CHECK_V2.items.find((i) => i.scale === 'support' && i.keying === 'plus')!;
    const minusSupport = SELF_CHECK_V2.items.find((i) => i.scale === 'support' && i.keying === 'minus')!;
    const answers: Answers = { ...Object.fromEntries(SELF_CHECK_V2.items.map((i) => [i.id, 3])), [plusSupport.id]: 5, [minusSupport.id]: 5 };
    const pulls = strongestStatements(SELF_CHECK_V2, answers);
    expect(pulls).toEqual([
      { itemId: plusSupport.id, scale: 'support', answer: 5, pull: 2 },
      { itemId: minusSupport.id, scale: 'support', answer: 5, pull: -2 },
    ]);
  });

  it('leaves out "does not apply" and neutral answers', () => {
    const answers = Object.fromEntries(SELF_CHECK_V2.items.map((i, n) => [i.id, n === 0 ? 'na' : 3])) as Answers;
    expect(strongestStatements(SELF_CHECK_V2, answers)).toEqual([]);
  });
});
