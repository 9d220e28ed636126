import type { SavedResult } from '../../model/results/saved-result';
import type { SelfCheckScore } from '../../model/scoring/types';
import { MODES, type Mode } from '../../model/instruments/types';

/** One of the two results in the comparison, with the label that tells it apart (moment-labels.ts). */
export interface ComparedResult {
  /** Unique per column, also when the same result is chosen twice. */
  readonly key: string;
  readonly saved: SavedResult;
  readonly score: SelfCheckScore | null;
  readonly label: string;
}

/** A mode's spoke as the tables show it: whole points, or null when too few answers. */
export function shownSpoke(score: SelfCheckScore | null, mode: Mode): number | null {
  const value = score?.spokes?.[mode];
  return value === null || value === undefined ? null : Math.round(value);
}

/**
 * The change of each spoke from the older to the newer result, between the numbers the table
 * shows beside it (so the three numbers in a row add up); null where either has no spoke.
 */
export function spokeDifferences(older: SelfCheckScore | null, newer: SelfCheckScore | null): Record<Mode, number | null> {
  return Object.fromEntries(
    MODES.map((mode) => {
      const [a, b] = [shownSpoke(older, mode), shownSpoke(newer, mode)];
      return [mode, a === null || b === null ? null : b - a];
    }),
  ) as Record<Mode, number | null>;
}
