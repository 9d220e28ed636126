import { describe, expect, it } from 'vitest';
import { decodeResultCode } from './result-code';
import { parseManyCodes } from './many-codes';
import { toTextCode } from './result-code';
import { FIXTURE_OPTIONS, FIXTURE_SELF_CHECK, WORKSHOP } from './test-instruments';

const code = toTextCode({ workshopCode: WORKSHOP, nonce: 77, questionnaires: [{ instrument: FIXTURE_SELF_CHECK, answers: { s01: 3 } }] });

describe('invisible characters copied along with a code', () => {
  it.each([
    ['a leading left-to-right mark', `\u200e${code}`],
    ['a zero-width space inside a block', code.replace('-', '-\u200b')],
    ['a word joiner', code.replace('-', '\u2060-')],
    ['a byte-order mark', `\ufeff${code}`],
  ])('read past: %s', (_, text) => {
    expect(decodeResultCode(text, FIXTURE_OPTIONS).fingerprint).toBe(code.replace(/-/g, ''));
  });

  it('in a pasted list too', () => {
    const pasted = parseManyCodes(`Anna:\u200e ${code}\n\u200b`, FIXTURE_OPTIONS);
    expect(pasted).toHaveLength(1);
    expect(pasted[0]?.outcome.ok).toBe(true);
  });
});
