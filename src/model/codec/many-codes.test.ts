import { MAX_PASTE_LENGTH, parseManyCodes, splitCodes } from './many-codes';
import { toQrPayload, toTextCode } from './result-code';
import { FIXTURE_CLIENT_CHECK, FIXTURE_OPTIONS, FIXTURE_SELF_CHECK, WORKSHOP } from './test-instruments';

const A = toTextCode({ workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK, answers: { s01: 1 }, nonce: 1 });
const B = toTextCode({ workshopCode: WORKSHOP, instrument: FIXTURE_CLIENT_CHECK, answers: { c01: 2 }, name: 'Noor', nonce: 2 });
const C = toQrPayload({ workshopCode: WORKSHOP, instrument: FIXTURE_SELF_CHECK, answers: { s02: 5 }, nonce: 3 });

describe('pasting many codes at once', () => {
  it('splits on lines, commas, semicolons and whitespace', () => {
    expect(splitCodes(`${A}\n${B}\r\n\n${C}`)).toEqual([A, B, C]);
    expect(splitCodes(`${A}, ${B};${C}`)).toEqual([A, B, C]);
    expect(splitCodes(`${A} ${B.toLowerCase()}\t${C}`)).toEqual([A, B.toLowerCase(), C]);
  });

  it('keeps a code typed with spaces, or broken over lines, together', () => {
    const spaced = A.replace(/-/g, ' ');
    const broken = `${A.slice(0, 15)}\n${A.slice(15)}`;
    expect(splitCodes(`${spaced}\n${broken}`)).toEqual([spaced, broken.replace('\n', ' ')]);
  });

  it('decodes each entry on its own, and reports the ones that fail', () => {
    const typo = `${A.slice(0, -1)}${A.endsWith('Z') ? 'Y' : 'Z'}`;
    const entries = parseManyCodes(`Piet: ${A}\n${typo}\n${B}\n${A}`, FIXTURE_OPTIONS);
    expect(entries.map((entry) => entry.outcome.ok || entry.outcome.error.kind)).toEqual([
      'not-a-code',
      true,
      'bad-group',
      true,
      true,
    ]);
    expect(entries.map((entry) => entry.text)).toEqual(['Piet:', A, typo, B, A]);
    const fingerprints = entries.flatMap((entry) => (entry.outcome.ok ? [entry.outcome.value.fingerprint] : []));
    expect(new Set(fingerprints).size).toBe(2);
  });

  it('gives nothing for an empty paste and refuses a huge one', () => {
    expect(parseManyCodes(' \n , ; ', FIXTURE_OPTIONS)).toEqual([]);
    expect(() => parseManyCodes('x'.repeat(MAX_PASTE_LENGTH + 1), FIXTURE_OPTIONS)).toThrow(
      expect.objectContaining({ kind: 'too-large' }),
    );
  });
});
