import fc from 'fast-check';
import { ResultCodeError } from './errors';
import { parseManyCodes } from './many-codes';
import { decodeResultCode, toQrPayload } from './result-code';
import { parseResultFile } from './result-file';
import { FIXTURE_OPTIONS, FIXTURE_SELF_CHECK, WORKSHOP } from './test-instruments';

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

const VALID = toQrPayload({ workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK, answers: { s03: 2 }, nonce: 4 });
const codeLike = fc.string({ unit: fc.constantFrom(...'MS1-0123456789ABCDEFGHJKMNPQRSTVWXYZoil !'), maxLength: 80 });
const taggedNoise = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), maxLength: 120 }).map((s) => `MS1${s}`);
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
