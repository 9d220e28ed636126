import { ALPHABET, valueOf } from './alphabet';
import { answerNumberWidth, answerSetCount } from './answer-number';
import { BitWriter } from './bit-io';
import { ResultCodeError, type ResultCodeErrorDetail } from './errors';
import { checkValue } from './group-check';
import { decodeResultCode, MAX_CODE_TEXT_LENGTH, MAX_NONCE, toTextCode, tryDecodeResultCode } from './result-code';
import { FRAME_MS1, frame, groupCompact } from './text-frame';
import {
  FIXTURE_CLIENT_CHECK,
  FIXTURE_OPTIONS,
  FIXTURE_SELF_CHECK,
  FIXTURE_SELF_CHECK_V2,
  FIXTURE_TEAM_CLIMATE,
  fixtureInstrument,
  simpleResult,
  WORKSHOP,
} from './test-instruments';

const VALID = toTextCode(simpleResult(FIXTURE_SELF_CHECK, { s01: 4, s02: 2 }, 0x5a5a5));

function detailOf(text: string, options = FIXTURE_OPTIONS): ResultCodeErrorDetail | undefined {
  const outcome = tryDecodeResultCode(text, options);
  if (outcome.ok) return undefined;
  expect(outcome.error).toBeInstanceOf(ResultCodeError);
  expect(() => decodeResultCode(text, options)).toThrow(outcome.error);
  return outcome.error.detail;
}

/** Format version and workshop, the start of every payload. */
function start(formatVersion: number): BitWriter {
  const writer = new BitWriter().write(formatVersion, 4);
  for (const symbol of WORKSHOP.slice(0, 5)) writer.write(valueOf(symbol) ?? 0, 5);
  return writer;
}

/**
 * A hand-made payload of format version 3 for WORKSHOP, framed MS3, for errors the encoder itself
 * never makes. `write` writes everything after the workshop; the nonce is 1 unless written.
 */
function craft(write: (writer: BitWriter) => void, formatVersion = 3): string {
  const writer = start(formatVersion);
  write(writer);
  return groupCompact(frame(writer.toBits()));
}
/** nonce 1 · no replaced result. */
const header = (writer: BitWriter) => writer.write(1, 20).write(0, 1);
/** One self-check questionnaire with the given answer number, marks bits and "more" bit. */
const selfCheck = (writer: BitWriter, answers = 0n, marks: number[] = [0], more = 0) =>
  writer
    .write(1, 6)
    .write(1, 8)
    .writeBig(answers, answerNumberWidth(FIXTURE_SELF_CHECK))
    .writeBits(marks)
    .write(more, 1);
const climate = (writer: BitWriter, more = 0) =>
  writer.write(3, 6).write(1, 8).writeBig(0n, answerNumberWidth(FIXTURE_TEAM_CLIMATE)).write(0, 1).write(more, 1);

/** A payload of format version 1 or 2 (frame MS1), the layouts the encoder no longer writes. */
function craftLegacy(write: (writer: BitWriter) => void, formatVersion = 1): string {
  const writer = start(formatVersion);
  write(writer);
  return groupCompact(frame(writer.toBits(), FRAME_MS1));
}
const legacySelfCheck = (writer: BitWriter, value = 3) => {
  writer.write(1, 6).write(1, 8);
  for (let i = 0; i < FIXTURE_SELF_CHECK.items.length; i++) writer.write(value, 3);
};

describe('each error kind', () => {
  it('sanity: the crafted payload of version 3 is what the encoder writes', () => {
    const text = craft((writer) => {
      header(writer);
      selfCheck(writer, answerSetCount(FIXTURE_SELF_CHECK) - 1n);
    });
    const answers = Object.fromEntries(FIXTURE_SELF_CHECK.items.map((item) => [item.id, 5 as const]));
    expect(text).toBe(toTextCode(simpleResult(FIXTURE_SELF_CHECK, answers, 1)));
  });

  it('sanity: crafted payloads of versions 1 and 2 decode, as the encoder wrote them', () => {
    const v1 = craftLegacy((writer) => {
      legacySelfCheck(writer);
      writer.write(0, 1);
    });
    const answers = Object.fromEntries(FIXTURE_SELF_CHECK.items.map((item) => [item.id, 3 as const]));
    const questionnaires = [{ instrumentId: 'self-check', instrumentVersion: 1, answers, marks: [] }];
    const decoded = decodeResultCode(v1, FIXTURE_OPTIONS);
    expect(decoded).toEqual({ formatVersion: 1, workshopCode: WORKSHOP, questionnaires, fingerprint: v1.replace(/-/g, '') });
    const v2 = craftLegacy((writer) => {
      writer.write(1, 6).write(1, 8).write(0xabcde, 20);
      for (let i = 0; i < FIXTURE_SELF_CHECK.items.length; i++) writer.write(3, 3);
      writer.write(1, 1).write(3, 8).write(0x53, 8).write(0x61, 8).write(0x6d, 8);
    }, 2);
    const v2WithoutName = craftLegacy((writer) => {
      writer.write(1, 6).write(1, 8).write(0xabcde, 20);
      for (let i = 0; i < FIXTURE_SELF_CHECK.items.length; i++) writer.write(3, 3);
      writer.write(0, 1);
    }, 2);
    // The name "Sam" is checked, then dropped, from the fingerprint too.
    expect(decodeResultCode(v2, FIXTURE_OPTIONS)).toEqual({
      formatVersion: 2,
      workshopCode: WORKSHOP,
      nonce: 0xabcde,
      questionnaires,
      fingerprint: v2WithoutName.replace(/-/g, ''),
    });
  });

  it('empty', () => {
    for (const text of ['', '   ', ' - \n\t-']) expect(detailOf(text)).toEqual({ kind: 'empty' });
  });

  it('not-a-code', () => {
    for (const text of ['hello', 'https://example.org/#K7MQ45', 'MS465', '{"format":"x"}', 'M', 'SM3-AAAAA', 'MS0-AAAAA']) {
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

  it('bad-group: a typo, a missing block, a block past the 32nd', () => {
    const groups = VALID.split('-');
    const typo = [...groups];
    typo[2] = `${typo[2]?.slice(0, 4)}${typo[2]?.[4] === 'Z' ? 'Y' : 'Z'}`;
    expect(detailOf(typo.join('-'))).toEqual({ kind: 'bad-group', group: 3, groupText: typo[2] });
    // Block 2 (position 0) moved to the end: it fails there, and the block now second fails first.
    expect(detailOf([groups[0], ...groups.slice(2), groups[1]].join('-'))).toMatchObject({ kind: 'bad-group', group: 2 });
    // 33 data blocks: the check has no 33rd position, so the 34th displayed block is refused.
    const blocks = Array.from({ length: 32 }, (_, g) => `0000${ALPHABET[checkValue([0, 0, 0, 0], g)] ?? ''}`);
    const tooLong = `MS3${blocks.join('')}00000`;
    expect(detailOf(tooLong)).toEqual({ kind: 'bad-group', group: 34, groupText: '00000' });
  });

  it('incomplete: nothing after the tag, a short last block, whole blocks missing at the end of an MS3 code', () => {
    const groups = VALID.split('-');
    for (const cut of ['MS1', 'MS3', 'MS3-', 'MS365', VALID.slice(0, -2)]) expect(detailOf(cut)).toEqual({ kind: 'incomplete' });
    for (let n = 2; n < groups.length; n++) expect(detailOf(groups.slice(0, n).join('-'))).toEqual({ kind: 'incomplete' });
    for (let cut = 3; cut < VALID.length; cut++) expect(detailOf(VALID.slice(0, cut)), VALID.slice(0, cut)).toEqual({ kind: 'incomplete' });
  });

  it('checksum: old blocks swapped, or content that passed the checks but is invalid', () => {
    // In the frame MS1 a block's check does not know its place: only the CRC sees a swap.
    const old = craftLegacy((writer) => {
      legacySelfCheck(writer, 1);
      writer.write(0, 1);
    }).split('-');
    expect(detailOf([old[0], old[2], old[1], ...old.slice(3)].join('-'))).toEqual({ kind: 'checksum' });

    const version3 = {
      beyondLastAnswerSet: craft((writer) => {
        header(writer);
        selfCheck(writer, answerSetCount(FIXTURE_SELF_CHECK));
      }),
      marksFlagWithoutMarks: craft((writer) => {
        header(writer);
        selfCheck(writer, 0n, [1, ...FIXTURE_SELF_CHECK.items.map(() => 0)]);
      }),
      replacesItself: craft((writer) => {
        writer.write(7, 20).write(1, 1).write(7, 20);
        selfCheck(writer);
      }),
      outOfOrder: craft((writer) => {
        header(writer);
        climate(writer, 1);
        selfCheck(writer);
      }),
      twice: craft((writer) => {
        header(writer);
        selfCheck(writer, 0n, [0], 1);
        selfCheck(writer);
      }),
      instrumentZero: craft((writer) => {
        header(writer);
        writer.write(0, 6).write(1, 8).write(0, 1).write(0, 1);
      }),
      moreAfterTheLast: craft((writer) => {
        header(writer);
        selfCheck(writer, 0n, [0], 1);
      }),
      nonZeroPadding: craft((writer) => {
        header(writer);
        selfCheck(writer);
        writer.write(1, 2);
      }),
      wholeBlockOfPadding: craft((writer) => {
        header(writer);
        selfCheck(writer);
        writer.write(0, 20);
      }),
      truncated: craft((writer) => writer.write(1, 20).write(1, 1).write(0, 3)),
    };
    for (const [name, text] of Object.entries(version3)) expect([name, detailOf(text)]).toEqual([name, { kind: 'checksum' }]);

    const legacy = {
      answerSeven: craftLegacy((writer) => {
        legacySelfCheck(writer, 7);
        writer.write(0, 1);
      }),
      answerSix: craftLegacy((writer) => {
        legacySelfCheck(writer, 6);
        writer.write(0, 1);
      }),
      truncated: craftLegacy((writer) => writer.write(1, 6).write(1, 8)),
      nonZeroPadding: craftLegacy((writer) => {
        legacySelfCheck(writer);
        writer.write(0, 1).write(1, 3);
      }),
      badUtf8: craftLegacy((writer) => {
        legacySelfCheck(writer);
        writer.write(1, 1).write(1, 8).write(0xc3, 8);
      }),
      emptyName: craftLegacy((writer) => {
        legacySelfCheck(writer);
        writer.write(1, 1).write(0, 8);
      }),
      truncatedNonce: craftLegacy((writer) => writer.write(1, 6).write(1, 8).write(0, 3), 2),
    };
    for (const [name, text] of Object.entries(legacy)) expect([name, detailOf(text)]).toEqual([name, { kind: 'checksum' }]);
  });

  it('unknown-format-version: a newer payload, or a newer frame', () => {
    for (const version of [0, 1, 2, 6, 15]) {
      expect(detailOf(craft((writer) => writer.write(0, 40), version))).toEqual({ kind: 'unknown-format-version', version });
    }
    for (const version of [0, 3, 4, 15]) {
      const newer = craftLegacy((writer) => writer.write(0, 20), version);
      expect(detailOf(newer)).toEqual({ kind: 'unknown-format-version', version });
    }
    for (const tag of ['MS2', 'MS4', 'MS9']) {
      const digit = Number(tag[2]);
      expect(detailOf(VALID.replace(/^MS3/, tag))).toEqual({ kind: 'unknown-format-version', version: digit });
    }
  });

  it('unknown-instrument, also in a later questionnaire of the code', () => {
    expect(detailOf(craft((writer) => {
      header(writer);
      writer.write(63, 6).write(1, 8).write(0, 1).write(0, 1);
    }))).toEqual({ kind: 'unknown-instrument', instrumentCode: 63 });
    expect(detailOf(craft((writer) => {
      header(writer);
      selfCheck(writer, 0n, [0], 1);
      writer.write(40, 6).write(1, 8).write(0, 1).write(0, 1);
    }))).toEqual({ kind: 'unknown-instrument', instrumentCode: 40 });
    const legacy = craftLegacy((writer) => writer.write(63, 6).write(1, 8).write(0, 1));
    expect(detailOf(legacy)).toEqual({ kind: 'unknown-instrument', instrumentCode: 63 });
  });

  it('unknown-instrument-version', () => {
    const text = toTextCode(simpleResult(FIXTURE_SELF_CHECK_V2, {}, 1));
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
    const text = `MS3${'0'.repeat(MAX_CODE_TEXT_LENGTH)}`;
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
  const base = simpleResult(FIXTURE_SELF_CHECK, {}, 0);
  const one = (questionnaire: object) => ({ ...base, questionnaires: [{ instrument: FIXTURE_SELF_CHECK, answers: {}, ...questionnaire }] });

  it('throws RangeError for a bad workshop, nonce or replaced nonce', () => {
    expect(() => toTextCode({ ...base, workshopCode: 'K7MQ4X' })).toThrow(RangeError);
    for (const nonce of [-1, MAX_NONCE + 1, 1.5, NaN, Infinity]) expect(() => toTextCode({ ...base, nonce })).toThrow(RangeError);
    expect(() => toTextCode({ ...base, nonce: undefined as unknown as number })).toThrow(RangeError);
    for (const replaces of [-1, MAX_NONCE + 1, 0.5, 0]) expect(() => toTextCode({ ...base, replaces })).toThrow(RangeError);
    expect(toTextCode({ ...base, replaces: 1 })).not.toBe(toTextCode(base));
  });

  it('throws RangeError for bad questionnaires', () => {
    expect(() => toTextCode({ ...base, questionnaires: [] })).toThrow(RangeError);
    expect(() => toTextCode(one({ instrument: { ...FIXTURE_SELF_CHECK, id: 'other' } }))).toThrow(RangeError);
    expect(() => toTextCode(one({ instrument: { ...FIXTURE_SELF_CHECK, version: 256 } }))).toThrow(RangeError);
    const twice = [FIXTURE_SELF_CHECK, FIXTURE_SELF_CHECK_V2].map((instrument) => ({ instrument, answers: {} }));
    expect(() => toTextCode({ ...base, questionnaires: twice })).toThrow(RangeError);
    const five = [FIXTURE_SELF_CHECK, FIXTURE_CLIENT_CHECK, FIXTURE_TEAM_CLIMATE, fixtureInstrument('four', 1, 2, false), fixtureInstrument('five', 1, 2, false)];
    expect(() => toTextCode({ ...base, questionnaires: five.map((instrument) => ({ instrument, answers: {} })) })).toThrow(RangeError);
  });

  it('throws RangeError for bad answers and marks', () => {
    expect(() => toTextCode(one({ answers: { nope: 3 } }))).toThrow(RangeError);
    expect(() => toTextCode(one({ answers: { s01: 6 } }))).toThrow(RangeError);
    expect(() => toTextCode(one({ answers: { s01: 0 } }))).toThrow(RangeError);
    expect(() => toTextCode(one({ answers: { s01: '3' } }))).toThrow(RangeError);
    // "does not apply" only where the instrument offers it.
    expect(() => toTextCode(one({ answers: { s01: 'na' } }))).toThrow(RangeError);
    expect(() => toTextCode(one({ instrument: FIXTURE_SELF_CHECK_V2, answers: { s01: 'na' } }))).not.toThrow();
    expect(() => toTextCode(one({ marks: ['nope'] }))).toThrow(RangeError);
    expect(() => toTextCode(one({ marks: 's01' }))).toThrow(RangeError);
    expect(toTextCode(one({ marks: [] }))).toBe(toTextCode(base));
  });

  it('throws RangeError when a code would need more than 32 blocks', () => {
    const huge = fixtureInstrument('self-check', 1, 240, true);
    expect(() => toTextCode(one({ instrument: huge }))).toThrow(RangeError);
  });
});
