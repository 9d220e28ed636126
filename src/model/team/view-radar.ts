import { MODES, type Mode } from '../instruments/types';
import type { RadarEntry } from './types';

type PerMode<T> = Readonly<Record<Mode, T>>;

/** The team radar as whole-percentage series (0–100 per mode), ready for a radar chart. */
export interface TeamRadarPercents {
  /** Null where the spoke is withheld (or missing): drawn as absent, never as 0. */
  readonly mean: PerMode<number | null>;
  readonly min: PerMode<number | null>;
  readonly max: PerMode<number | null>;
  /** How far apart (SD, whole points). */
  readonly sd: PerMode<number | null>;
  /**
   * The band the wall shows: mean − SD to mean + SD, within 0–100, like the window's 1-SD
   * ellipse. Unlike min and max it is no one person's spoke.
   */
  readonly low: PerMode<number | null>;
  readonly high: PerMode<number | null>;
}

/**
 * The team's mode spokes (0–100) rounded to whole points per mode: the mean, the lowest and the
 * highest spoke, the SD and the band of one SD around the mean. A mode missing from `radar`, or
 * withheld by the disclosure rule, is null: a withheld spoke drawn as 0 would read as "nobody
 * works this way" (issue 20).
 */
export function teamRadarPercents(radar: readonly RadarEntry[]): TeamRadarPercents {
  const per = (value: (entry: Extract<RadarEntry, { status: 'shown' }>) => number) =>
    Object.fromEntries(
      MODES.map((mode) => {
        const entry = radar.find((r) => r.mode === mode);
        const v = entry?.status === 'shown' ? value(entry) : Number.NaN;
        return [mode, Number.isFinite(v) ? Math.round(v) : null];
      }),
    ) as Record<Mode, number | null>;
  return {
    mean: per((e) => e.mean),
    min: per((e) => e.min),
    max: per((e) => e.max),
    sd: per((e) => e.sd),
    low: per((e) => Math.max(0, e.mean - e.sd)),
    high: per((e) => Math.min(100, e.mean + e.sd)),
  };
}
