import { describe, expect, it } from 'vitest';
import { parseWorkshopFile, toWorkshopFile } from './workshop-file';
import { createJoinCode } from './join-code';
import { MAX_WORKSHOP_RESULTS } from './workshop';
import { realResult, selfCheckWorkshop } from './test-workshops';
import type { AnswerValue } from '../instruments/types';

const code = createJoinCode(() => 0.35, { hideOwnResult: false });
const many = (count: number) => Array.from({ length: count }, (_, i) => realResult(code, ((i % 5) + 1) as AnswerValue, i));
const file = (results: ReturnType<typeof many>) => toWorkshopFile(selfCheckWorkshop(code, results), new Date('2026-12-03T10:00:00Z'));

describe('workshop file: sizes and repeats (issue 18)', () => {
  const full = many(MAX_WORKSHOP_RESULTS + 1);

  it('reads a file with as many results as a workshop holds', () => {
    const parsed = parseWorkshopFile(file(full.slice(0, MAX_WORKSHOP_RESULTS)));
    expect(parsed.ok && parsed.workshop.results.length).toBe(MAX_WORKSHOP_RESULTS);
  });

  it('refuses one result more as too many, not as "not a workshop file"', () => {
    expect(parseWorkshopFile(file(full))).toEqual({ ok: false, error: 'too-many-results' });
  });

  it('counts a result that is in the file twice as a duplicate, not as something wrong', () => {
    const [one, two] = many(2);
    if (!one || !two) throw new Error('no results');
    const parsed = parseWorkshopFile(file([one, two, one, one]));
    expect(parsed.ok && { results: parsed.workshop.results.length, dropped: parsed.dropped, duplicates: parsed.duplicates }).toEqual({ results: 2, dropped: 0, duplicates: 2 });
  });

  it('refuses a result with a part named __proto__ alone, and counts it', () => {
    const [one, two] = many(2);
    const text = file([one!, two!]).replace('"parts": {', '"parts": { "__proto__": { "answers": {}, "marks": [] },');
    const parsed = parseWorkshopFile(text);
    expect(parsed.ok && { results: parsed.workshop.results.length, dropped: parsed.dropped }).toEqual({ results: 1, dropped: 1 });
  });
});

describe('workshop file: the link to an earlier workshop of the same team (decision 75)', () => {
  it('is never written: on another device that id names nothing, or another team', () => {
    const linked = { ...selfCheckWorkshop(code, many(5)), sameTeamAs: 'earlier-id' };
    expect(toWorkshopFile(linked, new Date('2026-12-03T10:00:00Z'))).not.toContain('earlier-id');
  });

  it('is dropped when a file carries one: only the facilitator on this device links a workshop', () => {
    const text = file(many(5)).replace('"results": [', '"sameTeamAs": "someone-elses-workshop",\n    "results": [');
    expect(text).toContain('someone-elses-workshop');
    const parsed = parseWorkshopFile(text);
    expect(parsed.ok && parsed.workshop).not.toHaveProperty('sameTeamAs');
    expect(parsed.ok && parsed.workshop.results).toHaveLength(5);
  });
});
