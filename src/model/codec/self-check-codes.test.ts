import { findInstrument } from '../instruments/registry';
import { SELF_CHECK } from '../instruments/self-check';
import type { AnswerValue } from '../instruments/types';
import { decodeResultCode, toQrPayload, toTextCode } from './result-code';

/** The codec with the real registry and the real self-check (the other tests use fixtures). */
const answers = Object.fromEntries(
  SELF_CHECK.items.map((item, i) => [item.id, ((i % 5) + 1) as AnswerValue]),
);
const RESULT = { workshopCode: 'K7MQ45', instrument: SELF_CHECK, answers };

describe('codes for the real self-check', () => {
  it('round-trip through the registry', () => {
    const decoded = decodeResultCode(toTextCode(RESULT), { findInstrument, expectedWorkshop: 'K7MQ45' });
    expect(decoded).toMatchObject({ workshopCode: 'K7MQ45', instrumentId: 'self-check', instrumentVersion: 1, answers });
    expect(decoded.fingerprint).toBe(toQrPayload(RESULT));
  });

  // Golden codes: once handed out, a code must decode the same way in every later version of
  // the app. If these fail, the format changed: add a new format version instead (docs/result-code.md).
  it('match the examples in docs/result-code.md, in both directions', () => {
    const plain = 'MS1-36F9B-E810N-4MWM9-MWMMB-WMG08-08ZMM';
    const named = 'MS1-36F9B-E810N-4MWM9-MWMMB-WMR3B-ADGPN-V00CM';
    expect(toTextCode(RESULT)).toBe(plain);
    expect(toTextCode({ ...RESULT, name: 'Sam' })).toBe(named);
    expect(decodeResultCode(named.toLowerCase(), { findInstrument })).toMatchObject({ answers, name: 'Sam' });
  });
});
