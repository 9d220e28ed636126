import { describe, expect, it } from 'vitest';
import { addResults, type Workshop } from './workshop';
import { parseWorkshopFile, toWorkshopFile, workshopFileName } from './workshop-file';

const r = (fingerprint: string) => ({ fingerprint, answers: { s01: 3 as const } });

const workshop: Workshop = {
  id: 'w1',
  code: 'ABCDEF',
  name: 'Team Noord, 3 december',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results: [r('B'), r('A')],
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
    expect(parseWorkshopFile(toWorkshopFile(workshop, new Date()))).toEqual({ ok: true, workshop });
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
