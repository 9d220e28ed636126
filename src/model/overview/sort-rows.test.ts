import { describe, expect, it } from 'vitest';
import { overviewCsv } from './overview-csv';
import { sortRows } from './sort-rows';
import type { TeamRow } from './teams';
import { CSV_NL } from '../team/csv';

const row = (name: string, over: Partial<TeamRow>): TeamRow => ({
  key: name,
  name,
  date: '2026-10-01',
  count: 6,
  support: 50,
  expectations: 50,
  placement: 'between',
  elements: { purpose: 50, cooperation: 50, boundaries: 50, reflection: 50 },
  energy: 50,
  temperature: 50,
  band: 'lukewarm',
  ...over,
});
const compare = (a: string, b: string) => a.localeCompare(b, 'nl');
const rows = [row('Noord', { support: 61.5, band: 'hotSpot' }), row('Oost', { support: null, band: null }), row('West', { support: 40.2, band: 'coldSpot' }), row('Zuid', { support: 61.5 })];

describe('the table of all teams', () => {
  it('sorts either way, a team without the figure last in both, equal values by name', () => {
    expect(sortRows(rows, 'support', 'ascending', compare).map((r) => r.name)).toEqual(['West', 'Noord', 'Zuid', 'Oost']);
    expect(sortRows(rows, 'support', 'descending', compare).map((r) => r.name)).toEqual(['Noord', 'Zuid', 'West', 'Oost']);
    // Bands from cold to hot, not alphabetically.
    expect(sortRows(rows, 'band', 'ascending', compare).map((r) => r.name)).toEqual(['West', 'Zuid', 'Noord', 'Oost']);
    expect(sortRows(rows, 'name', 'descending', compare).map((r) => r.name)).toEqual(['Zuid', 'West', 'Oost', 'Noord']);
  });

  it('writes a CSV for Dutch Excel: semicolons, decimal commas, empty cells for what is not shown, names guarded', () => {
    const csv = overviewCsv([row('=Noord', { support: 61.5 }), row('Oost', { support: null, band: null })], {
      column: (c) => c,
      placement: 'place',
      placementName: (p) => p,
      band: (b) => b,
      leftOut: '2 teams left out',
    }, CSV_NL);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('name;support;expectations;purpose;cooperation;boundaries;reflection;energy;temperature;band;count;date;place');
    expect(lines[1]).toBe("'=Noord;61,5;50,0;50;50;50;50;50;50;lukewarm;6;2026-10-01;between");
    expect(lines[2]).toBe('Oost;;50,0;50;50;50;50;50;50;;6;2026-10-01;between');
    expect(lines[4]).toBe('2 teams left out');
  });
});
