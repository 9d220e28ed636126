import nl from '../../../locales/nl/quality.json';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { onePeakedTeam } from '../testing/response-model';
import { seeded } from '../testing/seeded';
import { CSV_NL, formatDecimal } from '../team/csv';
import { qualityCsv, qualityCsvRows, type QualityCsvLabels } from './quality-csv';
import { qualityReport, type ShownForm } from './quality-report';
import { workshopOf } from './test-workshops';

const csv = nl.csv;
const labels: QualityCsvLabels = {
  ...csv,
  formName: (id, version) => `${id} ${version}`,
  scaleName: (_, scale) => scale,
  lower: (c) => csv.lower.replace('{{coefficient}}', c),
  upper: (c) => csv.upper.replace('{{coefficient}}', c),
  statementName: (_, item) => item,
  keyingName: (keying) => csv[keying],
};

const random = seeded(21);
const workshops = Array.from({ length: 10 }, () =>
  workshopOf(TEAM_CLIMATE, onePeakedTeam(TEAM_CLIMATE, 12, { purpose: 60, cooperation: 55, boundaries: 50, reflection: 45, energy: 60 }, 15, random, 0.03)),
);
const report = qualityReport(workshops, { resamples: 50 });
const climate = report.forms.find((f) => f.instrumentId === 'team-climate') as ShownForm;
const rows = qualityCsvRows(report, labels, ',');

describe('the quality CSV', () => {
  it('lists every questionnaire version with whether it is shown and the counts it reached', () => {
    expect(rows.slice(0, 6)).toEqual([
      ['Vragenlijst', 'Getoond', 'Mensen', 'Teams', 'Teams onder hun minimum (niet meegeteld)'],
      ['self-check 1', 'nee, nog te weinig mensen of teams', '0', '0', '0'],
      ['self-check 2', 'nee, nog te weinig mensen of teams', '0', '0', '0'],
      ['team-climate 1', 'ja', String(climate.reached.people), '10', '0'],
      ['client-check 1', 'nee, nog te weinig mensen of teams', '0', '0', '0'],
      ['client-mirror 1', 'nee, nog te weinig mensen of teams', '0', '0', '0'],
    ]);
  });

  it('gives each scale its coefficients, intervals and n with a decimal comma for Dutch Excel', () => {
    const purpose = climate.scales[0]!;
    const row = rows.find((r) => r[0] === 'team-climate 1' && r[1] === 'purpose' && r.length === 14);
    expect(row).toEqual([
      'team-climate 1',
      'purpose',
      '6',
      String(purpose.n),
      formatDecimal(purpose.alpha!.value, 3, ','),
      formatDecimal(purpose.alpha!.lower, 3, ','),
      formatDecimal(purpose.alpha!.upper, 3, ','),
      formatDecimal(purpose.omega!.value, 3, ','),
      formatDecimal(purpose.omega!.lower, 3, ','),
      formatDecimal(purpose.omega!.upper, 3, ','),
      formatDecimal(purpose.icc!.icc1, 3, ','),
      formatDecimal(purpose.icc!.icc2, 3, ','),
      '10',
      String(purpose.icc!.people),
    ]);
    expect(row?.[4]).toMatch(/^-?0,\d{3}$/);
  });

  it('gives each statement its keying, item–rest correlation and share of "does not apply", and nothing of a person', () => {
    const statementRows = rows.filter((r) => r.length === 9).slice(1);
    expect(statementRows.map((r) => r[2])).toEqual(climate.scales.flatMap((s) => s.items.map((i) => i.item)));
    expect(statementRows.find((r) => r[2] === 'c02')?.[3]).toBe('omgedraaid');
    // Every cell after the names is a coefficient, a share or a count.
    for (const r of statementRows) for (const cell of r.slice(4)) expect(cell).toMatch(/^-?\d+(,\d{3})?$/);
    // Seven questionnaire versions: client form version 2 and its mirror form joined (decision 88).
    expect(rows).toHaveLength(1 + 7 + 1 + 1 + 5 + 1 + 1 + 28);
  });

  it("is written with ';' between cells for Dutch Excel", () => {
    const text = qualityCsv(report, labels, CSV_NL);
    expect(text.split('\r\n')[0]).toBe('Vragenlijst;Getoond;Mensen;Teams;Teams onder hun minimum (niet meegeteld)');
  });
});
