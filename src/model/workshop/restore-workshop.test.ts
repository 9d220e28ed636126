import { describe, expect, it } from 'vitest';
import { restoreWorkshop } from './restore-workshop';
import { createJoinCode } from './join-code';
import { findInstrument } from '../instruments/registry';
import { SELF_CHECK } from '../instruments/self-check';
import { realResult, sameAnswer, selfCheckWorkshop } from './test-workshops';

const code = createJoinCode(() => 0.25, { hideOwnResult: false });

describe('restoreWorkshop', () => {
  it('keeps results whose fingerprint is a code of this workshop with the same answers', () => {
    const restored = restoreWorkshop(selfCheckWorkshop(code, [realResult(code, 2), realResult(code, 4)]), findInstrument);
    expect({ dropped: restored?.dropped, duplicates: restored?.duplicates }).toEqual({ dropped: 0, duplicates: 0 });
    expect(restored?.workshop.results).toHaveLength(2);
  });

  it('drops forged, foreign and mismatched results, and counts a repeated one apart as a duplicate', () => {
    const other = createJoinCode(() => 0.75, { hideOwnResult: false });
    const mismatched = { ...realResult(code, 2), parts: { [SELF_CHECK.id]: { answers: sameAnswer(3), marks: [] } } };
    const forged = { ...realResult(code, 3), fingerprint: 'MS1-FORGED' };
    const restored = restoreWorkshop(
      selfCheckWorkshop(code, [realResult(code, 1), realResult(code, 1), forged, realResult(other, 5), mismatched]),
      findInstrument,
    );
    expect(restored?.workshop.results).toHaveLength(1);
    expect({ dropped: restored?.dropped, duplicates: restored?.duplicates }).toEqual({ dropped: 3, duplicates: 1 });
  });

  it('takes nonce and replacement from the code, not from the stored value', () => {
    const earlier = realResult(code, 2, 10);
    const later = realResult(code, 4, 11, 10);
    const tampered = { ...later, replaces: undefined, nonce: 99 };
    const restored = restoreWorkshop(selfCheckWorkshop(code, [earlier, tampered]), findInstrument);
    expect(restored?.workshop.results.map((r) => r.nonce)).toEqual([11]);
    // The earlier result of the same phone counts once with the later one: nothing was wrong with it.
    expect({ dropped: restored?.dropped, duplicates: restored?.duplicates }).toEqual({ dropped: 0, duplicates: 1 });
  });

  it('refuses a workshop whose code is invalid or disagrees with its own-result setting, or an unknown questionnaire', () => {
    expect(restoreWorkshop(selfCheckWorkshop('ZZZZZZ'), findInstrument)).toBeNull();
    expect(restoreWorkshop(selfCheckWorkshop(code, [], { hideOwnResult: true }), findInstrument)).toBeNull();
    expect(restoreWorkshop(selfCheckWorkshop(code, [], { questionnaires: [{ instrumentId: 'self-check', instrumentVersion: 99 }] }), findInstrument)).toBeNull();
  });
});
