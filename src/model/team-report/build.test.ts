import { describe, expect, it } from 'vitest';
import { elementLevel, temperatureBand } from '../climate/temperature';
import { climateOfTeam } from '../climate/team';
import { CURRENT_SELF_CHECK, findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { aggregateTeam } from '../team/aggregate';
import { demoWorkshop } from '../workshop/demo';
import { wallFigures } from '../workshop/wall';
import { answerSetsOf } from '../workshop/workshop';
import { buildTeamReport, reportRadar } from './build';
import { toTeamReportFile } from './file';
import { bothWorkshop, keysOf } from './test-report';

const build = (w: ReturnType<typeof bothWorkshop>, extras = {}) => buildTeamReport(w, findInstrument, TEAM_CLIMATE.id, extras);

describe('buildTeamReport', () => {
  it('is null while no questionnaire has reached the minimum', () => {
    expect(build(bothWorkshop(4))).toBeNull();
  });

  it('holds the team profile and climate as the app computes them, rounded as shown', () => {
    const w = bothWorkshop(7);
    const report = build(w);
    const profile = aggregateTeam(CURRENT_SELF_CHECK, answerSetsOf(w, CURRENT_SELF_CHECK.id), { minRespondents: 5 });
    const climate = climateOfTeam(TEAM_CLIMATE, answerSetsOf(w, TEAM_CLIMATE.id), { minRespondents: 5 });
    if (profile.status !== 'shown' || !profile.window || climate.status !== 'shown' || !report?.selfCheck?.window || !report.climate) {
      throw new Error('both parts should be shown');
    }
    expect(report.name).toBe('Team Noord');
    expect(report.date).toBe('2026-11-30');
    expect(report.selfCheck.count).toBe(7);
    expect(report.selfCheck.window.centre.support).toBeCloseTo(profile.window.centre.support, 1);
    expect(report.selfCheck.window.centre.expectations).toBeCloseTo(profile.window.centre.expectations, 1);
    expect(report.selfCheck.window.placement).toBe(profile.window.placement);
    expect(report.differences.length).toBeGreaterThan(0);
    expect(report.selfCheck.statements).toHaveLength(CURRENT_SELF_CHECK.items.length);
    // The climate's numbers as the screens show them (whole numbers), so the band and the levels,
    // decided on those numbers, agree with the report's own figures.
    expect(report.climate.temperature).toBe(Math.round(climate.temperature));
    expect(report.climate.band).toBe(climate.reading.band);
    expect(report.climate.band).toBe(temperatureBand(report.climate.temperature));
    report.climate.elements.forEach((e, i) => {
      expect(e.mean).toBe(Math.round(climate.elements[i]?.mean ?? Number.NaN));
      expect(e.level).toBe(elementLevel(e.mean));
    });
  });

  it('holds the spread as the SD, as the wall shows it, where the model also knows lowest and highest', () => {
    const w = bothWorkshop(7);
    const report = build(w);
    const profile = aggregateTeam(CURRENT_SELF_CHECK, answerSetsOf(w, CURRENT_SELF_CHECK.id), { minRespondents: 5 });
    const climate = climateOfTeam(TEAM_CLIMATE, answerSetsOf(w, TEAM_CLIMATE.id), { minRespondents: 5 });
    if (profile.status !== 'shown' || !profile.window || climate.status !== 'shown' || !report?.selfCheck?.window || !report.climate) {
      throw new Error('both parts should be shown');
    }
    const sds = (radar: readonly { status: string; sd?: number | null }[]) => radar.map((r) => (r.status === 'shown' ? r.sd : 'withheld'));
    expect(sds(report.selfCheck.window.radar)).toEqual(sds(profile.window.radar).map((sd) => (typeof sd === 'number' ? Math.round(sd * 10) / 10 : sd)));
    expect(report.climate.elements.map((e) => e.sd)).toEqual(climate.elements.map((e) => Math.round(e.sd * 10) / 10));
    expect(report.climate.spread).toEqual({ sd: Math.round(climate.spread.sd * 10) / 10 });
    // The SDs are real spreads, not zeros standing in for them.
    expect(report.selfCheck.window.radar.every((r) => r.status === 'shown' && r.sd !== null && r.sd > 0)).toBe(true);
    expect(keysOf(report).has('min') || keysOf(report).has('max')).toBe(false);
  });

  it('writes no dot, answer, code, fingerprint or nonce, and no lowest or highest value: only the keys of the documented format', () => {
    const w = bothWorkshop(9);
    const json: unknown = JSON.parse(toTeamReportFile(build(w, { wanted: { support: 60, expectations: 70 }, actions: [{ what: 'a', who: 'b', when: 'c' }] })!, { reportId: '0123456789abcdef', sameTeamAs: 'fedcba9876543210' }, new Date()));
    const allowed = new Set(
      ('format version exportedAt report reportId sameTeamAs name date minRespondents selfCheck climate wanted actions what who when instrumentId instrumentVersion ' +
        'count incomplete scales scale centre sd agreement rwg band window ellipse rx ry angle placement radar mode mean support expectations ' +
        'statements itemId split disagree neither agree differences agenda temperature spread coldest elements element n level energy status agreedCold disagreed').split(' '),
    );
    const extra = [...keysOf(json)].filter((k) => !allowed.has(k));
    expect(extra).toEqual([]);
    const text = JSON.stringify(json);
    expect(text).not.toContain('fp-');
    expect(text).not.toContain(w.code);
  });

  it('is the same whatever order the results came in and whatever their codes', () => {
    const w = bothWorkshop(8);
    const shuffled = { ...w, results: [...w.results].reverse().map((r, i) => ({ ...r, fingerprint: `other-${i}`, nonce: i })) };
    expect(build(shuffled)).toEqual(build(w));
  });

  it('carries the wanted point and the actions when the workshop has them, and no empty keys when not', () => {
    const w = bothWorkshop(6);
    expect(build(w)).not.toHaveProperty('wanted');
    expect(build(w)).not.toHaveProperty('actions');
    const report = build(w, { wanted: { support: 61.26, expectations: 70 }, actions: [{ what: 'Intervisie', who: 'Sam', when: 'maart' }] });
    expect(report?.wanted).toEqual({ support: 61.3, expectations: 70 });
    expect(report?.actions).toEqual([{ what: 'Intervisie', who: 'Sam', when: 'maart' }]);
  });

  it('has a climate part only, when only the climate was asked', () => {
    const w = bothWorkshop(6, 3, { questionnaires: [{ instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version }] });
    const report = build(w);
    expect(report?.selfCheck).toBeNull();
    expect(report?.climate?.elements.map((e) => e.element)).toEqual(['purpose', 'cooperation', 'boundaries', 'reflection']);
  });

  it("holds the wall's own lists: where we differ over both questionnaires, and the agenda of marked statements", () => {
    const demo = demoWorkshop({ id: 'd', name: 'Demo', createdAt: '2026-11-30T09:00:00.000Z' });
    const report = buildTeamReport(demo, findInstrument, TEAM_CLIMATE.id);
    const wall = wallFigures(demo, demo.results, findInstrument);
    expect(report?.differences.map((d) => `${d.instrumentId}:${d.itemId}`)).toEqual(wall.differences.map((d) => `${d.instrumentId}:${d.itemId}`));
    // The demo team differs most on a climate statement too, which the self-check's list never held.
    expect(report?.differences.some((d) => d.instrumentId === TEAM_CLIMATE.id)).toBe(true);
    expect(report?.agenda).toEqual(wall.agenda.map(({ instrumentId, itemId }) => ({ instrumentId, itemId })));
    expect(report?.agenda?.length).toBeGreaterThan(0);
    expect(keysOf(report)).not.toContain('marks');
  });
});

describe('reportRadar', () => {
  it('holds a withheld spoke as withheld, without a mean, an SD or a count; a shown one to 0.1', () => {
    const radar = reportRadar([
      { mode: 'MET', status: 'withheld' },
      { mode: 'VOOR', status: 'withheld' },
      { mode: 'NIET', status: 'shown', n: 5, mean: 50.46, min: 20, max: 80, sd: 12.04 },
      { mode: 'DOOR', status: 'shown', n: 5, mean: 0, min: 0, max: 0, sd: 0 },
    ]);
    expect(radar).toEqual([
      { mode: 'MET', status: 'withheld' },
      { mode: 'VOOR', status: 'withheld' },
      { mode: 'NIET', status: 'shown', mean: 50.5, sd: 12 },
      { mode: 'DOOR', status: 'shown', mean: 0, sd: 0 },
    ]);
  });
});
