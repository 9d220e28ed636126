import { describe, expect, it } from 'vitest';
import { parseBackupFile, toBackupFile } from './backup-file';
import type { SavedResult } from './saved-result';
import { scoreSavedResult } from './score-saved';

// A backup as version 1 of the app wrote it, before scales, 'does not apply' and self-check v2.
const v1Result: SavedResult = {
  id: '0b9d7c2e-1111-4000-8000-000000000001',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  answers: { s01: 5, s02: 4, s03: 1, s04: 2, s05: 4, s06: 2, s07: 1, s08: 4, s09: 5, s10: 4, s11: 2, s12: 2, s13: 4, s14: 2, s15: 1, s16: 4 },
  completedAt: '2026-10-01T09:30:00.000Z',
};
const nothingRefused = { refused: 0, clientCollections: [], clientRefused: 0, conversationsRefused: 0 };
const oldBackup = JSON.stringify({ format: 'modusspiegel-backup', version: 1, exportedAt: '2026-10-02T10:00:00.000Z', results: [v1Result] });

describe('backup file', () => {
  it('reads a backup of the first version to the same answers, and still scores it', () => {
    const parsed = parseBackupFile(oldBackup);
    expect(parsed).toEqual({ ok: true, results: [v1Result], ...nothingRefused });
    expect(scoreSavedResult(v1Result)?.placement).toBe('MET');
  });

  it('round-trips, "does not apply" included', () => {
    const withNa: SavedResult = { ...v1Result, id: 'b', instrumentVersion: 2, answers: { s17: 'na', s18: 5 } };
    const parsed = parseBackupFile(toBackupFile([v1Result, withNa], new Date('2026-11-30T00:00:00Z')));
    expect(parsed).toEqual({ ok: true, results: [v1Result, withNa], ...nothingRefused });
  });

  it('leaves out, and counts, results of an unknown questionnaire or without any answer', () => {
    const unknown = { ...v1Result, id: 'u', instrumentId: 'other-check' };
    const newer = { ...v1Result, id: 'n', instrumentVersion: 99 };
    const empty = { ...v1Result, id: 'e', answers: {} };
    const parsed = parseBackupFile(toBackupFile([v1Result, unknown, newer, empty], new Date()));
    expect(parsed).toEqual({ ok: true, results: [v1Result], ...nothingRefused, refused: 3 });
  });
});

describe('own results are checked against their questionnaire, one by one', () => {
  // History entries carry no code: only their questionnaire can say whether the app made them.
  it.each([
    ['a statement the questionnaire does not have', { s01: 5, s99: 3 }],
    ['a statement of another version', { s01: 5, s17: 3 }],
    ['"does not apply" where version 1 never offered it', { s01: 5, s02: 'na' }],
    ['an answer outside 1–5', { s01: 5, s02: 6 }],
    ['markup as a statement id', { s01: 5, '<img src=x onerror=alert(1)>': 3 }],
    // JSON keeps "__proto__" as data, but a parsed record would make it vanish (found by the fuzz suite).
    ['"__proto__" as a statement id', { s01: 5, ['__proto__']: 3 }],
  ])('refuses a result with %s, and restores the others', (_, answers) => {
    const forged = { ...v1Result, id: 'forged', answers };
    const parsed = parseBackupFile(toBackupFile([v1Result, forged as SavedResult], new Date()));
    expect(parsed).toEqual({ ok: true, results: [v1Result], ...nothingRefused, refused: 1 });
  });
});

describe('ids from a file', () => {
  it.each(['a/b', '..', 'x?y', 'x#y', 'a b'])('makes %j safe for an address, the same way every time', (id) => {
    const text = toBackupFile([{ ...v1Result, id }], new Date());
    const first = parseBackupFile(text);
    const second = parseBackupFile(text);
    if (!first.ok || !second.ok) throw new Error('should parse');
    expect(first.results[0]?.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.results[0]?.id).toBe(second.results[0]?.id);
  });
});
