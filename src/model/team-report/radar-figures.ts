import { MODES, type Mode } from '../instruments/types';
import { shownFigure } from './figures';
import { sdBand } from './sd-band';
import type { ReportRadarEntry } from './types';

type PerMode<T> = Readonly<Record<Mode, T>>;

/** The team radar as a person reads it (whole points, from the file's 0.1 values) and as it is drawn. */
export interface RadarFigures {
  /** The mean per mode; null when nobody has a spoke for it (written as absent, never 0). */
  readonly mean: PerMode<number | null>;
  /** How far apart (SD) per mode; null when not there (fewer than two spokes, a version-1 file). */
  readonly sd: PerMode<number | null>;
  /** What the chart draws: the mean line and the band of one SD around it, 0 where a mean is absent. */
  readonly shape: { readonly mean: PerMode<number>; readonly low: PerMode<number>; readonly high: PerMode<number> };
}

/**
 * The radar of a report, or of the wall (which first makes the same entries with `reportRadar`):
 * one function for both, so the wall's "MET 62 ± 14" is the report's (docs/decisions.md, item 68).
 * The band is mean ± SD within 0–100 from the 0.1 values; without an SD it is the mean alone.
 */
export function radarFigures(radar: readonly ReportRadarEntry[]): RadarFigures {
  const per = <T>(value: (entry: ReportRadarEntry | undefined) => T) =>
    Object.fromEntries(MODES.map((mode) => [mode, value(radar.find((r) => r.mode === mode))])) as Record<Mode, T>;
  const band = (e: ReportRadarEntry | undefined) => (e?.mean === null || e === undefined ? null : sdBand(e.mean, e.sd));
  return {
    mean: per((e) => shownFigure(e?.mean)),
    sd: per((e) => (e?.mean === null ? null : shownFigure(e?.sd))),
    shape: {
      mean: per((e) => shownFigure(e?.mean) ?? 0),
      low: per((e) => shownFigure(band(e)?.low) ?? 0),
      high: per((e) => shownFigure(band(e)?.high) ?? 0),
    },
  };
}
