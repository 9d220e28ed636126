/**
 * The disclosure rule played by the attacker of issue 20 (items 2 and 3): someone who reads the
 * wall, the team report, its file or the CSV and wants one person's figure. Every output is built
 * the way the app builds it (wallFigures, buildTeamReport, toTeamReportFile, teamCsv, climateCsv)
 * and checked against the raw answers, which only the test knows.
 */
import { describe, expect, it } from 'vitest';
import { climateCsv, type ClimateCsvLabels } from '../climate/climate-csv';
import { climateOfPerson } from '../climate/person';
import { CURRENT_SELF_CHECK, findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { MODES, NOT_APPLICABLE, type AnswerValue, type Answers, type Instrument, type Mode } from '../instruments/types';
import { modeSpokes } from '../scoring/mode-spokes';
import { buildTeamReport, reportRadar, statementSplits } from '../team-report/build';
import { toTeamReportFile } from '../team-report/file';
import { radarFigures } from '../team-report/radar-figures';
import { SPLIT_PARTS, type AnswerSplit, type TeamReport } from '../team-report/types';
import { seeded } from '../testing/seeded';
import { wallFigures } from '../workshop/wall';
import type { Workshop } from '../workshop/workshop';
import { countAnswers } from './disagreement';
import { MIN_PART_PEOPLE } from './disclosure';
import { collectResults } from './respondents';
import { teamCsv, type TeamCsvLabels } from './team-csv';

const MIN = 5;
const WITHHELD = 'WITHHELD';

const SELF_LABELS: TeamCsvLabels = {
  instrument: 'instrument',
  questionnaire: () => 'questionnaire',
  respondents: 'respondents',
  incomplete: 'incomplete',
  minRespondents: 'min',
  placement: 'placement',
  placementName: (p) => p,
  measure: 'measure',
  scale: (s) => s,
  centre: 'centre',
  sd: 'sd',
  rwg: 'rwg',
  agreement: 'agreement',
  band: (b) => b,
  modeHeader: 'mode',
  mode: (m) => m,
  mean: 'mean',
  statementId: 'id',
  statement: 'statement',
  scaleHeader: 'scale',
  itemText: () => 'text',
  part: (p) => p,
  note: 'note',
  withheldFewPeople: WITHHELD,
  withheldShares: WITHHELD,
};

const CLIMATE_LABELS: ClimateCsvLabels = {
  instrument: 'instrument',
  questionnaire: () => 'questionnaire',
  respondents: 'respondents',
  incomplete: 'incomplete',
  minRespondents: 'min',
  temperature: 'temperature',
  temperatureSd: 'temperatureSd',
  bandHeader: 'band',
  band: (b) => b,
  coldestHeader: 'coldest',
  elementHeader: 'element',
  element: (e) => e,
  n: 'n',
  mean: 'mean',
  sd: 'sd',
  rwg: 'rwg',
  agreement: 'agreement',
  agreementBand: (b) => b,
  levelHeader: 'level',
  level: (l) => l,
  note: 'note',
  withheldFewPeople: WITHHELD,
};

function workshopOf(self: readonly Answers[], climate: readonly Answers[] = []): Workshop {
  const questionnaires = [
    { instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version },
    ...(climate.length > 0 ? [{ instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version }] : []),
  ];
  return {
    id: 'w-attack',
    code: 'ABCDEF',
    name: 'Team',
    questionnaires,
    minRespondents: MIN,
    hideOwnResult: false,
    createdAt: '2026-12-03T09:00:00.000Z',
    results: self.map((answers, i) => ({
      fingerprint: `fp-${i}`,
      nonce: i,
      parts: {
        [CURRENT_SELF_CHECK.id]: { answers, marks: [] },
        ...(climate[i] ? { [TEAM_CLIMATE.id]: { answers: climate[i], marks: [] } } : {}),
      },
    })),
  };
}

/** Everything the room and the take-home files can read of a workshop. */
function outputs(w: Workshop) {
  const wall = wallFigures(w, w.results, findInstrument);
  const report = buildTeamReport(w, findInstrument, TEAM_CLIMATE.id);
  const file = report ? toTeamReportFile(report, { reportId: '0123456789abcdef' }, new Date('2026-12-03T12:00:00Z')) : '';
  const profile = wall.selfCheck?.profile;
  const selfSets = w.results.map((r) => r.parts[CURRENT_SELF_CHECK.id]?.answers ?? {});
  const csv = profile ? (teamCsv(CURRENT_SELF_CHECK, profile, statementSplits(CURRENT_SELF_CHECK, selfSets, MIN), SELF_LABELS) ?? '') : '';
  const climate = wall.climate ? (climateCsv(TEAM_CLIMATE, wall.climate.climate, CLIMATE_LABELS) ?? '') : '';
  return { wall, report, file, csv, climateCsv: climate };
}

const csvRow = (csv: string, first: string) => csv.split('\r\n').find((line) => line.split(',')[0] === first);

/** The self-check's complete answer sets, and per mode the spokes of those who have one. */
function spokesOf(sets: readonly Answers[]): Record<Mode, number[]> {
  const complete = collectResults(CURRENT_SELF_CHECK, sets).complete;
  return Object.fromEntries(MODES.map((m) => [m, complete.map((r) => modeSpokes(CURRENT_SELF_CHECK, r.answers)?.[m]).filter((v): v is number => typeof v === 'number')])) as Record<
    Mode,
    number[]
  >;
}

describe('a spoke of fewer than the minimum (issue 20, item 2: "38 ± 0")', () => {
  // Five complete results; four answer two NIET statements "does not apply", which leaves them without a NIET spoke.
  const niet = CURRENT_SELF_CHECK.items.filter((item) => item.illustrates === 'NIET').slice(0, 2);
  const person = (v: AnswerValue, skipNiet: boolean): Answers =>
    Object.fromEntries(CURRENT_SELF_CHECK.items.map((item) => [item.id, skipNiet && niet.includes(item) ? NOT_APPLICABLE : v]));
  const sets = [person(2, false), person(3, true), person(4, true), person(3, true), person(4, true)];
  const w = workshopOf(sets);

  it('is what the issue found: one person has a NIET spoke, and the others a complete result', () => {
    const spokes = spokesOf(sets);
    expect(collectResults(CURRENT_SELF_CHECK, sets).complete).toHaveLength(5);
    expect(spokes.NIET).toEqual([25]);
  });

  it('is withheld on the wall, in the report, in its file and in the CSV: no mean, no SD, no 0', () => {
    const { wall, report, file, csv } = outputs(w);
    const radar = wall.selfCheck?.profile.status === 'shown' ? wall.selfCheck.profile.window?.radar : undefined;
    expect(radar?.find((r) => r.mode === 'NIET')).toEqual({ mode: 'NIET', status: 'withheld' });
    const figures = radarFigures(reportRadar(radar ?? []));
    expect([figures.withheld.NIET, figures.mean.NIET, figures.sd.NIET, figures.shape.mean.NIET]).toEqual([true, null, null, null]);
    expect(report?.selfCheck?.window?.radar.find((r) => r.mode === 'NIET')).toEqual({ mode: 'NIET', status: 'withheld' });
    expect(file).toMatch(/"mode": "NIET",\s*"status": "withheld"\s*}/);
    expect(csvRow(csv, 'NIET')).toBe(`NIET,,,${WITHHELD}`);
    // The other spokes have five people each and stay.
    expect(MODES.filter((m) => figures.withheld[m])).toEqual(['NIET']);
  });
});

/** A team member answering around a lean, with "does not apply" at `na` per statement. */
function member(instrument: Instrument, random: () => number, lean: number, na: number): Answers {
  return Object.fromEntries(
    instrument.items.map((item) => {
      if (random() < na) return [item.id, NOT_APPLICABLE];
      return [item.id, Math.min(5, Math.max(1, Math.round(lean + (random() - 0.5) * 3))) as AnswerValue];
    }),
  );
}

function randomTeam(seed: number) {
  const random = seeded(seed);
  const size = 5 + Math.floor(random() * 8);
  const na = 0.05;
  const self = Array.from({ length: size }, () => member(CURRENT_SELF_CHECK, random, 1 + random() * 4, na));
  const climate = Array.from({ length: size }, () => member(TEAM_CLIMATE, random, 1 + random() * 4, na));
  return { self, climate, w: workshopOf(self, climate) };
}

const TEAMS = 250;

/** The three parts' people of a statement over the sets the wall and the report take it from. */
function partsOf(itemId: string, sets: readonly Answers[]): [number, number, number] {
  const { counts } = countAnswers(itemId, sets);
  return [counts[1] + counts[2], counts[3], counts[4] + counts[5]];
}

function checkSplit(split: AnswerSplit | null, parts: readonly number[], where: string) {
  const answered = parts.reduce((a, b) => a + b, 0);
  if (answered < MIN) {
    expect(split, `${where}: fewer than the minimum answered`).toBeNull();
    return;
  }
  if (!split) return;
  SPLIT_PARTS.forEach((part, i) => {
    const people = parts[i] ?? 0;
    // No shown share rests on one or two people.
    if (split[part] !== null) expect(people === 0 || people >= MIN_PART_PEOPLE, `${where} ${part}: ${parts.join('/')}`).toBe(true);
  });
  // What is withheld together (100 − the shown shares) is nobody or at least three people.
  const withheld = SPLIT_PARTS.reduce((sum, part, i) => sum + (split[part] === null ? (parts[i] ?? 0) : 0), 0);
  expect(withheld === 0 || withheld >= MIN_PART_PEOPLE, `${where}: ${parts.join('/')} withheld together ${withheld}`).toBe(true);
}

describe(`${TEAMS} seeded random teams with 5 % "does not apply"`, () => {
  it('show no figure that rests on fewer people than the minimum: spokes, elements and energy, statements, parts', () => {
    let withheldSpokes = 0;
    let withheldShares = 0;
    for (let seed = 1; seed <= TEAMS; seed++) {
      const { self, climate, w } = randomTeam(seed);
      const { wall, report } = outputs(w);
      if (!report) continue;
      // Spokes: a shown spoke has at least the minimum behind it, a withheld one fewer.
      const spokes = spokesOf(self);
      for (const entry of report.selfCheck?.window?.radar ?? []) {
        const have = spokes[entry.mode].length;
        expect(entry.status === 'shown', `seed ${seed} ${entry.mode}: ${have} people`).toBe(have >= MIN);
        if (entry.status === 'withheld') withheldSpokes += 1;
      }
      // Climate elements and energy: each shown one rests on at least the minimum.
      const people = climate.map((a) => climateOfPerson(TEAM_CLIMATE, a));
      for (const e of report.climate?.elements ?? []) {
        expect(people.filter((p) => p.elements.find((x) => x.element === e.element)?.score !== null).length).toBeGreaterThanOrEqual(MIN);
      }
      if (report.climate) {
        const energy = people.filter((p) => p.energy.score !== null).length;
        expect(report.climate.energy.status === 'shown', `seed ${seed} energy: ${energy} people`).toBe(energy >= MIN);
      }
      // Statements: every split of the self-check over its complete results, and where we differ.
      const complete = collectResults(CURRENT_SELF_CHECK, self).complete.map((r) => r.answers);
      for (const s of report.selfCheck?.statements ?? []) {
        checkSplit(s.split, partsOf(s.itemId, complete), `seed ${seed} ${s.itemId}`);
        if (s.split && SPLIT_PARTS.some((p) => s.split?.[p] === null)) withheldShares += 1;
      }
      const withTemperature = climate.filter((a) => climateOfPerson(TEAM_CLIMATE, a).temperature !== null);
      for (const d of report.differences) {
        const sets = d.instrumentId === TEAM_CLIMATE.id ? withTemperature : complete;
        checkSplit(d.split, partsOf(d.itemId, sets), `seed ${seed} differ ${d.itemId}`);
      }
      // The wall shows the report's lists: the same shares, the same spokes withheld.
      expect(wall.differences.map((d) => d.split)).toEqual(report.differences.map((d) => d.split));
      const wallRadar = wall.selfCheck?.profile.status === 'shown' ? reportRadar(wall.selfCheck.profile.window?.radar ?? []) : [];
      expect(wallRadar).toEqual(report.selfCheck?.window?.radar ?? []);
    }
    // The teams must exercise the rule, or this test could not fail.
    expect(withheldShares).toBeGreaterThan(100);
    expect(withheldSpokes).toBeGreaterThan(0);
  });

  it('never write a withheld figure as a number: not in the wall figures, the report file or the CSV', () => {
    for (let seed = 1; seed <= TEAMS; seed++) {
      const { w } = randomTeam(seed);
      const { wall, report, file, csv, climateCsv: climateText } = outputs(w);
      if (!report) continue;
      const parsed = JSON.parse(file) as { report: TeamReport };
      // A withheld spoke: the file holds its mode and status and nothing else; the CSV an empty row with the reason; the wall null.
      const wallRadar = wall.selfCheck?.profile.status === 'shown' ? radarFigures(reportRadar(wall.selfCheck.profile.window?.radar ?? [])) : null;
      for (const entry of parsed.report.selfCheck?.window?.radar ?? []) {
        if (entry.status !== 'withheld') continue;
        expect(Object.keys(entry).sort()).toEqual(['mode', 'status']);
        expect(csvRow(csv, entry.mode)).toBe(`${entry.mode},,,${WITHHELD}`);
        expect(wallRadar?.mean[entry.mode]).toBeNull();
        expect(wallRadar?.shape.high[entry.mode]).toBeNull();
      }
      // A withheld share: null in the file (never 0), an empty cell in the CSV, and no bar on the wall.
      for (const s of parsed.report.selfCheck?.statements ?? []) {
        const row = csvRow(csv, s.itemId)?.split(',') ?? [];
        SPLIT_PARTS.forEach((part, i) => {
          const share = s.split?.[part] ?? null;
          expect(row[3 + i], `seed ${seed} ${s.itemId} ${part}`).toBe(share === null ? '' : String(share));
        });
        if (s.split === null || SPLIT_PARTS.some((p) => s.split?.[p] === null)) expect(row.at(-1)).toBe(WITHHELD);
      }
      for (const d of wall.differences) {
        d.bars.forEach((bar, i) => expect(bar.percent).toBe(d.split[SPLIT_PARTS[i] ?? 'neither']));
      }
      // A withheld energy: its name and the reason only, in the CSV and the file.
      if (parsed.report.climate?.energy.status === 'withheld') {
        expect(parsed.report.climate.energy).toEqual({ status: 'withheld' });
        expect(climateText.split('\r\n').find((l) => l.startsWith('energy,'))).toBe(`energy,,,,,,,${WITHHELD}`);
      }
      // No counts of answers anywhere in what a team takes home.
      expect(file).not.toMatch(/"(counts|answered|notApplicable|missing|unlabelled)"/);
    }
  });

  it('keep the subtraction closed on the wall: with one person disagreeing the other shares do not add up to the rest', () => {
    // The 8: one disagrees, three neither, four agree. 38 % + 50 % used to give the hidden 12 %.
    const answers = (v: AnswerValue) => Object.fromEntries(CURRENT_SELF_CHECK.items.map((item) => [item.id, v]));
    const w = workshopOf([answers(1), answers(3), answers(3), answers(3), answers(4), answers(4), answers(5), answers(5)]);
    const { wall, file } = outputs(w);
    for (const d of wall.differences) expect(d.split).toEqual({ disagree: null, neither: null, agree: 50 });
    expect(wall.differences.length).toBeGreaterThan(0);
    expect(file).not.toMatch(/"disagree": 1[23]\b|"neither": 38\b/);
  });
});
