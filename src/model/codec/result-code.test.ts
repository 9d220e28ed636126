import fc from 'fast-check';
import { ALPHABET } from './alphabet';
import { ResultCodeError } from './errors';
import { instrumentCodeOf } from './instrument-codes';
import {
  decodeResultCode,
  toQrPayload,
  toTextCode,
  tryDecodeResultCode,
  type QuestionnaireToEncode,
  type ResultToEncode,
} from './result-code';
import { parseResultFile, toResultFile } from './result-file';
import {
  FIXTURE_CLIENT_CHECK,
  FIXTURE_OPTIONS,
  FIXTURE_SELF_CHECK,
  FIXTURE_SELF_CHECK_V2,
  FIXTURE_TEAM_CLIMATE,
  findFixtureInstrument,
  nonceArbitrary,
  resultArbitrary,
  simpleResult,
  WORKSHOP,
} from './test-instruments';
import { workshopCodeFromValues } from './workshop-code';

const workshopCodes = fc
  .array(fc.integer({ min: 0, max: 31 }), { minLength: 5, maxLength: 5 })
  .map(workshopCodeFromValues);
const results = resultArbitrary(workshopCodes);

/** What decoding must give back: questionnaires by instrument code, marks in item order. */
function expectedDecoded(result: ResultToEncode) {
  const questionnaires = [...result.questionnaires]
    .sort((a, b) => (instrumentCodeOf(a.instrument.id) ?? 0) - (instrumentCodeOf(b.instrument.id) ?? 0))
    .map(({ instrument, answers, marks = [] }) => ({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      answers,
      marks: instrument.items.map((item) => item.id).filter((id) => marks.includes(id)),
    }));
  return {
    formatVersion: 3,
    workshopCode: result.workshopCode,
    nonce: result.nonce,
    ...(result.replaces === undefined ? {} : { replaces: result.replaces }),
    questionnaires,
  };
}

function withoutFingerprint<T extends { fingerprint: string }>({ fingerprint: _, ...rest }: T) {
  return rest;
}

describe('result codes round-trip', () => {
  it('every field, through the text code, the QR payload and the file', () => {
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

  it('"does not apply", marks and a replaced result, each on its own', () => {
    const answers = { t01: 'na', t02: 5, t24: 'na' } as const;
    const decoded = decodeResultCode(
      toTextCode({
        workshopCode: WORKSHOP,
        nonce: 9,
        replaces: 8,
        questionnaires: [{ instrument: FIXTURE_TEAM_CLIMATE, answers, marks: ['t24', 't01', 't24'] }],
      }),
      FIXTURE_OPTIONS,
    );
    expect(decoded).toMatchObject({
      formatVersion: 3,
      nonce: 9,
      replaces: 8,
      questionnaires: [{ instrumentId: 'team-climate', instrumentVersion: 1, answers, marks: ['t01', 't24'] }],
    });
    const plain = decodeResultCode(toTextCode(simpleResult(FIXTURE_SELF_CHECK, {}, 9)), FIXTURE_OPTIONS);
    expect(plain).not.toHaveProperty('replaces');
    expect(plain.questionnaires).toEqual([{ instrumentId: 'self-check', instrumentVersion: 1, answers: {}, marks: [] }]);
  });

  it('several questionnaires, given in any order, come back by instrument code', () => {
    const questionnaires: QuestionnaireToEncode[] = [
      { instrument: FIXTURE_TEAM_CLIMATE, answers: { t03: 2 as const } },
      { instrument: FIXTURE_SELF_CHECK_V2, answers: { s01: 'na' as const } },
      { instrument: FIXTURE_CLIENT_CHECK, answers: {}, marks: ['c10'] },
    ];
    const decoded = decodeResultCode(toTextCode({ workshopCode: WORKSHOP, nonce: 1, questionnaires }), FIXTURE_OPTIONS);
    expect(decoded.questionnaires.map((q) => q.instrumentId)).toEqual(['self-check', 'client-check', 'team-climate']);
    expect(toTextCode({ workshopCode: WORKSHOP, nonce: 1, questionnaires: [...questionnaires].reverse() })).toBe(
      toTextCode({ workshopCode: WORKSHOP, nonce: 1, questionnaires }),
    );
  });

  it('re-encode to the same code: one code per result', () => {
    fc.assert(
      fc.property(results, (result) => {
        const decoded = decodeResultCode(toQrPayload(result), FIXTURE_OPTIONS);
        const again: ResultToEncode = {
          workshopCode: decoded.workshopCode,
          nonce: decoded.nonce ?? -1,
          ...(decoded.replaces === undefined ? {} : { replaces: decoded.replaces }),
          questionnaires: decoded.questionnaires.map((q) => ({
            instrument: findFixtureInstrument(q.instrumentId, q.instrumentVersion) ?? FIXTURE_SELF_CHECK,
            answers: q.answers,
            marks: q.marks,
          })),
        };
        expect(toQrPayload(again)).toBe(decoded.fingerprint);
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
        expect(decodeResultCode(text.replace(/-/g, ' – '), FIXTURE_OPTIONS).fingerprint).toBe(fingerprint);
      }),
    );
  });

  it('with a fingerprint of its own for each nonce, even for identical answers', () => {
    fc.assert(
      fc.property(results, nonceArbitrary, (result, otherNonce) => {
        fc.pre(otherNonce !== result.nonce && otherNonce !== result.replaces);
        const again = decodeResultCode(toTextCode({ ...result }), FIXTURE_OPTIONS);
        const other = decodeResultCode(toTextCode({ ...result, nonce: otherNonce }), FIXTURE_OPTIONS);
        expect(again.fingerprint).toBe(toQrPayload(result));
        expect(other.fingerprint).not.toBe(again.fingerprint);
        expect(withoutFingerprint(other)).toEqual({ ...withoutFingerprint(again), nonce: otherNonce });
      }),
    );
  });

  it('in the readable layout MS3-XXXXX-… with QR alphanumeric characters only', () => {
    fc.assert(
      fc.property(results, (result) => {
        expect(toTextCode(result)).toMatch(new RegExp(`^MS3(-[${ALPHABET}]{5})+$`));
        expect(toQrPayload(result)).toMatch(/^[0-9A-Z]+$/);
      }),
    );
  });

  it('stays short: an 18-item questionnaire without "does not apply" in 7 blocks', () => {
    // 4 + 25 + 20 + 1 (no replaced result) + 6 + 8 + 47 (6¹⁸ − 1 has 47 bits) + 1 (no marks)
    // + 1 (no more questionnaires) = 113 bits, + CRC 16 = 129: 7 blocks of 20 bits.
    const full = Object.fromEntries(FIXTURE_SELF_CHECK.items.map((item) => [item.id, 3 as const]));
    expect(toQrPayload(simpleResult(FIXTURE_SELF_CHECK, full, 0))).toHaveLength(3 + 7 * 5);
  });
});

describe('typos are detected, never read as another result', () => {
  const decodesTo = (text: string) => tryDecodeResultCode(text, FIXTURE_OPTIONS);

  it('every substitution by another alphabet character, at every position', () => {
    fc.assert(
      fc.property(results, (result) => {
        const text = toQrPayload(result);
        for (let index = 0; index < text.length; index++) {
          for (const replacement of ALPHABET) {
            if (replacement === text[index]) continue;
            const outcome = decodesTo(text.slice(0, index) + replacement + text.slice(index + 1));
            expect(outcome.ok).toBe(false);
            if (!outcome.ok) expect(outcome.error).toBeInstanceOf(ResultCodeError);
          }
        }
      }),
      { numRuns: 30 },
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

  it('every swap of two different blocks, located in the first of them', () => {
    fc.assert(
      fc.property(results, (result) => {
        const groups = toTextCode(result).split('-');
        for (let a = 1; a < groups.length; a++) {
          for (let b = a + 1; b < groups.length; b++) {
            const swapped = [...groups];
            [swapped[a], swapped[b]] = [groups[b] ?? '', groups[a] ?? ''];
            const outcome = decodesTo(swapped.join('-'));
            // Blocks at different places always differ (the check includes the place), so every
            // pair is a real swap, and the block now at the first place fails there.
            expect(groups[a]).not.toBe(groups[b]);
            expect(!outcome.ok && outcome.error.detail).toEqual({ kind: 'bad-group', group: a + 1, groupText: groups[b] });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a block moved to another place is refused', () => {
    fc.assert(
      fc.property(results, fc.nat(), fc.nat(), (result, from, to) => {
        const groups = toTextCode(result).split('-').slice(1);
        const i = from % groups.length;
        const j = to % groups.length;
        fc.pre(i !== j);
        const moved = [...groups];
        const [block] = moved.splice(i, 1);
        moved.splice(j, 0, block ?? '');
        expect(decodesTo(`MS3-${moved.join('-')}`).ok).toBe(false);
      }),
    );
  });
});
