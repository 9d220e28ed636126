import type { TeamPoint } from '../../model/team/types';

/** The wall's window is drawn in a 1000 × 1000 box: the plot, and room for the axis words. */
export const BOX = 1000;
export const PLOT = { left: 120, right: 970, top: 30, bottom: 880 } as const;
const WIDTH = PLOT.right - PLOT.left;
const HEIGHT = PLOT.bottom - PLOT.top;

/** Support 0–100 → x in the box. */
export const xOf = (support: number) => PLOT.left + (clamp(support) / 100) * WIDTH;
/** Expectations 0–100 → y in the box (up is more). */
export const yOf = (expectations: number) => PLOT.bottom - (clamp(expectations) / 100) * HEIGHT;

/** A point in the box back to scores, rounded to whole points and kept inside 0–100. */
export function scoresAt(x: number, y: number): TeamPoint {
  return {
    support: Math.round(clamp(((x - PLOT.left) / WIDTH) * 100)),
    expectations: Math.round(clamp(((PLOT.bottom - y) / HEIGHT) * 100)),
  };
}

export interface WallDot extends TeamPoint {
  /** How many people have exactly this point: drawn as one dot with this number in it when > 1. */
  readonly count: number;
}

/**
 * Identical points as one dot with a count, so two people on the same spot never look like one.
 * Points are compared at a thousandth of a point (scores are fractions of whole answers), and the
 * dots keep the model's order (sorted by value, never by hand-in order).
 */
export function groupDots(points: readonly TeamPoint[]): WallDot[] {
  const groups = new Map<string, WallDot>();
  for (const p of points) {
    const key = `${p.support.toFixed(3)}|${p.expectations.toFixed(3)}`;
    const seen = groups.get(key);
    groups.set(key, seen ? { ...seen, count: seen.count + 1 } : { support: p.support, expectations: p.expectations, count: 1 });
  }
  return [...groups.values()];
}

function clamp(v: number): number {
  return Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 50;
}
