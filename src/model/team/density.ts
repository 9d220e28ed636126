import type { TeamPoint } from './types';

/** From this many dots on, the team window shows where people are (density), not each dot. */
export const DENSITY_FROM = 200;

/** Width of a density cell in points of the 0–100 scale: 10 gives at most 10 × 10 cells. */
export const CELL = 10;

export interface DensityCell {
  /** Lower bounds of the cell (0, 10, … 90); 100 falls into the 90–100 cell. */
  readonly support: number;
  readonly expectations: number;
  readonly count: number;
}

const cellOf = (value: number) => Math.min(100 - CELL, Math.max(0, Math.floor(value / CELL) * CELL));

/**
 * How many dots fall into each cell of CELL × CELL points, only the cells with people, sorted by
 * support then expectations (never by hand-in order). Linear in the number of dots, and the
 * drawing has at most 100 marks whatever the size of the team.
 */
export function densityCells(dots: readonly TeamPoint[]): DensityCell[] {
  const counts = new Map<string, DensityCell>();
  for (const dot of dots) {
    const support = cellOf(dot.support);
    const expectations = cellOf(dot.expectations);
    const key = `${support},${expectations}`;
    const cell = counts.get(key);
    counts.set(key, { support, expectations, count: (cell?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => a.support - b.support || a.expectations - b.expectations);
}
