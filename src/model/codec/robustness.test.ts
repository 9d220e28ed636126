import fc from 'fast-check';
import { ResultCodeError } from './errors';
import { parseManyCodes } from './many-codes';
import { decodeResultCode, toQrPayload } from './result-code';
import { parseResultFile } from './result-file';
import { FIXTURE_OPTIONS, FIXTURE_SELF_CHECK, FIXTURE_TEAM_CLIMATE, WORKSHOP } from './test-instruments';

/**
 * Calls `decode` and fails the property if anything but a ResultCodeError escapes, or if one
 * escapes that is only the decoders' safety net wrapping a bug (its cause is some other error;
 * a JSON SyntaxError is the one expected cause).
 */
function onlyResultCodeErrors(decode: () => unknown): void {
  try {
    decode();
  } catch (error) {
    if (!(error instanceof ResultCodeError)) throw error;
    if (error.cause !== undefined && !(error.cause instanceof SyntaxError)) throw error.cause;
  }
}

const VALID = toQrPayload({
  workshopCode: WORKSHOP,
  nonce: 4,
  replaces: 5,
  questionnaires: [
    { instrument: FIXTURE_SELF_CHECK, answers: { s03: 2 } },
    { instrument: FIXTURE_TEAM_CLIMATE, answers: { t02: 'na' }, marks: ['t05'] },
  ],
});
const codeLike = fc.string({ unit: fc.constantFrom(...'MS13-0123456789ABCDEFGHJKMNPQRSTVWXYZoil !:•.\n'), maxLength: 120 });
const taggedNoise = fc
  .tuple(fc.constantFrom('MS1', 'MS3', 'MS2', 'MS4'), fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), maxLength: 200 }))
  .map(([tag, rest]) => `${tag}${rest}`);
const options = fc.option(fc.string({ maxLength: 8 }), { nil: undefined }).map((expectedWorkshop) =>
  expectedWorkshop === undefined ? FIXTURE_OPTIONS : { ...FIXTURE_OPTIONS, expectedWorkshop },
);

describe('no input makes a decoder throw anything but ResultCodeError', () => {
  it('arbitrary strings, code-like strings and tagged noise', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), codeLike, taggedNoise), options, (text, decodeOptions) => {
        onlyResultCodeErrors(() => decodeResultCode(text, decodeOptions));
        onlyResultCodeErrors(() => parseResultFile(text, decodeOptions));
        onlyResultCodeErrors(() => parseManyCodes(text, decodeOptions));
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON, also shaped like a result file', () => {
    const fileLike = fc.record(
      {
        format: fc.oneof(fc.constant('modusspiegel-result'), fc.jsonValue()),
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        code: fc.oneof(fc.constant(VALID), codeLike, taggedNoise, fc.jsonValue()),
        createdAt: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fileLike), (value) => {
        const text = JSON.stringify(value) ?? '';
        onlyResultCodeErrors(() => parseResultFile(text, FIXTURE_OPTIONS));
        onlyResultCodeErrors(() => decodeResultCode(text, FIXTURE_OPTIONS));
      }),
      { numRuns: 500 },
    );
  });

  it('lists of valid and damaged codes with labels', () => {
    const damaged = fc.tuple(fc.nat(), fc.constantFrom(...'0123456789ABCXYZ-!: \n')).map(([at, character]) => {
      const i = at % VALID.length;
      return VALID.slice(0, i) + character + VALID.slice(i + 1);
    });
    const line = fc.tuple(fc.constantFrom('', 'Anna: ', '- ', '• ', '1. ', 'Piet '), fc.oneof(fc.constant(VALID), damaged, codeLike));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), options, (lines, decodeOptions) => {
        onlyResultCodeErrors(() => parseManyCodes(lines.map(([label, code]) => label + code).join('\n'), decodeOptions));
      }),
      { numRuns: 300 },
    );
  });

  it('random damage to a valid code', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'0123456789ABCXYZ-! '))), (edits) => {
        let text = VALID;
        for (const [at, character] of edits) {
          const i = at % (text.length + 1);
          text = at % 2 === 0 ? text.slice(0, i) + character + text.slice(i + 1) : text.slice(0, i) + text.slice(i + 1);
        }
        onlyResultCodeErrors(() => decodeResultCode(text, FIXTURE_OPTIONS));
      }),
    );
  });
});
