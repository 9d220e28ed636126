import { findInstrument } from '../instruments/registry';
import { SELF_CHECK } from '../instruments/self-check';
import type { AnswerValue } from '../instruments/types';
import { valueOf } from './alphabet';
import { BitWriter } from './bit-io';
import { bitsOfBytes } from './crc';
import { decodeResultCode, toQrPayload, toTextCode } from './result-code';
import { parseResultFile } from './result-file';
import { frame, groupCompact } from './text-frame';

/** The codec with the real registry and the real self-check (the other tests use fixtures). */
const answers = Object.fromEntries(
  SELF_CHECK.items.map((item, i) => [item.id, ((i % 5) + 1) as AnswerValue]),
);
const NONCE = 0x2a5f3;
const RESULT = { workshopCode: 'K7MQ45', instrument: SELF_CHECK, answers, nonce: NONCE };

// Golden codes: once handed out, a code must decode the same way in every later version of
// the app. If these fail, the format changed: add a new format version instead (docs/result-code.md).
const V1_PLAIN = 'MS1-36F9B-E810N-4MWM9-MWMMB-WMG08-08ZMM';
const V1_NAMED = 'MS1-36F9B-E810N-4MWM9-MWMMB-WMR3B-ADGPN-V00CM';
const V2_PLAIN = 'MS1-56F94-E810N-4N5YY-CMWMX-MWMMB-WMG08-0WRCC';
const V2_NAMED = 'MS1-56F94-E810N-4N5YY-CMWMX-MWMMB-WMR3B-ADGPN-VTJAM';

/**
 * Format version 1 written by hand from the table in docs/result-code.md: the encoder no longer
 * writes it, but codes handed out with it must keep their meaning.
 */
function formatVersion1(name?: string): string {
  const writer = new BitWriter().write(1, 4);
  for (const symbol of 'K7MQ4') writer.write(valueOf(symbol) ?? 0, 5);
  writer.write(1, 6).write(SELF_CHECK.version, 8);
  for (const item of SELF_CHECK.items) writer.write(answers[item.id] ?? 0, 3);
  if (name === undefined) writer.write(0, 1);
  else writer.write(1, 1).write(new TextEncoder().encode(name).length, 8).writeBits(bitsOfBytes(new TextEncoder().encode(name)));
  return groupCompact(frame(writer.toBits()));
}

describe('codes for the real self-check', () => {
  it('round-trip through the registry', () => {
    const decoded = decodeResultCode(toTextCode(RESULT), { findInstrument, expectedWorkshop: 'K7MQ45' });
    expect(decoded).toMatchObject({ workshopCode: 'K7MQ45', instrumentId: 'self-check', instrumentVersion: 1, answers, nonce: NONCE });
    expect(decoded.fingerprint).toBe(toQrPayload(RESULT));
  });

  it('fit a QR code of version 2-M (38 alphanumeric characters) without a name', () => {
    expect(toQrPayload(RESULT)).toHaveLength(38);
    expect(toQrPayload({ ...RESULT, nonce: 0 })).toHaveLength(38);
  });

  it('match the format-version-2 examples in docs/result-code.md, in both directions', () => {
    expect(toTextCode(RESULT)).toBe(V2_PLAIN);
    expect(toTextCode({ ...RESULT, name: 'Sam' })).toBe(V2_NAMED);
    expect(decodeResultCode(V2_NAMED.toLowerCase(), { findInstrument })).toMatchObject({ answers, name: 'Sam', nonce: NONCE });
  });

  it('still read the format-version-1 examples, without a nonce', () => {
    expect(formatVersion1()).toBe(V1_PLAIN);
    expect(formatVersion1('Sam')).toBe(V1_NAMED);
    const plain = decodeResultCode(V1_PLAIN, { findInstrument, expectedWorkshop: 'K7MQ45' });
    expect(plain).toEqual({
      workshopCode: 'K7MQ45',
      instrumentId: 'self-check',
      instrumentVersion: 1,
      answers,
      fingerprint: V1_PLAIN.replace(/-/g, ''),
    });
    expect(decodeResultCode(V1_NAMED.toLowerCase(), { findInstrument })).toEqual({
      ...plain,
      name: 'Sam',
      fingerprint: V1_NAMED.replace(/-/g, ''),
    });
    const file = JSON.stringify({ format: 'modusspiegel-result', version: 1, code: V1_PLAIN });
    expect(parseResultFile(file, { findInstrument })).toEqual(plain);
  });
});
