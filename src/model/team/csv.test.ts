import { describe, expect, it } from 'vitest';
import type { Mode } from '../instruments/types';
import { aggregateTeam } from './aggregate';
import { CSV_EN, CSV_NL, csvCell, csvStyleFor, EXCEL_BOM, formatDecimal, toCsv, workshopCsvRows } from './csv';
import { statementSplits } from '../team-report/build';
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

/** What the UI passes: the questionnaire's name in the reader's language. */
const NAMES: Record<string, string> = { 'team-fixture': 'Proeflijst' };

const LABELS: TeamCsvLabels = {
  instrument: 'Vragenlijst',
  questionnaire: (id, version) => `${NAMES[id] ?? '?'}, versie ${version}`,
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
  statementId: 'Id',
  statement: 'Uitspraak',
  scaleHeader: 'Schaal',
  itemText: (id) => (id === 's1' ? '=cmd|"/C calc"!A0, oops' : `Uitspraak ${id}`),
  part: (part) => ({ disagree: 'Oneens', neither: 'Neutraal', agree: 'Eens' })[part],
  note: 'Waarom niet',
  withheldFewPeople: 'Minder dan 5 mensen',
  withheldShares: 'Deel van 1 of 2',
};

describe('CSV for a double-click in Excel', () => {
  /** What Excel gets: the bytes of the file, decoded as Excel does after seeing the BOM. */
  const excelSees = (text: string, separator: string) => {
    const bytes = new TextEncoder().encode(text);
    const withoutBom = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    return { bom: [...bytes.subarray(0, 3)], rows: withoutBom.split('\r\n').map((line) => line.split(separator)) };
  };

  it('picks the separators by language: Dutch ";" and decimal comma, English "," and point', () => {
    expect(csvStyleFor('nl')).toEqual({ separator: ';', decimal: ',' });
    expect(csvStyleFor('nl-BE')).toBe(CSV_NL);
    expect(csvStyleFor('en')).toEqual({ separator: ',', decimal: '.' });
  });

  it('in Dutch: starts with the bytes EF BB BF, splits on ";" and writes 62,5 as one cell', () => {
    const text = EXCEL_BOM + toCsv([['Midden', formatDecimal(62.456, 1, ','), formatDecimal(-0.123, 2, ',')], ['Café "de Hoek"; team', 'Zuid']], CSV_NL);
    const { bom, rows } = excelSees(text, ';');
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual(['Midden', '62,5', '-0,12']);
    // A cell with the separator in it is quoted, so Excel keeps it whole.
    expect(text).toContain('"Café ""de Hoek""; team";Zuid');
  });

  it('in English: "," between cells, "." in numbers, and a comma in a text quoted', () => {
    const { rows } = excelSees(EXCEL_BOM + toCsv([['Centre', formatDecimal(62.456, 1)], ['a;b', 'x']], CSV_EN), ',');
    expect(rows[0]).toEqual(['Centre', '62.5']);
    expect(rows[1]).toEqual(['a;b', 'x']);
  });

  it('guards the workshop name like every cell, and writes the day as an ISO date', () => {
    const rows = workshopCsvRows({ workshop: 'Workshop', date: 'Datum' }, '=HYPERLINK("http://x";"klik")', '2026-11-30T09:00:00.000Z');
    const { rows: seen } = excelSees(EXCEL_BOM + toCsv(rows, CSV_NL), ';');
    expect(seen[0]?.[0]).toBe('Workshop');
    // Quoted because of the ';', and inside the quotes it starts with an apostrophe: text, not a formula.
    expect(toCsv(rows, CSV_NL).split('\r\n')[0]).toBe('Workshop;"\'=HYPERLINK(""http://x"";""klik"")"');
    expect(seen[1]).toEqual(['Datum', '2026-11-30']);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`, ';').replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('leaves a negative number a number, but still guards a formula that starts with a minus', () => {
    expect(csvCell('-0.12')).toBe('-0.12');
    expect(csvCell('-0,12', ';')).toBe('-0,12');
    expect(csvCell('-1+1')).toBe("'-1+1");
    // Quoted for its comma: one text cell, and no formula either way.
    expect(csvCell('-2,5', ',')).toBe('"-2,5"');
  });
});

describe('teamCsv', () => {
  const sets = [keyedAnswers(4, 4), keyedAnswers(5, 4), keyedAnswers(4, 5), keyedAnswers(5, 5), keyedAnswers(4, 4)];

  it('is null for a hidden profile', () => {
    const profile = aggregateTeam(FIXTURE, sets.slice(0, 4), { minRespondents: 5 });
    expect(teamCsv(FIXTURE, profile, null, LABELS)).toBeNull();
  });

  it('writes the aggregates and the statement rows, escaped and with dot decimals', () => {
    const profile = aggregateTeam(FIXTURE, sets, { minRespondents: 5 });
    const csv = teamCsv(FIXTURE, profile, statementSplits(FIXTURE, sets, 5), LABELS) ?? '';
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      // The questionnaire by the name the UI gives it, never its id "team-fixture" (issue 21).
      'Vragenlijst,"Proeflijst, versie 1"',
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
    expect(lines).toContain('Modus,Gemiddelde,SD,Waarom niet');
    // No lowest or highest spoke: each is one person's number (decision 42).
    expect(csv).not.toMatch(/Laagste|Hoogste/);
    // MET spokes 75, 87.5, 87.5, 100, 75: SD √(437.5 / 4) ≈ 10.5.
    expect(lines).toContain('MET,85.0,10.5');
    // The statements as the team report holds them: shares, never counts; none of the fixture's
    // statements illustrates NIET, so that spoke is withheld with its reason.
    expect(lines).toContain('NIET,,,Minder dan 5 mensen');
    expect(lines).toContain('Id,Schaal,Uitspraak,Oneens,Neutraal,Eens,Waarom niet');
    expect(lines).toContain('s1,Steun,"\'=cmd|""/C calc""!A0, oops",0,0,100');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('in the Dutch style: ";" between cells and decimal commas in every number', () => {
    const profile = aggregateTeam(FIXTURE, sets, { minRespondents: 5 });
    const lines = (teamCsv(FIXTURE, profile, statementSplits(FIXTURE, sets, 5), LABELS, CSV_NL) ?? '').split('\r\n');
    expect(lines[2]).toBe('Onvolledig, niet meegeteld;0');
    expect(lines).toContain('Midden;85,0;85,0');
    expect(lines).toContain('MET;85,0;10,5');
    expect(lines).toContain('s1;Steun;"\'=cmd|""/C calc""!A0, oops";0;0;100');
  });
});
