import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { toWorkshopFile } from '../workshop/workshop-file';
import { buildTeamReport } from './build';
import { MAX_TEAM_REPORT_BYTES, parseTeamReportFile, teamReportFileName, toTeamReportFile } from './file';
// The same report as a version-1 file, as the app wrote it before version 2 (with the lowest and highest values),
// as a version-2 file, as the app wrote it before version 3 (a mode nobody answered as 0 ± 0, no agenda),
// and as a version-3 file, as the app wrote it before version 4 (every share, a part of one person named).
import old from './fixtures/team-report-version1.json?raw';
import old2 from './fixtures/team-report-version2.json?raw';
import old3 from './fixtures/team-report-version3.json?raw';
import { bothWorkshop, keysOf } from './test-report';
import { SPLIT_PARTS, type AnswerSplit, type TeamReport } from './types';

/** A split as the disclosure rule lets a file show it: whole (adding up to 100), agree alone, disagree alone, or nothing. */
function disclosable(split: AnswerSplit | null): boolean {
  if (split === null) return true;
  const shown = SPLIT_PARTS.filter((p) => split[p] !== null);
  if (shown.length === 3) return SPLIT_PARTS.reduce((sum, p) => sum + (split[p] ?? 0), 0) === 100;
  return shown.length === 0 || (shown.length === 1 && shown[0] !== 'neither');
}
const splitsOf = (r: TeamReport) => [...(r.selfCheck?.statements.map((s) => s.split) ?? []), ...r.differences.map((d) => d.split)];

const report = buildTeamReport(bothWorkshop(7), findInstrument, TEAM_CLIMATE.id, {
  wanted: { support: 62, expectations: 71 },
  actions: [{ what: 'Elke week tien minuten intervisie', who: 'Sam', when: '1 maart' }],
});
if (!report) throw new Error('the fixture should give a report');
const REPORT_ID = '0123456789abcdef';
const good = toTeamReportFile(report, { reportId: REPORT_ID }, new Date('2026-11-30T12:00:00Z'));
/** The same report as a version-4 file, as the app wrote it before version 5: no ids. */
const version4 = (() => {
  const json = JSON.parse(good) as { version: number; report: Record<string, unknown> };
  delete json.report.reportId;
  return JSON.stringify({ ...json, version: 4 }, null, 2);
})();
const parse = (text: string) => parseTeamReportFile(text, findInstrument, TEAM_CLIMATE.id);
const keyList = (value: unknown) => [...keysOf(value)];

describe('team report file', () => {
  it('reads back exactly what was written', () => {
    expect(JSON.parse(good)).toMatchObject({ version: 5 });
    expect(parse(good)).toEqual({ ok: true, report: { ...report, reportId: REPORT_ID } });
  });

  it('carries the report id and the same-team link (version 5); a version-4 file opens without ids', () => {
    const linked = toTeamReportFile(report, { reportId: REPORT_ID, sameTeamAs: 'fedcba9876543210' }, new Date());
    expect(parse(linked)).toMatchObject({ ok: true, report: { reportId: REPORT_ID, sameTeamAs: 'fedcba9876543210' } });
    const four = parse(version4);
    expect(four).toEqual({ ok: true, report });
    // A version-4 file that claims an id does not get one: ids came with version 5.
    const claimed = JSON.parse(version4) as { report: Record<string, unknown> };
    claimed.report.reportId = REPORT_ID;
    expect(parse(JSON.stringify(claimed))).toEqual({ ok: true, report });
  });

  it("keeps the workshop's word for the people worked with, and reads a file without it as \"cliënt\"", () => {
    const youth = buildTeamReport(bothWorkshop(7, 1, { personWord: 'youth' }), findInstrument, TEAM_CLIMATE.id, {});
    expect(youth?.personWord).toBe('youth');
    const text = toTeamReportFile(youth as TeamReport, { reportId: REPORT_ID }, new Date());
    expect(parse(text)).toMatchObject({ ok: true, report: { personWord: 'youth' } });
    const plain = parse(good);
    expect(plain.ok && plain.report.personWord).toBeUndefined();
  });

  it('refuses a version-5 file without its id, with an id of the wrong shape, or linked to itself', () => {
    const edit = (change: (r: Record<string, unknown>) => void) => {
      const json = JSON.parse(good) as { report: Record<string, unknown> };
      change(json.report);
      return parse(JSON.stringify(json)).ok;
    };
    expect(edit(() => undefined)).toBe(true);
    expect(edit((r) => delete r.reportId)).toBe(false);
    expect(edit((r) => (r.reportId = 'Team Noord'))).toBe(false);
    expect(edit((r) => (r.sameTeamAs = 'not an id'))).toBe(false);
    expect(edit((r) => (r.sameTeamAs = REPORT_ID))).toBe(false);
  });

  it('opens a version-3 file, held against the disclosure rule: a split with a part of one person is withheld whole', () => {
    type Old = { report: { selfCheck: { statements: { itemId: string; split: { unlabelled: string[] } | null }[] }; differences: { itemId: string; split: { unlabelled: string[] } }[] } };
    const json = JSON.parse(old3) as Old;
    const onePerson = json.report.selfCheck.statements.filter((s) => (s.split?.unlabelled.length ?? 0) > 0).map((s) => s.itemId);
    // The fixture must hold such a split ("Oneens: één persoon"), or this test could not fail.
    expect(onePerson.length).toBeGreaterThan(0);
    const parsed = parse(old3);
    if (!parsed.ok) throw new Error(`the version-3 file should open, not: ${parsed.error}`);
    for (const itemId of onePerson) {
      expect(parsed.report.selfCheck?.statements.find((s) => s.itemId === itemId)?.split).toEqual({ disagree: null, neither: null, agree: null });
    }
    expect(splitsOf(parsed.report).every(disclosable)).toBe(true);
    expect(keyList(parsed.report)).not.toContain('unlabelled');
    // The SD of each statement where you differ is not handed on (version 4 holds none).
    expect(parsed.report.differences.map((d) => Object.keys(d).sort().join())).toEqual(parsed.report.differences.map(() => 'instrumentId,itemId,split'));
    expect(parsed.report.agenda).toEqual((JSON.parse(old3) as { report: TeamReport }).report.agenda);
  });

  it('opens a version-3 file whose spoke has no SD (one person) as a withheld spoke', () => {
    const json = JSON.parse(old3) as { report: { selfCheck: { window: { radar: { mean: number | null; sd: number | null }[] } } } };
    Object.assign(json.report.selfCheck.window.radar[2]!, { mean: 38, sd: null });
    const parsed = parse(JSON.stringify(json));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.report.selfCheck?.window?.radar[2]).toEqual({ mode: 'NIET', status: 'withheld' });
  });

  it('opens a version-2 file: where you differ is its own self-check list, and it says nothing of an agenda', () => {
    const parsed = parse(old2);
    if (!parsed.ok) throw new Error(`the version-2 file should open, not: ${parsed.error}`);
    // The window and the scales as now; the splits as the disclosure rule lets them be read.
    expect(parsed.report.selfCheck?.scales).toEqual(report.selfCheck?.scales);
    expect(parsed.report.selfCheck?.window?.centre).toEqual(report.selfCheck?.window?.centre);
    expect(parsed.report.differences.length).toBeGreaterThan(0);
    expect(splitsOf(parsed.report).every(disclosable)).toBe(true);
    expect(parsed.report).not.toHaveProperty('agenda');
    expect(keyList(parsed.report)).not.toContain('disputed');
  });

  it('opens a version-2 file whose spoke reads "38 ± 0" (one person, as version 2 wrote it) as a withheld spoke', () => {
    const json = JSON.parse(old2) as { report: { selfCheck: { window: { radar: { mean: number; sd: number }[] } } } };
    Object.assign(json.report.selfCheck.window.radar[2]!, { mean: 38, sd: 0 });
    const parsed = parse(JSON.stringify(json));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.report.selfCheck?.window?.radar[2]).toEqual({ mode: 'NIET', status: 'withheld' });
  });

  it('opens a version-1 file without its lowest and highest values; the radar has no SD then', () => {
    expect(keyList(JSON.parse(old))).toEqual(expect.arrayContaining(['min', 'max']));
    const parsed = parse(old);
    if (!parsed.ok) throw new Error(`the version-1 file should open, not: ${parsed.error}`);
    expect(keyList(parsed.report)).not.toContain('min');
    expect(keyList(parsed.report)).not.toContain('max');
    // Everything else is what version 2 held of the same workshop, but the climate's temperature
    // and means, which version 1 kept to one decimal (now whole numbers, as shown: decision 63).
    const window = report.selfCheck!.window!;
    const { climate: oldClimate } = parsed.report;
    const { climate: newClimate } = report;
    expect(parsed.report.selfCheck?.scales).toEqual(report.selfCheck?.scales);
    expect(parsed.report.selfCheck?.window?.radar).toEqual(window.radar.map((r) => (r.status === 'shown' ? { ...r, sd: null } : r)));
    expect(splitsOf(parsed.report).every(disclosable)).toBe(true);
    if (!oldClimate || !newClimate) throw new Error('both should hold the climate');
    expect(Math.round(oldClimate.temperature)).toBe(newClimate.temperature);
    oldClimate.elements.forEach((e, i) => expect(Math.round(e.mean)).toBe(newClimate.elements[i]?.mean));
    expect({ ...oldClimate, temperature: 0, elements: [], energy: null }).toEqual({ ...newClimate, temperature: 0, elements: [], energy: null });
  });

  it('checks a version-1 file as strictly as when it was written', () => {
    const edit = (change: (r: { report: Record<string, unknown> }) => void) => {
      const json = JSON.parse(old) as { report: Record<string, unknown> };
      change(json);
      return parse(JSON.stringify(json)).ok;
    };
    type Old = { selfCheck: { window: { radar: Record<string, number>[] } }; climate: { elements: Record<string, number>[]; spread: Record<string, number> } };
    const o = (j: { report: Record<string, unknown> }) => j.report as unknown as Old;
    expect(edit(() => undefined)).toBe(true);
    expect(edit((j) => Object.assign(o(j).selfCheck.window.radar[0]!, { mean: 99, max: 40 }))).toBe(false);
    expect(edit((j) => delete o(j).selfCheck.window.radar[0]!.min)).toBe(false);
    expect(edit((j) => Object.assign(o(j).climate.elements[1]!, { min: 100 }))).toBe(false);
    expect(edit((j) => Object.assign(o(j).climate.spread, { min: 90, max: 10 }))).toBe(false);
  });

  it('is named after the team and the day', () => {
    expect(teamReportFileName(report)).toBe('modusspiegel-team-team-noord-2026-11-30.json');
    expect(teamReportFileName({ ...report, name: '=€€€' })).toBe('modusspiegel-team-rapport-2026-11-30.json');
  });

  it('gives each kind of wrong file its own answer', () => {
    const error = (text: string) => {
      const parsed = parse(text);
      return parsed.ok ? 'accepted' : parsed.error;
    };
    expect(error('  ')).toBe('empty');
    expect(error('{"format":')).toBe('not-json');
    expect(error('{"format":"something-else","version":1}')).toBe('not-a-report');
    expect(error(' '.repeat(MAX_TEAM_REPORT_BYTES) + good)).toBe('too-large');
    expect(error(good.replace('"version": 5', '"version": 6'))).toBe('newer-version');
    expect(error(good.replace('"version": 5', '"version": 0'))).toBe('not-a-report');
    expect(error(toWorkshopFile(bothWorkshop(5), new Date()))).toBe('workshop-file');
    expect(error(good.replace(/"instrumentVersion": 2/, '"instrumentVersion": 99'))).toBe('unknown-questionnaire');
    const noParts = JSON.parse(good) as { report: Record<string, unknown> };
    noParts.report.selfCheck = null;
    noParts.report.climate = null;
    expect(error(JSON.stringify(noParts))).toBe('not-a-report');
  });

  it('refuses figures that no team can have: an SD out of range or left out, shares that do not add up', () => {
    const edit = (change: (r: { report: TeamReport }) => void) => {
      const json = JSON.parse(good) as { report: TeamReport };
      change(json);
      return parse(JSON.stringify(json)).ok;
    };
    expect(edit(() => undefined)).toBe(true);
    expect(edit((j) => Object.assign(j.report.selfCheck!.window!.radar[0]!, { sd: -1 }))).toBe(false);
    expect(edit((j) => delete (j.report.selfCheck!.window!.radar[0] as { sd?: number }).sd)).toBe(false);
    // A withheld figure is not there at all (version 4): a shown spoke has both a mean and an SD.
    expect(edit((j) => Object.assign(j.report.selfCheck!.window!.radar[0]!, { mean: null, sd: null }))).toBe(false);
    expect(edit((j) => ((j.report.selfCheck!.window!.radar as unknown[])[0] = { mode: 'MET', status: 'withheld' }))).toBe(true);
    // Shares only as the disclosure rule shows them: never the middle alone, never two of three.
    const split = (j: { report: TeamReport }) => j.report.differences[0]!.split;
    expect(edit((j) => Object.assign(split(j), { disagree: null, neither: 40, agree: null }))).toBe(false);
    expect(edit((j) => Object.assign(split(j), { disagree: 38, neither: null, agree: 50 }))).toBe(false);
    expect(edit((j) => Object.assign(split(j), { disagree: null, neither: null, agree: 50 }))).toBe(true);
    expect(edit((j) => Object.assign(split(j), { disagree: 38, neither: 12, agree: 49 }))).toBe(false);
    // Where you differ and the agenda name statements of the questionnaires the report shows.
    expect(edit((j) => Object.assign(j.report.differences[0]!, { itemId: 'zz99' }))).toBe(false);
    expect(edit((j) => Object.assign(j.report, { agenda: [{ instrumentId: 'self-check', itemId: 'zz99' }] }))).toBe(false);
    expect(edit((j) => delete (j.report.climate!.elements[0] as { sd?: number }).sd)).toBe(false);
    expect(edit((j) => delete (j.report.climate!.spread as { sd?: number }).sd)).toBe(false);
    expect(edit((j) => Object.assign(j.report.selfCheck!.statements.find((s) => s.split && s.split.agree !== null && s.split.neither !== null)!.split!, { agree: 1 }))).toBe(false);
    expect(edit((j) => (j.report.climate!.elements as unknown[]).reverse())).toBe(false);
    expect(edit((j) => (j.report.selfCheck!.statements as unknown[]).pop())).toBe(false);
  });

  it('never hands on a lowest or highest value, even when a file of this version holds one', () => {
    const json = JSON.parse(good) as { report: { selfCheck: { window: { radar: object[] } }; climate: { elements: object[]; spread: object } } };
    Object.assign(json.report.selfCheck.window.radar[0]!, { min: 3, max: 97 });
    Object.assign(json.report.climate.elements[0]!, { min: 3, max: 97 });
    Object.assign(json.report.climate.spread, { min: 3, max: 97 });
    const parsed = parse(JSON.stringify(json));
    expect(parsed).toEqual({ ok: true, report: { ...report, reportId: REPORT_ID } });
  });
});

/** Every path in a JSON value to a leaf, with the leaf. */
function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  path.slice(0, -1).forEach((key) => (node = node[key] as Record<string | number, unknown>));
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe.each([
  ['version 5', good],
  ['version 4', version4],
  ['version 3', old3],
  ['version 2', old2],
  ['version 1', old],
])('team report file of %s, fuzzed', (_, file) => {
  const json: unknown = JSON.parse(file);
  const all = leaves(json);
  // Leaves that may be left out or be null: the date of export, the optional parts, rwg.
  const optional = (path: readonly (string | number)[]) => path[0] === 'exportedAt' || path.includes('wanted') || path.includes('actions');

  it('random edits of a real file never throw, and what is accepted is a whole, valid report without lowest or highest values', () => {
    const edit = fc.tuple(fc.nat(file.length), fc.constantFrom('replace', 'insert', 'delete'), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = edits.reduce((t, [at, kind, piece]) => {
          const i = Math.min(at, t.length);
          if (kind === 'insert') return t.slice(0, i) + piece + t.slice(i);
          if (kind === 'delete') return t.slice(0, i) + t.slice(i + 1);
          return t.slice(0, i) + piece + t.slice(i + piece.length);
        }, file);
        const parsed = parse(text);
        if (!parsed.ok) return;
        expect(keyList(parsed.report).filter((k) => k === 'min' || k === 'max')).toEqual([]);
        // What was read is a version-5 report: writing it out again (with its ids) and reading it back gives the same report.
        const { reportId = REPORT_ID, sameTeamAs } = parsed.report;
        const ids = sameTeamAs === undefined ? { reportId } : { reportId, sameTeamAs };
        if (parsed.report.agenda !== undefined) expect(parse(toTeamReportFile(parsed.report, ids, new Date()))).toEqual({ ok: true, report: { ...parsed.report, reportId } });
      }),
      { numRuns: 300 },
    );
  });

  it('a field of the wrong type or far out of range is never accepted', () => {
    const bad = fc.constantFrom<unknown>('12', true, {}, [], 1e9, -1e9, 'x'.repeat(600));
    fc.assert(
      fc.property(fc.nat(all.length - 1), bad, (at, value) => {
        const leaf = all[at];
        if (!leaf) return;
        // A long text in a free-text field is refused by length; other texts by enum or regex.
        const mutated = setAt(json, leaf.path, value);
        const parsed = parse(JSON.stringify(mutated));
        if (typeof leaf.value === 'string' && typeof value === 'string' && value.length < 100 && ['what', 'who', 'when', 'name', 'exportedAt'].includes(String(leaf.path.at(-1)))) return;
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a required field left out is never accepted', () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), (at) => {
        const leaf = all[at];
        if (!leaf || optional(leaf.path) || typeof leaf.path.at(-1) === 'number' || leaf.path.at(-1) === 'unlabelled') return;
        expect(parse(JSON.stringify(setAt(json, leaf.path, undefined))).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
