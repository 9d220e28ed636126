import fc from 'fast-check';
import { findInstrument } from '../instruments/registry';
import { MAX_PASTE_LENGTH, parseManyCodes, splitCodes } from './many-codes';
import { toQrPayload, toTextCode } from './result-code';
import {
  FIXTURE_CLIENT_CHECK,
  FIXTURE_OPTIONS,
  FIXTURE_SELF_CHECK,
  findFixtureInstrument,
  resultArbitrary,
  simpleResult,
  WORKSHOP,
} from './test-instruments';
import { workshopCodeFromValues } from './workshop-code';

const A = toTextCode(simpleResult(FIXTURE_SELF_CHECK, { s01: 1 }, 1));
const B = toTextCode({
  workshopCode: WORKSHOP,
  nonce: 2,
  questionnaires: [{ instrument: FIXTURE_CLIENT_CHECK, answers: { c01: 'na' }, marks: ['c02'] }],
});
const C = toQrPayload(simpleResult(FIXTURE_SELF_CHECK, { s02: 5 }, 3));
/** A code of format version 2 from an older app (docs/result-code.md), for the real self-check. */
const OLD = 'MS1-56F94-E810N-4N5YY-CMWMX-MWMMB-WMG08-0WRCC';

const outcomes = (text: string, options = FIXTURE_OPTIONS) =>
  parseManyCodes(text, options).map((entry) => entry.outcome.ok || entry.outcome.error.kind);
const fingerprints = (text: string) =>
  parseManyCodes(text, FIXTURE_OPTIONS).map((entry) => (entry.outcome.ok ? entry.outcome.value.fingerprint : entry.outcome.error.kind));
const compact = (code: string) => code.replace(/-/g, '');

describe('pasting many codes at once', () => {
  it('splits on lines, commas, semicolons and whitespace', () => {
    expect(splitCodes(`${A}\n${B}\r\n\n${C}`)).toEqual([A, B, C]);
    expect(splitCodes(`${A}, ${B};${C}`)).toEqual([A, B, C]);
    expect(splitCodes(`${A},${B}`)).toEqual([A, B]);
    expect(splitCodes(`${A} ${B.toLowerCase()}\t${C}`)).toEqual([A, B.toLowerCase(), C]);
    expect(splitCodes(`${A}${B}`)).toEqual([`${A}${B}`]);
  });

  it('keeps a code typed with spaces, dashes, or broken over lines, together', () => {
    const spaced = A.replace(/-/g, ' ');
    const dashed = A.replace(/-/g, ' – ');
    const broken = `${A.slice(0, 15)}\n${A.slice(15)}`;
    const brokenInBlock = `${A.slice(0, 13)}\n${A.slice(13)}`;
    expect(splitCodes(`${spaced}\n${dashed}\n${broken}\n${brokenInBlock}`)).toEqual([
      spaced,
      dashed,
      broken.replace('\n', ' '),
      brokenInBlock.replace('\n', ' '),
    ]);
    expect(fingerprints(`${spaced}\n${broken}`)).toEqual([compact(A), compact(A)]);
  });

  it('reads past labels and bullets, and throws them away', () => {
    const chat = `Anna: ${A}\nPiet: ${B}\n[10:32] Noor: ${C}`;
    expect(splitCodes(chat)).toEqual([A, B, C]);
    const bullets = `- ${A}\n• ${B}\n1. ${C}\n2) ${OLD}\n* ${A}`;
    expect(splitCodes(bullets)).toEqual([A, B, C, OLD, A]);
    // Labels made of code characters only (Piet reads P1ET), on the same line as the codes.
    expect(splitCodes(`Piet ${A} Sanne ${B} Jan ${C}`)).toEqual([A, B, C]);
    expect(splitCodes(`Piet ${A.replace(/-/g, ' ')} Sanne ${B.replace(/-/g, ' ')}`)).toEqual([
      A.replace(/-/g, ' '),
      B.replace(/-/g, ' '),
    ]);
    expect(splitCodes(`(${A}). Anna-${B}`)).toEqual([A, B]);
  });

  it('reads old codes (MS1) among new ones', () => {
    expect(splitCodes(`${A}\n${OLD}`)).toEqual([A, OLD]);
    expect(outcomes(`Anna: ${OLD}`, { findInstrument })).toEqual([true]);
    expect(splitCodes(`Anna: ${OLD.replace(/-/g, ' ')} Piet: ${A}`)).toEqual([OLD.replace(/-/g, ' '), A]);
  });

  it('decodes each entry on its own, and reports the ones that fail', () => {
    const typo = `${A.slice(0, -1)}${A.endsWith('Z') ? 'Y' : 'Z'}`;
    const entries = parseManyCodes(`Piet: ${A}\n${typo}\n${B}\n${A}`, FIXTURE_OPTIONS);
    expect(entries.map((entry) => entry.outcome.ok || entry.outcome.error.kind)).toEqual([true, 'bad-group', true, true]);
    expect(entries.map((entry) => entry.text)).toEqual([A, typo, B, A]);
    const found = entries.flatMap((entry) => (entry.outcome.ok ? [entry.outcome.value.fingerprint] : []));
    expect(new Set(found).size).toBe(2);
  });

  it('locates a typo in a code with a label after it, or broken over two lines', () => {
    const groups = A.split('-');
    groups[3] = `${groups[3]?.slice(0, 4)}${groups[3]?.[4] === 'Z' ? 'Y' : 'Z'}`;
    const early = groups.join('-');
    groups[3] = A.split('-')[3] ?? '';
    groups[5] = `${groups[5]?.slice(0, 4)}${groups[5]?.[4] === 'Z' ? 'Y' : 'Z'}`;
    const late = groups.join('-');
    // The first line ends after block 4 (`MS3-XXXXX-XXXXX-XXXXX`), without a hyphen.
    const broken = (code: string) => `${code.slice(0, 21)}\n${code.slice(22)}`;
    const entries = parseManyCodes(`Anna ${early} Piet ${B}\n${broken(early)}\n${broken(late)}\nNoor: ${C}`, FIXTURE_OPTIONS);
    expect(entries.map((entry) => entry.outcome.ok || entry.outcome.error.detail)).toEqual([
      { kind: 'bad-group', group: 4, groupText: early.split('-')[3] },
      true,
      { kind: 'bad-group', group: 4, groupText: early.split('-')[3] },
      { kind: 'bad-group', group: 6, groupText: groups[5] },
      true,
    ]);
    expect(entries.map((entry) => entry.text)).toEqual([
      `${early} Piet`,
      B,
      broken(early).replace('\n', ' '),
      broken(late).replace('\n', ' '),
      C,
    ]);
    // A label on the next line is not taken along.
    const missingLast = A.slice(0, -1);
    expect(splitCodes(`${missingLast}\nPiet: ${B}`)).toEqual([missingLast, B]);
    expect(splitCodes(`${missingLast}\nPiet ${B}`)).toEqual([missingLast, B]);
  });

  it('gives a code for an instrument this app does not know its whole text', () => {
    const onlySelfCheck = { findInstrument: (id: string, version: number) => (id === 'self-check' ? findFixtureInstrument(id, version) : undefined) };
    const entries = parseManyCodes(`Piet ${B.replace(/-/g, ' ')} Anna ${A}`, onlySelfCheck);
    expect(entries.map((entry) => [entry.text, entry.outcome.ok || entry.outcome.error.kind])).toEqual([
      [B.replace(/-/g, ' '), 'unknown-instrument-version'],
      [A, true],
    ]);
  });

  it('does not let text that may be a code disappear without a word', () => {
    expect(outcomes('Piet: hello, and thanks!')).toEqual(['not-a-code']);
    expect(parseManyCodes('Piet: hello\n', FIXTURE_OPTIONS)[0]?.text).toBe('Piet: hello');
    expect(outcomes(`${A}\nNS3-${A.slice(4)}\n${B}`)).toEqual([true, 'not-a-code', true]);
    expect(outcomes(`${A}\n${A.slice(4)}`)).toEqual([true, 'not-a-code']);
    expect(outcomes(`Anna: ${A}\nthanks, see you on 12-03-2025 at 10:30!`)).toEqual([true]);
  });

  it('gives nothing for an empty paste and refuses a huge one', () => {
    expect(parseManyCodes(' \n , ; ', FIXTURE_OPTIONS)).toEqual([]);
    expect(parseManyCodes('', FIXTURE_OPTIONS)).toEqual([]);
    expect(() => parseManyCodes('x'.repeat(MAX_PASTE_LENGTH + 1), FIXTURE_OPTIONS)).toThrow(
      expect.objectContaining({ kind: 'too-large' }),
    );
  });

  it('takes in a long list quickly', () => {
    const list = Array.from({ length: 600 }, (_, i) => `${i + 1}. ${toTextCode(simpleResult(FIXTURE_SELF_CHECK, { s01: 2 }, i))}`).join('\n');
    expect(list.length).toBeLessThan(MAX_PASTE_LENGTH);
    const entries = parseManyCodes(list, FIXTURE_OPTIONS);
    expect(entries).toHaveLength(600);
    expect(entries.every((entry) => entry.outcome.ok)).toBe(true);
  });
});

describe('lists of codes pasted from anywhere (property)', () => {
  const workshopCodes = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 5, maxLength: 5 }).map(workshopCodeFromValues);
  const name = fc
    .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéë'), minLength: 1, maxLength: 12 })
    .filter((text) => !/^ms[0-9oil]/i.test(text));
  const label = fc.oneof(
    fc.constantFrom('', '- ', '• ', '* ', '> ', '1. ', '12) ', '[10:32] Noor: ', 'Jan-Willem: '),
    fc.tuple(name, fc.constantFrom(': ', ' ', ':\n', ' - ')).map(([text, after]) => text + after),
  );
  const separator = fc.constantFrom('-', ' ', ' - ', '–', ' – ', '\n', '-\n', '  ', '');
  const between = fc.constantFrom('\n', '\n\n', '\r\n', ', ', '; ', ' ', '\n \n');
  const typed = fc.record({
    result: resultArbitrary(workshopCodes),
    label,
    separators: fc.array(separator, { minLength: 40, maxLength: 40 }),
    lowerCase: fc.boolean(),
    between,
  });

  it('every code decodes, with its own fingerprint, and no entry is added', () => {
    fc.assert(
      fc.property(fc.array(typed, { minLength: 1, maxLength: 8 }), (codes) => {
        const text = codes
          .map(({ result, label: before, separators, lowerCase, between: after }) => {
            const [tag = '', ...groups] = toTextCode(result).split('-');
            let code = tag;
            groups.forEach((group, i) => (code += `${separators[i] ?? '-'}${group}`));
            return before + (lowerCase ? code.toLowerCase() : code) + after;
          })
          .join('');
        expect(fingerprints(text)).toEqual(codes.map(({ result }) => toQrPayload(result)));
      }),
      { numRuns: 300 },
    );
  });
});
