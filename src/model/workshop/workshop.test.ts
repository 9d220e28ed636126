import { describe, expect, it } from 'vitest';
import { addResults, type Workshop } from './workshop';
import { parseWorkshopFile, toWorkshopFile, workshopFileName } from './workshop-file';
import { createJoinCode } from './join-code';
import { SELF_CHECK } from '../instruments/self-check';
import { toQrPayload } from '../codec/result-code';
import type { AnswerValue } from '../instruments/types';

const r = (fingerprint: string) => ({ fingerprint, answers: { s01: 3 as const } });

const code = createJoinCode(() => 0.5, { hideOwnResult: false });
const answers = (v: AnswerValue) => Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, v]));
const real = (v: AnswerValue) => ({
  fingerprint: toQrPayload({ workshopCode: code, instrument: SELF_CHECK, answers: answers(v), nonce: v }),
  answers: answers(v),
});

const workshop: Workshop = {
  id: 'w1',
  code,
  name: 'Team Noord, 3 december',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results: addResults([], [real(2), real(4)]).results,
};

describe('addResults', () => {
  it('counts each fingerprint once and keeps no order of arrival', () => {
    const first = addResults([], [r('C'), r('A'), r('C')]);
    expect(first).toMatchObject({ added: 2, duplicates: 1 });
    const second = addResults(first.results, [r('B'), r('A')]);
    expect(second.results.map((x) => x.fingerprint)).toEqual(['A', 'B', 'C']);
    expect(second).toMatchObject({ added: 1, duplicates: 1 });
  });
});

describe('workshop file', () => {
  it('round-trips', () => {
    expect(parseWorkshopFile(toWorkshopFile(workshop, new Date()))).toEqual({ ok: true, workshop, dropped: 0 });
  });

  it('drops a result whose code does not match its answers, and counts it', () => {
    const edited = { ...workshop, results: [...workshop.results, { fingerprint: real(1).fingerprint, answers: answers(5) }] };
    const parsed = parseWorkshopFile(toWorkshopFile(edited, new Date()));
    expect(parsed).toEqual({ ok: true, workshop, dropped: 1 });
  });

  it.each([
    ['', 'empty'],
    ['nope', 'not-json'],
    ['{"format":"modusspiegel-backup","version":1}', 'not-a-workshop'],
    ['{"format":"modusspiegel-workshop","version":7}', 'newer-version'],
    ['{"format":"modusspiegel-workshop","version":1,"workshop":{"id":"x"}}', 'not-a-workshop'],
    [' '.repeat(6 * 1024 * 1024) + 'x', 'too-large'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseWorkshopFile(text)).toEqual({ ok: false, error });
  });

  it('names the file after the workshop', () => {
    expect(workshopFileName(workshop, new Date('2026-12-03T12:00:00Z'))).toBe('modusspiegel-workshop-team-noord-3-december-2026-12-03.json');
  });
});
