import { describe, expect, it } from 'vitest';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { AnswerValue } from '../instruments/types';
import { CSV_NL } from '../team/csv';
import { climateCsv, climateCsvRows, type ClimateCsvLabels } from './climate-csv';
import { climateOfTeam } from './team';
import { keyedAnswers } from './test-fixture';

/** What the UI passes: the questionnaire's name in the reader's language. */
const NAMES: Record<string, string> = { 'self-check': 'Zelfcheck', 'team-climate': 'Teamklimaat' };

const LABELS: ClimateCsvLabels = {
  instrument: 'Vragenlijst',
  questionnaire: (id, version) => `${NAMES[id] ?? '?'}, versie ${version}`,
  respondents: 'Aantal resultaten',
  incomplete: 'Niet meegeteld',
  minRespondents: 'Minimum',
  temperature: 'Temperatuur',
  temperatureSd: 'Temperatuur uit elkaar',
  bandHeader: 'Teamklimaat',
  band: (band) => ({ hotSpot: 'Hot spot', lukewarm: 'Lauw', coldSpot: 'Cold spot' })[band],
  coldestHeader: 'Koudste element',
  elementHeader: 'Element',
  element: (scale) => (scale === 'purpose' ? '=Gedeeld doel' : scale),
  n: 'n',
  mean: 'Gemiddeld',
  sd: 'Uit elkaar',
  rwg: 'Overeenstemming',
  agreement: 'In woorden',
  agreementBand: (band) => band,
  levelHeader: 'Warm of koud',
  level: (level) => ({ warm: 'warm', middle: 'middel', cold: 'koud' })[level],
  note: 'Waarom niet',
  withheldFewPeople: 'Minder dan 5 mensen',
};

// Keyed values per member: purpose, cooperation, boundaries, reflection, energy (as in team.test.ts).
const ROWS: readonly (readonly [AnswerValue, AnswerValue, AnswerValue, AnswerValue, AnswerValue])[] = [
  [5, 4, 4, 2, 4],
  [4, 4, 4, 2, 4],
  [4, 3, 4, 2, 3],
  [5, 4, 3, 2, 4],
  [4, 4, 4, 2, 2],
];
const TEAM = ROWS.map(([purpose, cooperation, boundaries, reflection, energy]) => keyedAnswers({ purpose, cooperation, boundaries, reflection, energy }));

describe('climateCsv', () => {
  it('is null for a hidden team climate', () => {
    const hidden = climateOfTeam(TEAM_CLIMATE, TEAM.slice(0, 4), { minRespondents: 5 });
    expect(climateCsvRows(TEAM_CLIMATE, hidden, LABELS)).toBeNull();
    expect(climateCsv(TEAM_CLIMATE, hidden, LABELS)).toBeNull();
  });

  it('writes the temperature, the band, the coldest element and a row per element and energy', () => {
    const climate = climateOfTeam(TEAM_CLIMATE, [...TEAM, { c01: 5 }], { minRespondents: 5 });
    const lines = (climateCsv(TEAM_CLIMATE, climate, LABELS) ?? '').split('\r\n');
    expect(lines.slice(0, 10)).toEqual([
      // The questionnaire by name, never the id "team-climate" (issue 21).
      'Vragenlijst,"Teamklimaat, versie 1"',
      'Aantal resultaten,5',
      'Niet meegeteld,1',
      'Minimum,5',
      // Means 85, 70, 70, 25 → the geometric mean on the 1–5 metric is 58.94, shown as 59
      // (the band "Lauw" is decided on that whole number).
      'Temperatuur,59',
      expect.stringMatching(/^Temperatuur uit elkaar,\d+\.\d$/),
      'Teamklimaat,Lauw',
      'Koudste element,reflection',
      '',
      'Element,n,Gemiddeld,Uit elkaar,Overeenstemming,In woorden,Warm of koud,Waarom niet',
    ]);
    // purpose 100, 75, 75, 100, 75: mean 85, SD √187.5 = 13.7, r*wg = 0.85; the label is guarded against formulas.
    expect(lines).toContain("'=Gedeeld doel,5,85,13.7,0.85,high,warm");
    // reflection: everyone keyed 2 on every statement → 25, no spread, full agreement, cold.
    expect(lines).toContain('reflection,5,25,0.0,1.00,high,koud');
    expect(lines.find((l) => l.startsWith('energy,'))).toMatch(/^energy,5,60,22\.4,-?\d\.\d\d,\w+,warm$/);
    expect(lines.at(-1)).toBe('');
  });

  it('in the Dutch style: ";" between cells and a decimal comma in every number with decimals, the guard kept', () => {
    const climate = climateOfTeam(TEAM_CLIMATE, [...TEAM, { c01: 5 }], { minRespondents: 5 });
    const lines = (climateCsv(TEAM_CLIMATE, climate, LABELS, CSV_NL) ?? '').split('\r\n');
    expect(lines[4]).toBe('Temperatuur;59');
    expect(lines).toContain("'=Gedeeld doel;5;85;13,7;0,85;high;warm");
    expect(lines.find((l) => l.startsWith('energy;'))).toMatch(/^energy;5;60;22,4;-?\d,\d\d;\w+;warm$/);
  });

  it('writes a withheld energy row as its name and the reason, never a number or how many have it', () => {
    // Two of five have an energy score: neither their mean nor "2" may reach the spreadsheet.
    const energyOf = (i: number) => (i < 2 ? { energy: 5 as AnswerValue } : {});
    const team = ROWS.map(([purpose, cooperation, boundaries, reflection], i) => keyedAnswers({ purpose, cooperation, boundaries, reflection, ...energyOf(i) }));
    const rows = climateCsvRows(TEAM_CLIMATE, climateOfTeam(TEAM_CLIMATE, team, { minRespondents: 5 }), LABELS) ?? [];
    expect(rows.at(-1)).toEqual(['energy', '', '', '', '', '', '', 'Minder dan 5 mensen']);
  });
});
