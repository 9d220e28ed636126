import { findInstrument } from '../instruments/registry';
import { SELF_CHECK } from '../instruments/self-check';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import type { Answer, Answers, AnswerValue, Instrument } from '../instruments/types';
import { valueOf } from './alphabet';
import { BitWriter } from './bit-io';
import { bitsOfBytes } from './crc';
import { decodeResultCode, toQrPayload, toTextCode, type ResultToEncode } from './result-code';
import { parseResultFile } from './result-file';
import { FRAME_MS1, frame, groupCompact } from './text-frame';

/** The codec with the real registry and the real self-check (the other tests use fixtures). */
const answers = Object.fromEntries(
  SELF_CHECK.items.map((item, i) => [item.id, ((i % 5) + 1) as AnswerValue]),
);
const NONCE = 0x2a5f3;
const RESULT: ResultToEncode = { workshopCode: 'K7MQ45', nonce: NONCE, questionnaires: [{ instrument: SELF_CHECK, answers }] };
const MARKED: ResultToEncode = {
  ...RESULT,
  replaces: 0x1c0de,
  questionnaires: [{ instrument: SELF_CHECK, answers, marks: ['s04', 's11'] }],
};
const QUESTIONNAIRE = { instrumentId: 'self-check', instrumentVersion: 1, answers, marks: [] };
/** Self-check version 2 offers "does not apply": answered 1, 2, 3, 4, 5, na, 1, …, s20 marked. */
const answersV2 = Object.fromEntries(
  SELF_CHECK_V2.items.map((item, i) => [item.id, (i % 6 === 5 ? 'na' : (i % 6) + 1) as Answer]),
);
const RESULT_V2: ResultToEncode = {
  workshopCode: 'K7MQ45',
  nonce: NONCE,
  questionnaires: [{ instrument: SELF_CHECK_V2, answers: answersV2, marks: ['s20'] }],
};

// Golden codes: once handed out, a code must decode the same way in every later version of
// the app. If these fail, the format changed: add a new format version instead (docs/result-code.md).
const V3_PLAIN = 'MS3-76F91-E8AJR-Z60GW-29V3D-NCFFB-VG009-1HQZZ';
const V3_MARKED = 'MS3-76F91-E8AJR-Z73GR-6Y0GE-29V3P-NCFFE-VRG4E-18QKM';
const V3_SELF_CHECK_V2 = 'MS3-76F91-E8AJR-Z60GW-4BR3Y-SXB6B-FH20E-0000Y-0A2P0';
const V4_CHAIN = 'MS3-96F9T-E8AJR-Z6705-DW0GZ-40JE0-RXB3M-VYW06-047SN';
const V1_PLAIN = 'MS1-36F9B-E810N-4MWM9-MWMMB-WMG08-08ZMM';
const V1_NAMED = 'MS1-36F9B-E810N-4MWM9-MWMMB-WMR3B-ADGPN-V00CM';
const V2_PLAIN = 'MS1-56F94-E810N-4N5YY-CMWMX-MWMMB-WMG08-0WRCC';
const V2_NAMED = 'MS1-56F94-E810N-4N5YY-CMWMX-MWMMB-WMR3B-ADGPN-VTJAM';

/**
 * Format version 3 written by hand from the table in docs/result-code.md, to check the encoder
 * against the documented layout: the answers as one number in base 6, or 7 where "does not
 * apply" (digit 6) is offered, first statement most significant, in bitLength(Rⁿ − 1) bits:
 * 42 for 16 statements in base 6, 45 in base 7.
 */
function version3Code(
  instrument: Instrument,
  given: Answers,
  width: number,
  replaces?: number,
  marks: readonly string[] = [],
  chain?: { root: number; seq: number },
): string {
  const writer = new BitWriter().write(chain ? 4 : 3, 4);
  for (const symbol of 'K7MQ4') writer.write(valueOf(symbol) ?? 0, 5);
  writer.write(NONCE, 20);
  if (chain) writer.write(chain.root, 20).write(chain.seq, 8);
  else if (replaces === undefined) writer.write(0, 1);
  else writer.write(1, 1).write(replaces, 20);
  writer.write(1, 6).write(instrument.version, 8);
  const radix = instrument.answerScale.notApplicable ? 7n : 6n;
  let number = 0n;
  for (const item of instrument.items) {
    const answer = given[item.id];
    number = number * radix + (answer === 'na' ? 6n : BigInt(answer ?? 0));
  }
  expect((radix ** 16n - 1n).toString(2)).toHaveLength(width);
  writer.writeBig(number, width);
  if (marks.length === 0) writer.write(0, 1);
  else writer.write(1, 1).writeBits(instrument.items.map((item) => (marks.includes(item.id) ? 1 : 0)));
  writer.write(0, 1);
  return groupCompact(frame(writer.toBits()));
}

/**
 * Format versions 1 and 2 written by hand from the tables in docs/result-code.md: the encoder no
 * longer writes them, but codes handed out with them must keep their meaning.
 */
function legacyCode(formatVersion: 1 | 2, name?: string): string {
  const writer = new BitWriter().write(formatVersion, 4);
  for (const symbol of 'K7MQ4') writer.write(valueOf(symbol) ?? 0, 5);
  writer.write(1, 6).write(SELF_CHECK.version, 8);
  if (formatVersion === 2) writer.write(NONCE, 20);
  for (const item of SELF_CHECK.items) writer.write(answers[item.id] ?? 0, 3);
  if (name === undefined) writer.write(0, 1);
  else writer.write(1, 1).write(new TextEncoder().encode(name).length, 8).writeBits(bitsOfBytes(new TextEncoder().encode(name)));
  return groupCompact(frame(writer.toBits(), FRAME_MS1));
}

describe('codes for the real self-check', () => {
  it('round-trip through the registry', () => {
    for (const result of [RESULT, MARKED]) {
      const decoded = decodeResultCode(toTextCode(result), { findInstrument, expectedWorkshop: 'K7MQ45' });
      expect(decoded.fingerprint).toBe(toQrPayload(result));
      expect(decoded).toMatchObject({ formatVersion: 3, workshopCode: 'K7MQ45', nonce: NONCE });
    }
  });

  it('fit a QR code of version 2-M (38 alphanumeric characters), with or without marks', () => {
    expect(toQrPayload(RESULT)).toHaveLength(38);
    expect(toQrPayload({ ...RESULT, nonce: 0 })).toHaveLength(38);
    const allMarked = { ...RESULT, questionnaires: [{ instrument: SELF_CHECK, answers, marks: SELF_CHECK.items.map((item) => item.id) }] };
    expect(toQrPayload(allMarked)).toHaveLength(38);
  });

  it('match the format-version-3 examples in docs/result-code.md, in both directions', () => {
    expect(toTextCode(RESULT)).toBe(V3_PLAIN);
    expect(toTextCode(MARKED)).toBe(V3_MARKED);
    expect(version3Code(SELF_CHECK, answers, 42)).toBe(V3_PLAIN);
    expect(version3Code(SELF_CHECK, answers, 42, 0x1c0de, ['s04', 's11'])).toBe(V3_MARKED);
    expect(decodeResultCode(V3_PLAIN, { findInstrument })).toEqual({
      formatVersion: 3,
      workshopCode: 'K7MQ45',
      nonce: NONCE,
      questionnaires: [QUESTIONNAIRE],
      fingerprint: V3_PLAIN.replace(/-/g, ''),
    });
    expect(decodeResultCode(V3_MARKED.toLowerCase(), { findInstrument })).toEqual({
      formatVersion: 3,
      workshopCode: 'K7MQ45',
      nonce: NONCE,
      replaces: 0x1c0de,
      questionnaires: [{ ...QUESTIONNAIRE, marks: ['s04', 's11'] }],
      fingerprint: V3_MARKED.replace(/-/g, ''),
    });
  });

  it('match the format-version-4 example (a re-answer, the chain root and seq in place of replaces), in both directions', () => {
    const CHAINED: ResultToEncode = { ...RESULT, chain: { root: 0x1c0de, seq: 2 } };
    expect(toTextCode(CHAINED)).toBe(V4_CHAIN);
    expect(version3Code(SELF_CHECK, answers, 42, undefined, [], { root: 0x1c0de, seq: 2 })).toBe(V4_CHAIN);
    expect(decodeResultCode(V4_CHAIN, { findInstrument })).toEqual({
      formatVersion: 4,
      workshopCode: 'K7MQ45',
      nonce: NONCE,
      chain: { root: 0x1c0de, seq: 2 },
      questionnaires: [QUESTIONNAIRE],
      fingerprint: V4_CHAIN.replace(/-/g, ''),
    });
    // A re-answer's code for the QR stays within version 3-M (61 alphanumeric characters).
    expect(toQrPayload(CHAINED).length).toBeLessThanOrEqual(61);
  });

  it('match the example for self-check version 2, with "does not apply", in both directions', () => {
    expect(toTextCode(RESULT_V2)).toBe(V3_SELF_CHECK_V2);
    expect(version3Code(SELF_CHECK_V2, answersV2, 45, undefined, ['s20'])).toBe(V3_SELF_CHECK_V2);
    expect(decodeResultCode(V3_SELF_CHECK_V2, { findInstrument })).toEqual({
      formatVersion: 3,
      workshopCode: 'K7MQ45',
      nonce: NONCE,
      questionnaires: [{ instrumentId: 'self-check', instrumentVersion: 2, answers: answersV2, marks: ['s20'] }],
      fingerprint: V3_SELF_CHECK_V2.replace(/-/g, ''),
    });
    expect(SELF_CHECK_V2.items).toHaveLength(16);
  });

  it('still read the format-version-2 examples, with their nonce and without the name, also in the fingerprint', () => {
    expect(legacyCode(2)).toBe(V2_PLAIN);
    expect(legacyCode(2, 'Sam')).toBe(V2_NAMED);
    const plain = decodeResultCode(V2_PLAIN, { findInstrument, expectedWorkshop: 'K7MQ45' });
    expect(plain).toEqual({
      formatVersion: 2,
      workshopCode: 'K7MQ45',
      nonce: NONCE,
      questionnaires: [QUESTIONNAIRE],
      fingerprint: V2_PLAIN.replace(/-/g, ''),
    });
    // The name is read past (and checked), then dropped, from the fingerprint too: the laptop
    // stores the nameless code, and the same result with and without the name counts once.
    expect(decodeResultCode(V2_NAMED.toLowerCase(), { findInstrument })).toEqual(plain);
  });

  it('still read the format-version-1 examples, without a nonce or the name', () => {
    expect(legacyCode(1)).toBe(V1_PLAIN);
    expect(legacyCode(1, 'Sam')).toBe(V1_NAMED);
    const plain = decodeResultCode(V1_PLAIN, { findInstrument, expectedWorkshop: 'K7MQ45' });
    expect(plain).toEqual({
      formatVersion: 1,
      workshopCode: 'K7MQ45',
      questionnaires: [QUESTIONNAIRE],
      fingerprint: V1_PLAIN.replace(/-/g, ''),
    });
    expect(decodeResultCode(V1_NAMED.toLowerCase(), { findInstrument })).toEqual(plain);
    const file = JSON.stringify({ format: 'modusspiegel-result', version: 1, code: V1_PLAIN });
    expect(parseResultFile(file, { findInstrument })).toEqual(plain);
  });
});
