import { describe, expect, it } from 'vitest';
import { answerSetsOf, type WorkshopResult } from './workshop';
import { addResults } from './result-set';
import { parseWorkshopFile, toWorkshopFile, workshopFileName } from './workshop-file';
import { createJoinCode } from './join-code';
import { SELF_CHECK } from '../instruments/self-check';
import { realResult, sameAnswer, selfCheckWorkshop } from './test-workshops';

const r = (fingerprint: string, nonce?: number, replaces?: number): WorkshopResult => ({
  fingerprint,
  parts: { [SELF_CHECK.id]: { answers: { s01: 3 }, marks: [] } },
  ...(nonce === undefined ? {} : { nonce }),
  ...(replaces === undefined ? {} : { replaces }),
});

const code = createJoinCode(() => 0.5, { hideOwnResult: false });
const workshop = selfCheckWorkshop(code, addResults([], [realResult(code, 2), realResult(code, 4)]).results);

describe('addResults', () => {
  it('counts each fingerprint once and keeps no order of arrival', () => {
    const first = addResults([], [r('C'), r('A'), r('C')]);
    expect(first).toMatchObject({ added: 2, duplicates: 1 });
    const second = addResults(first.results, [r('B'), r('A')]);
    expect(second.results.map((x) => x.fingerprint)).toEqual(['A', 'B', 'C']);
    expect(second).toMatchObject({ added: 1, duplicates: 1 });
  });

  it('lets a later result of the same phone take the place of the earlier one', () => {
    const first = addResults([], [r('A', 1), r('B', 2)]);
    const again = addResults(first.results, [r('C', 3, 1)]);
    expect(again.results.map((x) => x.fingerprint)).toEqual(['B', 'C']);
    expect(again).toMatchObject({ added: 1, replaced: 1, duplicates: 0 });
  });

  it('does not bring back an earlier result that arrives after the one that replaced it', () => {
    const replacedFirst = addResults([], [r('C', 3, 1)]);
    const late = addResults(replacedFirst.results, [r('A', 1)], replacedFirst.retired);
    expect(late.results.map((x) => x.fingerprint)).toEqual(['C']);
    expect(late).toMatchObject({ added: 0, duplicates: 0, superseded: 1 });
  });

  it('adds a replacement whose earlier result never arrived as a plain result', () => {
    expect(addResults([r('B', 2)], [r('C', 3, 1)])).toMatchObject({ added: 1, replaced: 0 });
  });
});

describe('answerSetsOf', () => {
  it('gives one answer set per result that holds the questionnaire', () => {
    expect(answerSetsOf(workshop, SELF_CHECK.id)).toHaveLength(2);
    expect(answerSetsOf(workshop, 'team-climate')).toEqual([]);
  });
});

describe('workshop file', () => {
  it('round-trips', () => {
    expect(parseWorkshopFile(toWorkshopFile(workshop, new Date()))).toEqual({ ok: true, workshop, dropped: 0, duplicates: 0 });
  });

  it('drops a result whose code does not match its answers, and counts it', () => {
    const forged = { ...realResult(code, 1), parts: { [SELF_CHECK.id]: { answers: sameAnswer(5), marks: [] } } };
    const parsed = parseWorkshopFile(toWorkshopFile({ ...workshop, results: [...workshop.results, forged] }, new Date()));
    expect(parsed).toEqual({ ok: true, workshop, dropped: 1, duplicates: 0 });
  });

  it('reads a file of version 1 (one questionnaire, names): same answers, names gone', () => {
    // A version-1 file as the app wrote it before: a format-2 code for workshop K7MQ45 with the
    // name "Sam", answered 1, 2, 3, 4, 5, 1, … (docs/result-code.md).
    const answers = Object.fromEntries(SELF_CHECK.items.map((item, i) => [item.id, (i % 5) + 1]));
    const v1 = {
      format: 'modusspiegel-workshop',
      version: 1,
      exportedAt: '2026-11-01T10:00:00.000Z',
      workshop: {
        id: 'old',
        code: 'K7MQ45',
        name: 'Oud',
        instrumentId: 'self-check',
        instrumentVersion: 1,
        minRespondents: 5,
        // K is 19: the lowest bit of the first symbol says "results only together".
        hideOwnResult: true,
        createdAt: '2026-11-01T09:00:00.000Z',
        results: [{ fingerprint: 'MS156F94E810N4N5YYCMWMXMWMMBWMR3BADGPNVTJAM', answers, name: 'Sam' }],
      },
    };
    const parsed = parseWorkshopFile(JSON.stringify(v1));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dropped).toBe(0);
    expect(parsed.workshop.questionnaires).toEqual([{ instrumentId: 'self-check', instrumentVersion: 1 }]);
    const [result] = parsed.workshop.results;
    expect(result?.parts['self-check']?.answers).toEqual(answers);
    expect(result?.nonce).toBe(0x2a5f3);
    // The name is gone from the stored code as well: it is the plain example of docs/result-code.md.
    expect(result?.fingerprint).toBe('MS156F94E810N4N5YYCMWMXMWMMBWMG080WRCC');
    expect(JSON.stringify(parsed.workshop)).not.toContain('Sam');
  });

  it.each([
    ['', 'empty'],
    ['nope', 'not-json'],
    ['{"format":"modusspiegel-backup","version":1}', 'not-a-workshop'],
    ['{"format":"modusspiegel-workshop","version":7}', 'newer-version'],
    ['{"format":"modusspiegel-workshop","version":1,"workshop":{"id":"x"}}', 'not-a-workshop'],
    ['{"format":"modusspiegel-workshop","version":2,"workshop":{"id":"x"}}', 'not-a-workshop'],
    [' '.repeat(6 * 1024 * 1024) + 'x', 'too-large'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseWorkshopFile(text)).toEqual({ ok: false, error });
  });

  it('names the file after the workshop', () => {
    expect(workshopFileName(workshop, new Date('2026-12-03T12:00:00Z'))).toBe('modusspiegel-workshop-team-noord-3-december-2026-12-03.json');
  });
});
