import { valueOf } from './alphabet';
import { BitWriter } from './bit-io';
import { ResultCodeError, type ResultCodeErrorDetail } from './errors';
import { decodeResultCode, MAX_CODE_TEXT_LENGTH, MAX_NONCE, toTextCode, tryDecodeResultCode } from './result-code';
import { frame, groupCompact } from './text-frame';
import { FIXTURE_OPTIONS, FIXTURE_SELF_CHECK, FIXTURE_SELF_CHECK_V2, WORKSHOP } from './test-instruments';

const VALID = toTextCode({ workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK, answers: { s01: 4, s02: 2 }, nonce: 0x5a5a5 });

function detailOf(text: string, options = FIXTURE_OPTIONS): ResultCodeErrorDetail | undefined {
  const outcome = tryDecodeResultCode(text, options);
  if (outcome.ok) return undefined;
  expect(outcome.error).toBeInstanceOf(ResultCodeError);
  expect(() => decodeResultCode(text, options)).toThrow(outcome.error);
  return outcome.error.detail;
}

/**
 * A hand-made payload for WORKSHOP, framed: for errors the encoder itself never makes. Format
 * version 1 by default, the layout without a nonce that the encoder no longer writes.
 */
function craft(write: (writer: BitWriter) => void, formatVersion = 1): string {
  const writer = new BitWriter().write(formatVersion, 4);
  for (const symbol of WORKSHOP.slice(0, 5)) writer.write(valueOf(symbol) ?? 0, 5);
  write(writer);
  return groupCompact(frame(writer.toBits()));
}
const selfCheckAnswers = (writer: BitWriter, value = 3) => {
  writer.write(1, 6).write(1, 8);
  for (let i = 0; i < FIXTURE_SELF_CHECK.items.length; i++) writer.write(value, 3);
};

describe('each error kind', () => {
  it('sanity: the crafted payload decodes when it is valid', () => {
    const text = craft((writer) => {
      selfCheckAnswers(writer);
      writer.write(0, 1);
    });
    const decoded = decodeResultCode(text, FIXTURE_OPTIONS);
    expect(decoded.workshopCode).toBe(WORKSHOP);
    expect(decoded).not.toHaveProperty('nonce');
  });

  it('sanity: a crafted version-2 payload decodes with its nonce, as the encoder writes it', () => {
    const answers = Object.fromEntries(FIXTURE_SELF_CHECK.items.map((item) => [item.id, 3 as const]));
    const text = craft((writer) => {
      writer.write(1, 6).write(1, 8).write(0xabcde, 20);
      for (let i = 0; i < FIXTURE_SELF_CHECK.items.length; i++) writer.write(3, 3);
      writer.write(0, 1);
    }, 2);
    expect(decodeResultCode(text, FIXTURE_OPTIONS)).toMatchObject({ answers, nonce: 0xabcde });
    expect(text).toBe(toTextCode({ workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK, answers, nonce: 0xabcde }));
  });

  it('empty', () => {
    for (const text of ['', '   ', ' - \n\t-']) expect(detailOf(text)).toEqual({ kind: 'empty' });
  });

  it('not-a-code', () => {
    for (const text of ['hello', 'https://example.org/#K7MQ45', 'MS365', '{"format":"x"}', 'M', 'SM1-AAAAA']) {
      expect(detailOf(text)).toEqual({ kind: 'not-a-code' });
    }
    expect(detailOf(42 as unknown as string)).toEqual({ kind: 'not-a-code' });
  });

  it('bad-character, with what was typed and its block', () => {
    const groups = VALID.split('-');
    groups[3] = `${groups[3]?.slice(0, 2)}!${groups[3]?.slice(3)}`;
    expect(detailOf(groups.join('-'))).toEqual({ kind: 'bad-character', character: '!', group: 4 });
    expect(detailOf(`${VALID.slice(0, 5)}u${VALID.slice(6)}`)).toEqual({ kind: 'bad-character', character: 'u', group: 2 });
  });

  it('bad-group: a typo, a missing block, an incomplete last block', () => {
    const groups = VALID.split('-');
    const typo = [...groups];
    typo[2] = `${typo[2]?.slice(0, 4)}${typo[2]?.[4] === 'Z' ? 'Y' : 'Z'}`;
    expect(detailOf(typo.join('-'))).toEqual({ kind: 'bad-group', group: 3, groupText: typo[2] });
    expect(detailOf('MS1')).toEqual({ kind: 'bad-group', group: 2, groupText: '' });
    expect(detailOf(VALID.slice(0, -2))).toEqual({
      kind: 'bad-group',
      group: groups.length,
      groupText: groups.at(-1)?.slice(0, 3),
    });
  });

  it('checksum: blocks swapped, or content that passed the checks but is invalid', () => {
    const groups = VALID.split('-');
    expect(detailOf([groups[0], groups[2], groups[1], ...groups.slice(3)].join('-'))).toEqual({ kind: 'checksum' });
    const answerSeven = craft((writer) => {
      selfCheckAnswers(writer, 7);
      writer.write(0, 1);
    });
    const truncated = craft((writer) => writer.write(1, 6).write(1, 8));
    const nonZeroPadding = craft((writer) => {
      selfCheckAnswers(writer);
      writer.write(0, 1).write(1, 3);
    });
    const badUtf8 = craft((writer) => {
      selfCheckAnswers(writer);
      writer.write(1, 1).write(1, 8).write(0xc3, 8);
    });
    const emptyName = craft((writer) => {
      selfCheckAnswers(writer);
      writer.write(1, 1).write(0, 8);
    });
    const truncatedNonce = craft((writer) => writer.write(1, 6).write(1, 8).write(0, 3), 2);
    for (const text of [answerSeven, truncated, nonZeroPadding, badUtf8, emptyName, truncatedNonce]) {
      expect(detailOf(text)).toEqual({ kind: 'checksum' });
    }
  });

  it('unknown-format-version: a newer payload, or a newer frame', () => {
    for (const version of [0, 3, 15]) {
      const newer = craft((writer) => writer.write(0, 20), version);
      expect(detailOf(newer)).toEqual({ kind: 'unknown-format-version', version });
    }
    expect(detailOf(VALID.replace(/^MS1/, 'MS2'))).toEqual({ kind: 'unknown-format-version', version: 2 });
  });

  it('unknown-instrument', () => {
    const text = craft((writer) => writer.write(63, 6).write(1, 8).write(0, 1));
    expect(detailOf(text)).toEqual({ kind: 'unknown-instrument', instrumentCode: 63 });
  });

  it('unknown-instrument-version', () => {
    const text = toTextCode({ workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK_V2, answers: {}, nonce: 1 });
    const onlyV1 = { findInstrument: (_id: string, version: number) => (version === 1 ? FIXTURE_SELF_CHECK : undefined) };
    expect(detailOf(text, onlyV1)).toEqual({
      kind: 'unknown-instrument-version',
      instrumentId: 'self-check',
      instrumentVersion: 2,
    });
  });

  it('wrong-workshop, comparing canonical codes', () => {
    const options = { ...FIXTURE_OPTIONS, expectedWorkshop: 'abc-def' };
    expect(detailOf(VALID, options)).toEqual({ kind: 'wrong-workshop', expected: 'ABCDEF', actual: WORKSHOP });
    const sloppy = { ...FIXTURE_OPTIONS, expectedWorkshop: WORKSHOP.toLowerCase() };
    expect(decodeResultCode(VALID, sloppy).workshopCode).toBe(WORKSHOP);
  });

  it('too-large', () => {
    const text = `MS1${'0'.repeat(MAX_CODE_TEXT_LENGTH)}`;
    expect(detailOf(text)).toEqual({ kind: 'too-large', limit: MAX_CODE_TEXT_LENGTH, actual: text.length });
  });

  it('a failing instrument lookup still surfaces as a ResultCodeError', () => {
    const broken = {
      findInstrument: () => {
        throw new Error('registry bug');
      },
    };
    const outcome = tryDecodeResultCode(VALID, broken);
    expect(!outcome.ok && outcome.error.kind).toBe('not-a-code');
    expect(!outcome.ok && outcome.error.cause).toBeInstanceOf(Error);
  });
});

describe('encoding refuses what the app should never produce', () => {
  const base = { workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK, answers: {}, nonce: 0 };
  it('throws RangeError', () => {
    expect(() => toTextCode({ ...base, workshopCode: 'K7MQ4X' })).toThrow(RangeError);
    expect(() => toTextCode({ ...base, instrument: { ...FIXTURE_SELF_CHECK, id: 'other' } })).toThrow(RangeError);
    expect(() => toTextCode({ ...base, instrument: { ...FIXTURE_SELF_CHECK, version: 256 } })).toThrow(RangeError);
    expect(() => toTextCode({ ...base, answers: { nope: 3 } })).toThrow(RangeError);
    expect(() => toTextCode({ ...base, answers: { s01: 6 as 5 } })).toThrow(RangeError);
    for (const nonce of [-1, MAX_NONCE + 1, 1.5, NaN, Infinity]) expect(() => toTextCode({ ...base, nonce })).toThrow(RangeError);
    expect(() => toTextCode({ ...base, nonce: undefined as unknown as number })).toThrow(RangeError);
  });
});
