/** The table of all teams, sorted by one column (the page's sort buttons). */
import { CLIMATE_ELEMENTS } from '../climate/temperature';
import type { ClimateBand, ClimateElement } from '../climate/types';
import type { TeamRow } from './teams';

export const TEAM_COLUMNS = ['name', 'support', 'expectations', ...CLIMATE_ELEMENTS, 'energy', 'temperature', 'band', 'count', 'date'] as const;
export type TeamColumn = 'name' | 'support' | 'expectations' | ClimateElement | 'energy' | 'temperature' | 'band' | 'count' | 'date';
export type SortDirection = 'ascending' | 'descending';

/** Cold to hot, so "ascending" by band reads as ascending by temperature. */
const BAND_ORDER: Readonly<Record<ClimateBand, number>> = { coldSpot: 0, lukewarm: 1, hotSpot: 2 };

function valueOf(row: TeamRow, column: TeamColumn): number | string | null {
  switch (column) {
    case 'name':
    case 'date':
      return row[column];
    case 'support':
    case 'expectations':
    case 'energy':
    case 'temperature':
    case 'count':
      return row[column];
    case 'band':
      return row.band === null ? null : BAND_ORDER[row.band];
    default:
      return row.elements[column];
  }
}

/**
 * A sorted copy. A team without the figure (its part not shown) goes last in either direction:
 * it has no place in the order. Equal values keep the order of the name, then of adding.
 */
export function sortRows(rows: readonly TeamRow[], column: TeamColumn, direction: SortDirection, compareText: (a: string, b: string) => number): TeamRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, column) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const byValue = typeof a.value === 'string' && typeof b.value === 'string' ? compareText(a.value, b.value) : Number(a.value) - Number(b.value);
      return sign * byValue || compareText(a.row.name, b.row.name) || a.index - b.index;
    })
    .map((e) => e.row);
}
