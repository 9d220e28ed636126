import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { buildTeamReport } from '../team-report/build';
import type { TeamReport } from '../team-report/types';
import { demoWorkshop } from './demo';
import { compareMeans, thenAndNow, wallReport, Z_95 } from './then-and-now';
import { wallFigures } from './wall';
import type { Workshop } from './workshop';

describe('compareMeans', () => {
  it('calls a difference a change only beyond 1.96 · √(SD₁²/n₁ + SD₂²/n₂)', () => {
    // SD 10, n 4 on both sides: margin = 1.96 · √(25 + 25) = 13.86.
    const small = compareMeans({ mean: 50, sd: 10, n: 4 }, { mean: 63, sd: 10, n: 4 });
    expect(small.margin).toBeCloseTo(13.859, 3);
    expect(small.difference).toBe(13);
    expect(small.changed).toBe(false);
    const large = compareMeans({ mean: 50, sd: 10, n: 4 }, { mean: 35, sd: 10, n: 4 });
    expect(large.difference).toBe(-15);
    expect(large.changed).toBe(true);
  });

  it('needs a larger difference in a smaller or more divided team', () => {
    const team = (sd: number, n: number) => compareMeans({ mean: 50, sd, n }, { mean: 60, sd, n });
    expect(team(10, 20).changed).toBe(true);
    expect(team(10, 5).changed).toBe(false);
    expect(team(25, 20).changed).toBe(false);
  });

  it('never calls a change with fewer than two people on a side', () => {
    const one = compareMeans({ mean: 0, sd: 0, n: 1 }, { mean: 100, sd: 0, n: 8 });
    expect(one.margin).toBe(Number.POSITIVE_INFINITY);
    expect(one.changed).toBe(false);
  });
});

describe('thenAndNow on the team report\'s figures', () => {
  const real = (w: Workshop): Workshop => ({ ...w, demo: undefined });
  const now = real(demoWorkshop({ id: 'now', name: 'Team Noord', createdAt: '2026-12-03T09:00:00.000Z' }));
  const then = { ...real(demoWorkshop({ id: 'then', name: 'Team Noord', createdAt: '2025-12-03T09:00:00.000Z' })), results: now.results.slice(2) };
  const report = (w: Workshop) => {
    const r = buildTeamReport(w, findInstrument, TEAM_CLIMATE.id);
    if (!r) throw new Error('no report');
    return r;
  };
  const nowWall = wallFigures(now, now.results, findInstrument);

  it('compares the numbers each report shows: then and now are the files\' 0.1 values, so the wall reads the report\'s whole numbers', () => {
    const c = thenAndNow(report(then), wallReport(nowWall), findInstrument);
    const t = report(then);
    const n = report(now);
    expect(c.centre?.support.then).toBe(t.selfCheck?.window?.centre.support);
    expect(c.centre?.expectations.now).toBe(n.selfCheck?.window?.centre.expectations);
    expect(c.temperature?.then).toBe(t.climate?.temperature);
    expect(c.temperature?.now).toBe(n.climate?.temperature);
    // The margin uses the SD and the count the report holds for the scale.
    const sd = (r: typeof t, scale: string) => r.selfCheck?.scales.find((s) => s.scale === scale)?.sd ?? Number.NaN;
    expect(c.centre?.support.margin).toBeCloseTo(Z_95 * Math.sqrt(sd(t, 'support') ** 2 / 6 + sd(n, 'support') ** 2 / 8), 10);
  });

  it('takes the earlier side from a team report alone, as one kept without its raw answers', () => {
    const kept = JSON.parse(JSON.stringify(report(then))) as TeamReport;
    expect(thenAndNow(kept, wallReport(nowWall), findInstrument)).toEqual(thenAndNow(report(then), wallReport(nowWall), findInstrument));
  });

  it('never compares a side below its minimum, even when the report holds the part', () => {
    const t = report(then);
    const raised = { ...t, minRespondents: 7 };
    expect(thenAndNow(raised, wallReport(nowWall), findInstrument)).toEqual({ centre: null, temperature: null });
  });

  it('compares nothing between other versions of a questionnaire', () => {
    const t = report(then);
    const other = { ...t, selfCheck: t.selfCheck && { ...t.selfCheck, instrumentVersion: 1 }, climate: null };
    expect(thenAndNow(other, wallReport(nowWall), findInstrument)).toEqual({ centre: null, temperature: null });
  });
});
