import { describe, expect, it } from 'vitest';
import type { Mode } from '../instruments/types';
import { aggregateTeam } from './aggregate';
import { csvCell, formatDecimal, toCsv } from './csv';
import { statementDistribution } from './distribution';
import { teamCsv, type TeamCsvLabels } from './team-csv';
import { FIXTURE, keyedAnswers } from './test-fixture';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Steun')).toBe('Steun');
    expect(csvCell('62.5')).toBe('62.5');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('puts an apostrophe before a cell that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('joins rows with CRLF', () => {
    expect(toCsv([['a', 'b'], [], ['c']])).toBe('a,b\r\n\r\nc\r\n');
  });

  it('formats numbers with a dot and without negative zero', () => {
    expect(formatDecimal(62.456, 1)).toBe('62.5');
    expect(formatDecimal(-0, 2)).toBe('0.00');
    expect(formatDecimal(-1e-17, 3)).toBe('0.000');
    expect(formatDecimal(Number.NaN, 1)).toBe('');
  });
});

const LABELS: TeamCsvLabels = {
  instrument: 'Vragenlijst',
  respondents: 'Deelnemers',
  incomplete: 'Onvolledig, niet meegeteld',
  minRespondents: 'Minimale groep',
  placement: 'Het midden ligt in',
  placementName: (p) => (p === 'between' ? 'tussen de modi' : p),
  measure: 'Maat',
  scale: (scaleId: string) => (scaleId === 'support' ? 'Steun' : 'Verwachtingen'),
  centre: 'Midden',
  sd: 'SD',
  rwg: 'rwg',
  agreement: 'Overeenstemming',
  band: (band) => ({ high: 'hoog', moderate: 'matig', low: 'laag', none: 'geen', split: 'in twee groepen' })[band],
  modeHeader: 'Modus',
  mode: (mode: Mode) => mode,
  mean: 'Gemiddelde',
  min: 'Laagste',
  max: 'Hoogste',
  statementId: 'Id',
  statement: 'Uitspraak',
  missing: 'Geen antwoord',
  notApplicable: 'Past niet',
  scaleHeader: 'Schaal',
  itemText: (id) => (id === 's1' ? '=cmd|"/C calc"!A0, oops' : `Uitspraak ${id}`),
};

describe('teamCsv', () => {
  const sets = [keyedAnswers(4, 4), keyedAnswers(5, 4), keyedAnswers(4, 5), keyedAnswers(5, 5), keyedAnswers(4, 4)];

  it('is null for a hidden profile', () => {
    const profile = aggregateTeam(FIXTURE, sets.slice(0, 4), { minRespondents: 5 });
    expect(teamCsv(FIXTURE, profile, null, LABELS)).toBeNull();
  });

  it('writes the aggregates and the statement rows, escaped and with dot decimals', () => {
    const profile = aggregateTeam(FIXTURE, sets, { minRespondents: 5 });
    const csv = teamCsv(FIXTURE, profile, statementDistribution(FIXTURE, sets, 5), LABELS) ?? '';
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'Vragenlijst,team-fixture,1',
      'Deelnemers,5',
      '"Onvolledig, niet meegeteld",0',
      'Minimale groep,5',
      'Het midden ligt in,MET',
      '',
    ]);
    // Support: 75, 100, 75, 100, 75 → 85.0; expectations 75, 75, 100, 100, 75 → 85.0.
    expect(lines).toContain('Maat,Steun,Verwachtingen');
    expect(lines).toContain('Midden,85.0,85.0');
    expect(lines).toContain('Overeenstemming,hoog,hoog');
    expect(lines).toContain('Modus,Gemiddelde,Laagste,Hoogste');
    expect(lines).toContain('MET,85.0,75.0,100.0');
    expect(lines).toContain('Id,Schaal,Uitspraak,1,2,3,4,5,Past niet,Geen antwoord,SD');
    expect(lines).toContain('s1,Steun,"\'=cmd|""/C calc""!A0, oops",0,0,0,3,2,0,0,0.55');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
