import { describe, expect, it } from 'vitest';
import { restoreWorkshop } from './restore-workshop';
import { createJoinCode } from './join-code';
import { findInstrument } from '../instruments/registry';
import { SELF_CHECK } from '../instruments/self-check';
import { toQrPayload } from '../codec/result-code';
import type { AnswerValue } from '../instruments/types';
import type { Workshop } from './workshop';

const code = createJoinCode(() => 0.25, { hideOwnResult: false });
const answers = (v: AnswerValue) => Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, v]));
const encoded = (v: AnswerValue, workshopCode = code) =>
  toQrPayload({ workshopCode, instrument: SELF_CHECK, answers: answers(v), nonce: v });
const result = (v: AnswerValue, fingerprint = encoded(v)) => ({ fingerprint, answers: answers(v) });
const workshop = (results: Workshop['results'], over: Partial<Workshop> = {}): Workshop => ({
  id: 'w',
  code,
  name: 'Team',
  instrumentId: SELF_CHECK.id,
  instrumentVersion: SELF_CHECK.version,
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results,
  ...over,
});

describe('restoreWorkshop', () => {
  it('keeps results whose fingerprint is a code of this workshop with the same answers', () => {
    const restored = restoreWorkshop(workshop([result(2), result(4)]), findInstrument);
    expect(restored?.dropped).toBe(0);
    expect(restored?.workshop.results).toHaveLength(2);
  });

  it('drops forged, foreign, mismatched and repeated results, and says how many', () => {
    const other = createJoinCode(() => 0.75, { hideOwnResult: false });
    const restored = restoreWorkshop(
      workshop([result(1), result(1), { fingerprint: 'MS1-FORGED', answers: answers(3) }, result(5, encoded(5, other)), { fingerprint: encoded(2), answers: answers(3) }]),
      findInstrument,
    );
    expect(restored?.workshop.results).toHaveLength(1);
    expect(restored?.dropped).toBe(4);
  });

  it('refuses a workshop whose code is invalid or disagrees with its own-result setting', () => {
    expect(restoreWorkshop(workshop([], { code: 'ZZZZZZ' }), findInstrument)).toBeNull();
    expect(restoreWorkshop(workshop([], { hideOwnResult: true }), findInstrument)).toBeNull();
    expect(restoreWorkshop(workshop([], { instrumentVersion: 99 }), findInstrument)).toBeNull();
  });
});
