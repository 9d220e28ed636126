import { MODES, type Mode } from '../instruments/types';
import type { RadarEntry } from './types';

/** The team radar as three whole-percentage series (0–100 per mode), ready for a radar chart. */
export interface TeamRadarPercents {
  readonly mean: Readonly<Record<Mode, number>>;
  readonly min: Readonly<Record<Mode, number>>;
  readonly max: Readonly<Record<Mode, number>>;
}

/**
 * The team's mode spokes (0–100) rounded to whole points per mode, for the mean, the lowest and
 * the highest spoke of each mode. A mode missing from `radar`, or without any member's spoke,
 * reads as 0.
 */
export function teamRadarPercents(radar: readonly RadarEntry[]): TeamRadarPercents {
  const pick = (field: 'mean' | 'min' | 'max') =>
    Object.fromEntries(
      MODES.map((mode) => {
        const entry = radar.find((r) => r.mode === mode);
        return [mode, entry && Number.isFinite(entry[field]) ? Math.round(entry[field]) : 0];
      }),
    ) as Record<Mode, number>;
  return { mean: pick('mean'), min: pick('min'), max: pick('max') };
}
