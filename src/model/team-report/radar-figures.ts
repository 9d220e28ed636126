import { MODES, type Mode } from '../instruments/types';
import { shownFigure } from './figures';
import { sdBand } from './sd-band';
import type { ReportRadarEntry } from './types';

type PerMode<T> = Readonly<Record<Mode, T>>;

/** The team radar as a person reads it (whole points, from the file's 0.1 values) and as it is drawn. */
export interface RadarFigures {
  /** True where the spoke is withheld (fewer than the minimum have it): no figure, no point drawn. */
  readonly withheld: PerMode<boolean>;
  /** The mean per mode; null where withheld. */
  readonly mean: PerMode<number | null>;
  /** How far apart (SD) per mode; null where withheld or not known (a version-1 file). */
  readonly sd: PerMode<number | null>;
  /**
   * What the chart draws: the mean line and the band of one SD around it (the mean alone without
   * an SD). Null where withheld: the chart leaves the spoke out, never draws it at 0.
   */
  readonly shape: { readonly mean: PerMode<number | null>; readonly low: PerMode<number | null>; readonly high: PerMode<number | null> };
}

/**
 * The radar of a report, or of the wall (which first makes the same entries with `reportRadar`):
 * one function for both, so the wall's "MET 62 ± 14" is the report's (docs/decisions.md, item 68)
 * and the wall withholds what the report withholds (item 71). The band is mean ± SD within 0–100
 * from the 0.1 values; without an SD it is the mean alone.
 */
export function radarFigures(radar: readonly ReportRadarEntry[]): RadarFigures {
  const per = <T>(value: (entry: ReportRadarEntry | undefined) => T) =>
    Object.fromEntries(MODES.map((mode) => [mode, value(radar.find((r) => r.mode === mode))])) as Record<Mode, T>;
  const shown = (e: ReportRadarEntry | undefined) => (e?.status === 'shown' ? e : null);
  const band = (e: ReportRadarEntry | undefined) => {
    const s = shown(e);
    return s ? sdBand(s.mean, s.sd) : null;
  };
  return {
    withheld: per((e) => shown(e) === null),
    mean: per((e) => shownFigure(shown(e)?.mean)),
    sd: per((e) => shownFigure(shown(e)?.sd)),
    shape: {
      mean: per((e) => shownFigure(shown(e)?.mean)),
      low: per((e) => shownFigure(band(e)?.low)),
      high: per((e) => shownFigure(band(e)?.high)),
    },
  };
}
