import { decodeResultCode, toTextCode, type ResultToEncode } from './result-code';
import { MAX_RESULT_FILE_BYTES, parseResultFile, toResultFile, tryParseResultFile } from './result-file';
import { FIXTURE_OPTIONS, FIXTURE_SELF_CHECK, FIXTURE_TEAM_CLIMATE, WORKSHOP } from './test-instruments';

const RESULT: ResultToEncode = {
  workshopCode: WORKSHOP,
  nonce: 77,
  replaces: 76,
  questionnaires: [
    { instrument: FIXTURE_SELF_CHECK, answers: { s01: 5 } },
    { instrument: FIXTURE_TEAM_CLIMATE, answers: { t01: 'na' }, marks: ['t01'] },
  ],
};
const CODE = toTextCode(RESULT);
const kindOf = (text: string) => {
  const outcome = tryParseResultFile(text, FIXTURE_OPTIONS);
  return outcome.ok ? 'ok' : outcome.error.kind;
};
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'modusspiegel-result', version: 1, code: CODE, createdAt: '2025-12-03T10:00:00.000Z', ...fields });

describe('result files', () => {
  it('hold the text code, the format, its version and the time', () => {
    const text = toResultFile(RESULT, new Date('2025-12-03T10:00:00Z'));
    expect(JSON.parse(text)).toEqual({
      format: 'modusspiegel-result',
      version: 1,
      code: CODE,
      createdAt: '2025-12-03T10:00:00.000Z',
    });
    expect(parseResultFile(text, FIXTURE_OPTIONS)).toEqual(decodeResultCode(CODE, FIXTURE_OPTIONS));
  });

  it('are read with a byte-order mark, extra fields or without a time', () => {
    expect(kindOf(`\uFEFF${file({})}`)).toBe('ok');
    expect(kindOf(file({ later: { nested: true } }))).toBe('ok');
    expect(kindOf(file({ createdAt: undefined }))).toBe('ok');
  });

  it('report each problem with its own kind', () => {
    expect(kindOf('')).toBe('empty');
    expect(kindOf('not json')).toBe('not-a-result-file');
    expect(kindOf(CODE)).toBe('not-a-result-file');
    expect(kindOf('[1,2]')).toBe('not-a-result-file');
    expect(kindOf('null')).toBe('not-a-result-file');
    expect(kindOf(JSON.stringify({ format: 'excalidraw' }))).toBe('not-a-result-file');
    expect(kindOf(file({ code: 42 }))).toBe('not-a-result-file');
    expect(kindOf(file({ version: '1' }))).toBe('not-a-result-file');
    expect(kindOf(file({ version: 2 }))).toBe('unknown-format-version');
    expect(kindOf(file({ version: 2, code: 7 }))).toBe('unknown-format-version');
    expect(kindOf(file({ code: CODE.replace(/^MS3/, 'XX3') }))).toBe('not-a-code');
    expect(kindOf(file({ code: CODE.replace(/^MS3/, 'MS4') }))).toBe('unknown-format-version');
    expect(kindOf(file({ code: `${CODE.slice(0, -1)}${CODE.endsWith('Z') ? 'Y' : 'Z'}` }))).toBe('bad-group');
    expect(kindOf(' '.repeat(MAX_RESULT_FILE_BYTES + 1))).toBe('too-large');
    expect(() => parseResultFile('{}', FIXTURE_OPTIONS)).toThrow(expect.objectContaining({ kind: 'not-a-result-file' }));
  });
});
