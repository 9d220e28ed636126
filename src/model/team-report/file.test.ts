import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { toWorkshopFile } from '../workshop/workshop-file';
import { buildTeamReport } from './build';
import { MAX_TEAM_REPORT_BYTES, parseTeamReportFile, teamReportFileName, toTeamReportFile } from './file';
import { bothWorkshop } from './test-report';
import type { TeamReport } from './types';

const report = buildTeamReport(bothWorkshop(7), findInstrument, TEAM_CLIMATE.id, {
  wanted: { support: 62, expectations: 71 },
  actions: [{ what: 'Elke week tien minuten intervisie', who: 'Sam', when: '1 maart' }],
});
if (!report) throw new Error('the fixture should give a report');
const good = toTeamReportFile(report, new Date('2026-11-30T12:00:00Z'));
const parse = (text: string) => parseTeamReportFile(text, findInstrument, TEAM_CLIMATE.id);

describe('team report file', () => {
  it('reads back exactly what was written', () => {
    expect(parse(good)).toEqual({ ok: true, report });
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
    expect(error(good.replace('"version": 1', '"version": 2'))).toBe('newer-version');
    expect(error(toWorkshopFile(bothWorkshop(5), new Date()))).toBe('workshop-file');
    expect(error(good.replace(/"instrumentVersion": 2/, '"instrumentVersion": 99'))).toBe('unknown-questionnaire');
    const noParts = JSON.parse(good) as { report: Record<string, unknown> };
    noParts.report.selfCheck = null;
    noParts.report.climate = null;
    expect(error(JSON.stringify(noParts))).toBe('not-a-report');
  });

  it('refuses figures that no team can have: a mean outside its range, shares that do not add up', () => {
    const edit = (change: (r: { report: TeamReport }) => void) => {
      const json = JSON.parse(good) as { report: TeamReport };
      change(json);
      return parse(JSON.stringify(json)).ok;
    };
    expect(edit(() => undefined)).toBe(true);
    expect(edit((j) => Object.assign(j.report.selfCheck!.window!.radar[0]!, { mean: 99, max: 40 }))).toBe(false);
    expect(edit((j) => Object.assign(j.report.selfCheck!.statements.find((s) => s.split)!.split!, { agree: 1 }))).toBe(false);
    expect(edit((j) => (j.report.climate!.elements as unknown[]).reverse())).toBe(false);
    expect(edit((j) => (j.report.selfCheck!.statements as unknown[]).pop())).toBe(false);
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

describe('team report file, fuzzed', () => {
  const json: unknown = JSON.parse(good);
  const all = leaves(json);
  // Leaves that may be left out or be null: the date of export, the optional parts, rwg.
  const optional = (path: readonly (string | number)[]) => path[0] === 'exportedAt' || path.includes('wanted') || path.includes('actions');

  it('random edits of a real file never throw, and what is accepted is a whole, valid report', () => {
    const edit = fc.tuple(fc.nat(good.length), fc.constantFrom('replace', 'insert', 'delete'), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = edits.reduce((t, [at, kind, piece]) => {
          const i = Math.min(at, t.length);
          if (kind === 'insert') return t.slice(0, i) + piece + t.slice(i);
          if (kind === 'delete') return t.slice(0, i) + t.slice(i + 1);
          return t.slice(0, i) + piece + t.slice(i + piece.length);
        }, good);
        const parsed = parse(text);
        // Accepted: writing it out again and reading it back gives the same report.
        if (parsed.ok) expect(parse(toTeamReportFile(parsed.report, new Date()))).toEqual(parsed);
      }),
      { numRuns: 400 },
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
      { numRuns: 600 },
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
