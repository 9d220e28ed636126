/**
 * The table of all teams as CSV, in the style of the chosen language (src/model/team/csv.ts: ';'
 * and ',' for Dutch Excel, a byte-order mark added when saving). The figures as the reports hold
 * them: the centre to 0.1, the climate in whole numbers; a figure not shown is an empty cell.
 */
import type { ClimateBand } from '../climate/types';
import type { Placement } from '../scoring/types';
import { CSV_EN, formatDecimal, toCsv, type CsvStyle } from '../team/csv';
import { TEAM_COLUMNS, type TeamColumn } from './sort-rows';
import type { TeamRow } from './teams';

export interface OverviewCsvLabels {
  readonly column: (column: TeamColumn) => string;
  readonly placement: string;
  readonly placementName: (placement: Placement) => string;
  readonly band: (band: ClimateBand) => string;
  /** The line under the table: how many teams were left out, or empty. */
  readonly leftOut: string;
}

export function overviewCsv(rows: readonly TeamRow[], labels: OverviewCsvLabels, style: CsvStyle = CSV_EN): string {
  const dec = (value: number | null, decimals: number) => (value === null ? '' : formatDecimal(value, decimals, style.decimal));
  const cell = (row: TeamRow, column: TeamColumn): string => {
    switch (column) {
      case 'name':
        return row.name;
      case 'date':
        return row.date;
      case 'count':
        return String(row.count);
      case 'support':
      case 'expectations':
        return dec(row[column], 1);
      case 'energy':
      case 'temperature':
        return dec(row[column], 0);
      case 'band':
        return row.band === null ? '' : labels.band(row.band);
      default:
        return dec(row.elements[column], 0);
    }
  };
  const header = [...TEAM_COLUMNS.map(labels.column), labels.placement];
  const body = rows.map((row) => [...TEAM_COLUMNS.map((c) => cell(row, c)), row.placement === null ? '' : labels.placementName(row.placement)]);
  return toCsv([header, ...body, ...(labels.leftOut ? [[], [labels.leftOut]] : [])], style);
}
