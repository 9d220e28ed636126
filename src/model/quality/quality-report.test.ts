import { CLIENT_CHECK } from '../instruments/client-check';
import { SELF_CHECK } from '../instruments/self-check';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { NOT_APPLICABLE, type Answers, type Instrument } from '../instruments/types';
import { onePeakedTeam } from '../testing/response-model';
import { seeded } from '../testing/seeded';
import type { Workshop } from '../workshop/workshop';
import { QUALITY_GATE } from './quality-data';
import { qualityReport, type FormQuality, type ShownForm } from './quality-report';
import { workshopOf } from './test-workshops';

const QUICK = { resamples: 50 } as const;
const CLIMATE_CENTRE = { purpose: 60, cooperation: 55, boundaries: 50, reflection: 45, energy: 60 };

function climateTeams(sizes: readonly number[], seed = 1, over: Partial<Workshop> = {}): Workshop[] {
  const random = seeded(seed);
  return sizes.map((size) => workshopOf(TEAM_CLIMATE, onePeakedTeam(TEAM_CLIMATE, size, CLIMATE_CENTRE, 15, random), over));
}

const formOf = (forms: readonly FormQuality[], instrument: Instrument) =>
  forms.find((f) => f.instrumentId === instrument.id && f.instrumentVersion === instrument.version) as FormQuality;
const shown = (form: FormQuality): ShownForm => {
  if (form.status !== 'shown') throw new Error(`${form.instrumentId} is hidden`);
  return form;
};

describe('the gate: shown only from 100 people in 10 teams', () => {
  it('is 100 people and 10 teams', () => {
    expect(QUALITY_GATE).toEqual({ people: 100, teams: 10 });
  });

  it('shows a form with exactly 100 people in 10 teams', () => {
    const form = formOf(qualityReport(climateTeams(Array(10).fill(10)), QUICK).forms, TEAM_CLIMATE);
    expect(form).toMatchObject({ status: 'shown', reached: { people: 100, teams: 10 } });
  });

  it('hides a form one person short, with the counts it reached and nothing else', () => {
    const form = formOf(qualityReport(climateTeams([...Array(9).fill(10), 9]), QUICK).forms, TEAM_CLIMATE);
    expect(form).toEqual({ status: 'hidden', instrumentId: 'team-climate', instrumentVersion: 1, reached: { people: 99, teams: 10, teamsBelowMinimum: 0 } });
  });

  it('hides 108 people in 9 teams', () => {
    expect(formOf(qualityReport(climateTeams(Array(9).fill(12)), QUICK).forms, TEAM_CLIMATE)).toMatchObject({ status: 'hidden', reached: { people: 108, teams: 9 } });
  });

  it('never counts a demo team', () => {
    const workshops = [...climateTeams(Array(9).fill(12)), ...climateTeams([12], 2, { demo: true })];
    expect(formOf(qualityReport(workshops, QUICK).forms, TEAM_CLIMATE)).toMatchObject({ status: 'hidden', reached: { people: 108, teams: 9, teamsBelowMinimum: 0 } });
  });

  it('leaves out a team below its own minimum, people and all', () => {
    const workshops = [...climateTeams(Array(10).fill(10)), ...climateTeams([10], 3, { minRespondents: 11 })];
    expect(formOf(qualityReport(workshops, QUICK).forms, TEAM_CLIMATE).reached).toEqual({ people: 100, teams: 10, teamsBelowMinimum: 1 });
  });

  it('counts complete results only', () => {
    const [first, ...rest] = climateTeams(Array(10).fill(10));
    // An 11th result with only the first statement answered: not a person.
    const withHalf = { ...first!, results: [...first!.results, { fingerprint: 'zz-incomplete', parts: { 'team-climate': { answers: { c01: 4 as const }, marks: [] } } }] };
    expect(formOf(qualityReport([withHalf, ...rest], QUICK).forms, TEAM_CLIMATE).reached.people).toBe(100);
  });

  it('counts a workshop kept twice once', () => {
    const workshops = climateTeams(Array(9).fill(12));
    expect(formOf(qualityReport([...workshops, workshops[0]!], QUICK).forms, TEAM_CLIMATE).reached).toMatchObject({ people: 108, teams: 9 });
  });

  it('counts a phone once: a result replaced by a later one of the same phone does not count', () => {
    const workshops = climateTeams(Array(10).fill(10));
    const [first, ...rest] = workshops;
    const results = first!.results.map((r, i) => (i === 0 ? { ...r, nonce: 7 } : i === 1 ? { ...r, nonce: 8, replaces: 7 } : r));
    const form = formOf(qualityReport([{ ...first!, results }, ...rest], QUICK).forms, TEAM_CLIMATE);
    expect(form).toMatchObject({ status: 'hidden', reached: { people: 99, teams: 10 } });
  });

  it('gates each questionnaire version on its own', () => {
    const random = seeded(4);
    const selfChecks = Array.from({ length: 10 }, () => workshopOf(SELF_CHECK_V2, onePeakedTeam(SELF_CHECK_V2, 6, { support: 60, expectations: 50 }, 15, random)));
    const report = qualityReport([...climateTeams(Array(10).fill(10)), ...selfChecks], QUICK);
    expect(formOf(report.forms, TEAM_CLIMATE).status).toBe('shown');
    expect(formOf(report.forms, SELF_CHECK_V2)).toMatchObject({ status: 'hidden', reached: { people: 60, teams: 10 } });
    expect(formOf(report.forms, SELF_CHECK)).toMatchObject({ status: 'hidden', reached: { people: 0, teams: 0 } });
    expect(report.forms.map((f) => `${f.instrumentId}@${f.instrumentVersion}`)).toEqual([
      'self-check@1',
      'self-check@2',
      'team-climate@1',
      'client-check@1',
      'client-mirror@1',
      'client-check@2',
      'client-mirror@2',
    ]);
  });
});

describe('what a shown form holds', () => {
  const workshops = climateTeams(Array(10).fill(12), 5);
  // One person says "Past niet bij ons team" to c01 (purpose) and stays complete (2 of 3 per keying).
  const [first, ...rest] = workshops;
  const answers = first!.results[0]!.parts['team-climate']!.answers;
  const withNa: Answers = { ...answers, c01: NOT_APPLICABLE };
  const changed = { ...first!, results: first!.results.map((r, i) => (i === 0 ? { ...r, parts: { 'team-climate': { answers: withNa, marks: [] } } } : r)) };
  const form = shown(formOf(qualityReport([changed, ...rest], QUICK).forms, TEAM_CLIMATE));

  it('gives every element and energy alpha, omega, item–rest and ICC with their n', () => {
    expect(form.scales.map((s) => s.scale)).toEqual(['purpose', 'cooperation', 'boundaries', 'reflection', 'energy']);
    for (const scale of form.scales) {
      expect(scale.alpha?.value).toBeGreaterThan(0.3);
      expect(scale.omega?.value).toBeGreaterThan(0.3);
      expect(scale.items).toHaveLength(scale.statements);
      expect(scale.icc).toMatchObject({ teams: 10, people: 120 });
    }
  });

  it('leaves a person out of a scale they did not answer in full (listwise), but not out of the others', () => {
    const purpose = form.scales.find((s) => s.scale === 'purpose')!;
    const cooperation = form.scales.find((s) => s.scale === 'cooperation')!;
    expect(purpose.n).toBe(119);
    expect(purpose.alpha?.n).toBe(119);
    expect(purpose.omega?.n).toBe(119);
    expect(cooperation.n).toBe(120);
  });

  it('gives the share of "does not apply" per statement over every answer set', () => {
    expect(form.notApplicable.find((s) => s.item === 'c01')).toEqual({ item: 'c01', scale: 'purpose', share: 1 / 120, n: 120 });
    expect(form.notApplicable.find((s) => s.item === 'c02')?.share).toBe(0);
  });

  it('reverses the cold statements before anything is computed', () => {
    // The simulated people answer cold statements the other way round: keyed, they all agree.
    for (const scale of form.scales) for (const item of scale.items) expect(item.itemRest).toBeGreaterThan(0);
  });

  it('has no "does not apply" share for a questionnaire that does not offer it', () => {
    const random = seeded(6);
    const v1 = Array.from({ length: 10 }, () => workshopOf(SELF_CHECK, onePeakedTeam(SELF_CHECK, 10, { support: 60, expectations: 50 }, 15, random)));
    const selfCheck = shown(formOf(qualityReport(v1, QUICK).forms, SELF_CHECK));
    expect(selfCheck.notApplicable.every((s) => s.share === null && s.n === 100)).toBe(true);
  });

  it('reads no ICC for the client form: a collection of clients is not a team', () => {
    const random = seeded(7);
    const clients = Array.from({ length: 10 }, () => workshopOf(CLIENT_CHECK, onePeakedTeam(CLIENT_CHECK, 10, { support: 70, expectations: 50 }, 15, random)));
    const form = shown(formOf(qualityReport(clients, QUICK).forms, CLIENT_CHECK));
    expect(form.scales.every((s) => s.icc === null && s.alpha !== null)).toBe(true);
  });
});

describe('determinism', () => {
  it('gives the same report for the same workshops in any order, with results in any order', () => {
    const workshops = climateTeams(Array(10).fill(11), 8);
    const turned = [...workshops].reverse().map((w) => ({ ...w, results: [...w.results].reverse() }));
    expect(qualityReport(turned, QUICK)).toEqual(qualityReport(workshops, QUICK));
  });
});
