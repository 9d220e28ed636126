import { MODES, type Mode } from '../instruments/types';
import { weightPercent } from '../scoring/percent';
import type { RadarEntry } from './types';

/** The team radar as three whole-percentage series (0–100 per mode), ready for a radar chart. */
export interface TeamRadarPercents {
  readonly mean: Readonly<Record<Mode, number>>;
  readonly min: Readonly<Record<Mode, number>>;
  readonly max: Readonly<Record<Mode, number>>;
}

/**
 * The team's mode weights (shares 0–1) as whole percentages per mode: p = round(100 · w), the
 * same rounding as a personal result (`weightPercent`). Applied to the mean, the lowest and the
 * highest weight of each mode. Rounding keeps min ≤ mean ≤ max, because rounding is monotone and
 * the model already holds mean inside [min, max]. A mode missing from `radar` reads as 0.
 */
export function teamRadarPercents(radar: readonly RadarEntry[]): TeamRadarPercents {
  const pick = (field: 'mean' | 'min' | 'max') =>
    Object.fromEntries(
      MODES.map((mode) => {
        const entry = radar.find((r) => r.mode === mode);
        return [mode, entry ? weightPercent(entry[field]) : 0];
      }),
    ) as Record<Mode, number>;
  return { mean: pick('mean'), min: pick('min'), max: pick('max') };
}
