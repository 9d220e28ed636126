import fc from 'fast-check';
import { ALPHABET } from './alphabet';
import { ResultCodeError } from './errors';
import { normaliseName } from './participant-name';
import { decodeResultCode, toQrPayload, toTextCode, tryDecodeResultCode, type ResultToEncode } from './result-code';
import { parseResultFile, toResultFile } from './result-file';
import { FIXTURE_OPTIONS, FIXTURE_SELF_CHECK, nonceArbitrary, resultArbitrary, WORKSHOP } from './test-instruments';
import { workshopCodeFromValues } from './workshop-code';

const workshopCodes = fc
  .array(fc.integer({ min: 0, max: 31 }), { minLength: 5, maxLength: 5 })
  .map(workshopCodeFromValues);
const results = resultArbitrary(workshopCodes);

function expectedDecoded(result: ResultToEncode) {
  const name = normaliseName(result.name);
  return {
    workshopCode: result.workshopCode,
    instrumentId: result.instrument.id,
    instrumentVersion: result.instrument.version,
    answers: result.answers,
    ...(name === undefined ? {} : { name }),
    nonce: result.nonce,
  };
}

function withoutFingerprint<T extends { fingerprint: string }>({ fingerprint: _, ...rest }: T) {
  return rest;
}

describe('result codes round-trip', () => {
  it('through the text code, the QR payload and the file', () => {
    fc.assert(
      fc.property(results, (result) => {
        const expected = expectedDecoded(result);
        const fromText = decodeResultCode(toTextCode(result), FIXTURE_OPTIONS);
        const fromQr = decodeResultCode(toQrPayload(result), FIXTURE_OPTIONS);
        const fromFile = parseResultFile(toResultFile(result), FIXTURE_OPTIONS);
        expect(withoutFingerprint(fromText)).toEqual(expected);
        expect(fromQr).toEqual(fromText);
        expect(fromFile).toEqual(fromText);
      }),
    );
  });

  it('with one fingerprint per result, whatever the typing', () => {
    fc.assert(
      fc.property(results, (result) => {
        const text = toTextCode(result);
        const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
        const fingerprint = decodeResultCode(text, FIXTURE_OPTIONS).fingerprint;
        expect(fingerprint).toBe(toQrPayload(result));
        expect(decodeResultCode(sloppy, FIXTURE_OPTIONS).fingerprint).toBe(fingerprint);
        expect(decodeResultCode(` ${text.replace(/-/g, '\n')} `, FIXTURE_OPTIONS).fingerprint).toBe(fingerprint);
      }),
    );
  });

  it('with a fingerprint of its own for each nonce, even for identical answers', () => {
    fc.assert(
      fc.property(results, nonceArbitrary, (result, otherNonce) => {
        fc.pre(otherNonce !== result.nonce);
        const again = decodeResultCode(toTextCode({ ...result }), FIXTURE_OPTIONS);
        const other = decodeResultCode(toTextCode({ ...result, nonce: otherNonce }), FIXTURE_OPTIONS);
        expect(again.fingerprint).toBe(toQrPayload(result));
        expect(other.fingerprint).not.toBe(again.fingerprint);
        expect(withoutFingerprint(other)).toEqual({ ...withoutFingerprint(again), nonce: otherNonce });
      }),
    );
  });

  it('in the readable layout MS1-XXXXX-… with QR alphanumeric characters only', () => {
    fc.assert(
      fc.property(results, (result) => {
        expect(toTextCode(result)).toMatch(new RegExp(`^MS1(-[${ALPHABET}]{5})+$`));
        expect(toQrPayload(result)).toMatch(/^[0-9A-Z]+$/);
      }),
    );
  });

  it('stays short for an 18-item questionnaire without a name', () => {
    // 4 + 25 + 6 + 8 + 20 (nonce) + 54 + 1 = 118 bits, + CRC 16 = 134: 7 blocks of 20 bits.
    const full = Object.fromEntries(FIXTURE_SELF_CHECK.items.map((item) => [item.id, 3 as const]));
    const code = toTextCode({ workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK, answers: full, nonce: 0 });
    expect(code.replace(/-/g, '')).toHaveLength(3 + 7 * 5);
  });
});

describe('typos are detected, never read as another result', () => {
  const decodesTo = (text: string) => tryDecodeResultCode(text, FIXTURE_OPTIONS);

  it('every substitution by another alphabet character, at any position', () => {
    fc.assert(
      fc.property(results, fc.nat(), (result, at) => {
        const text = toTextCode(result);
        const positions = [...text].flatMap((character, i) => (character === '-' ? [] : [i]));
        const index = positions[at % positions.length] ?? 0;
        for (const replacement of ALPHABET) {
          if (replacement === text[index]) continue;
          const typo = text.slice(0, index) + replacement + text.slice(index + 1);
          const outcome = decodesTo(typo);
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(outcome.error).toBeInstanceOf(ResultCodeError);
        }
      }),
    );
  });

  it('a substitution in a block is located in that block', () => {
    fc.assert(
      fc.property(results, fc.nat(), fc.integer({ min: 1, max: 31 }), (result, at, shift) => {
        const groups = toTextCode(result).split('-');
        const g = 1 + (at % (groups.length - 1));
        const group = groups[g] ?? '';
        const i = Math.floor(at / groups.length) % 5;
        const replacement = ALPHABET[(ALPHABET.indexOf(group[i] ?? '') + shift) % 32] ?? '';
        groups[g] = group.slice(0, i) + replacement + group.slice(i + 1);
        const outcome = decodesTo(groups.join('-'));
        expect(!outcome.ok && outcome.error.detail).toEqual({ kind: 'bad-group', group: g + 1, groupText: groups[g] });
      }),
    );
  });

  it('every swap of two adjacent different characters', () => {
    fc.assert(
      fc.property(results, fc.nat(), (result, at) => {
        const compact = toQrPayload(result);
        const i = at % (compact.length - 1);
        fc.pre(compact[i] !== compact[i + 1]);
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        expect(decodesTo(swapped).ok).toBe(false);
      }),
    );
  });
});
