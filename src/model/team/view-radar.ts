import { MODES, type Mode } from '../instruments/types';
import type { RadarEntry } from './types';

/** The team radar as whole-percentage series (0–100 per mode), ready for a radar chart. */
export interface TeamRadarPercents {
  readonly mean: Readonly<Record<Mode, number>>;
  readonly min: Readonly<Record<Mode, number>>;
  readonly max: Readonly<Record<Mode, number>>;
  /** How far apart (SD, whole points); 0 when unknown. */
  readonly sd: Readonly<Record<Mode, number>>;
  /**
   * The band the wall shows: mean − SD to mean + SD, within 0–100, like the window's 1-SD
   * ellipse. Unlike min and max it is no one person's spoke.
   */
  readonly low: Readonly<Record<Mode, number>>;
  readonly high: Readonly<Record<Mode, number>>;
}

/**
 * The team's mode spokes (0–100) rounded to whole points per mode: the mean, the lowest and the
 * highest spoke, the SD and the band of one SD around the mean. A mode missing from `radar`, or
 * without any member's spoke, reads as 0.
 */
export function teamRadarPercents(radar: readonly RadarEntry[]): TeamRadarPercents {
  const per = (value: (entry: RadarEntry) => number) =>
    Object.fromEntries(
      MODES.map((mode) => {
        const entry = radar.find((r) => r.mode === mode);
        const v = entry ? value(entry) : Number.NaN;
        return [mode, Number.isFinite(v) ? Math.round(v) : 0];
      }),
    ) as Record<Mode, number>;
  const sd = (e: RadarEntry) => (e.sd !== undefined && Number.isFinite(e.sd) ? e.sd : 0);
  return {
    mean: per((e) => e.mean),
    min: per((e) => e.min),
    max: per((e) => e.max),
    sd: per(sd),
    low: per((e) => Math.max(0, e.mean - sd(e))),
    high: per((e) => Math.min(100, e.mean + sd(e))),
  };
}
