import type { Instrument } from '../instruments/types';
import { reportClimate, reportSelfCheck } from '../team-report/build';
import type { ReportClimate, ReportSelfCheck } from '../team-report/types';
import { shownClimate, shownProfile, type WallFigures } from './wall';

type FindInstrument = (id: string, version: number) => Instrument | undefined;

/** The z value of a two-sided 95 % interval. */
export const Z_95 = 1.96;

/** One team mean then and now, with the margin a difference must exceed to count as a change. */
export interface MeanChange {
  readonly then: number;
  readonly now: number;
  /** now − then, on the 0–100 scale. */
  readonly difference: number;
  /** 1.96 · √(SD₁²/n₁ + SD₂²/n₂): the measurement error of the difference of two team means. */
  readonly margin: number;
  /** |difference| > margin: only then do we call it a change. */
  readonly changed: boolean;
}

/** A team mean as the comparison needs it: mean and sample SD on 0–100, over n people. */
export interface TeamMean {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

/**
 * Whether a team mean changed beyond its measurement error. The standard error of the difference
 * of two independent means is √(SD₁²/n₁ + SD₂²/n₂) (Welch); a difference is called a change only
 * when it is larger than 1.96 times that, the two-sided 95 % margin. Teams change members between
 * workshops, so the two means are treated as independent samples. With n < 2 on either side the
 * SD says nothing: the margin is Infinity and nothing counts as a change.
 */
export function compareMeans(then: TeamMean, now: TeamMean): MeanChange {
  const difference = now.mean - then.mean;
  const margin = then.n < 2 || now.n < 2 ? Number.POSITIVE_INFINITY : Z_95 * Math.sqrt(then.sd ** 2 / then.n + now.sd ** 2 / now.n);
  return { then: then.mean, now: now.mean, difference, margin, changed: Math.abs(difference) > margin };
}

export interface ThenAndNow {
  /** The team centre on support and on expectations, when both workshops show the window. */
  readonly centre: { readonly support: MeanChange; readonly expectations: MeanChange } | null;
  /**
   * The team temperature, when both show the climate. The temperature is a mean of element means,
   * not a mean of the members' own temperatures; its error is taken as that of a mean with the SD
   * of the members' own temperatures, an approximation stated in docs/team-profile.md.
   */
  readonly temperature: MeanChange | null;
}

/**
 * What the comparison reads of a team report: the window's centre with the SDs of its two scales,
 * and the temperature with the SD of the members' temperatures, each over its count. A whole
 * TeamReport fits, so the earlier side can be a report kept without its raw answers.
 */
export interface ComparedReport {
  readonly minRespondents: number;
  readonly selfCheck: Pick<ReportSelfCheck, 'instrumentId' | 'instrumentVersion' | 'count' | 'scales' | 'window'> | null;
  readonly climate: Pick<ReportClimate, 'instrumentId' | 'instrumentVersion' | 'count' | 'temperature' | 'spread'> | null;
}

/**
 * The wall's side, in the team report's own figures: `reportSelfCheck` and `reportClimate` round
 * them as the report holds them (0.1, the temperature whole), so then and now are compared on the
 * numbers each screen shows (decision 68). Statements are not compared, so no answers are passed.
 */
export function wallReport(wall: WallFigures): ComparedReport {
  const profile = shownProfile(wall);
  const climate = shownClimate(wall);
  return {
    minRespondents: wall.minRespondents,
    selfCheck: profile && wall.selfCheck ? reportSelfCheck(wall.selfCheck.instrument, profile, []) : null,
    climate: climate && wall.climate ? reportClimate(wall.climate.instrument, climate) : null,
  };
}

/** A part is compared only when both sides hold it for the same questionnaire version and both reached their minimum. */
const comparable = (
  a: { instrumentId: string; instrumentVersion: number; count: number } | null,
  b: { instrumentId: string; instrumentVersion: number; count: number } | null,
  then: ComparedReport,
  now: ComparedReport,
): boolean =>
  a !== null &&
  b !== null &&
  a.instrumentId === b.instrumentId &&
  a.instrumentVersion === b.instrumentVersion &&
  a.count >= then.minRespondents &&
  b.count >= now.minRespondents;

/** A window axis as a team mean: the centre on it, the SD of its scale, over the complete results; null when the SD is not there. */
function axisMean(part: NonNullable<ComparedReport['selfCheck']>, scale: string, centre: number): TeamMean | null {
  const sd = part.scales.find((s) => s.scale === scale)?.sd;
  return typeof sd === 'number' && Number.isFinite(sd) ? { mean: centre, sd, n: part.count } : null;
}

/**
 * Then and now of two team reports (the earlier workshop's, and the wall's from `wallReport`).
 * `findInstrument` names the window's two scales. A part below its minimum on either side, or
 * missing on either side, is not compared: an earlier workshop below its minimum compares nothing.
 */
export function thenAndNow(then: ComparedReport, now: ComparedReport, findInstrument: FindInstrument): ThenAndNow {
  const a = then.selfCheck;
  const b = now.selfCheck;
  let centre: ThenAndNow['centre'] = null;
  const axes = a && findInstrument(a.instrumentId, a.instrumentVersion)?.window;
  if (comparable(a, b, then, now) && a?.window && b?.window && axes) {
    const thenSupport = axisMean(a, axes.support, a.window.centre.support);
    const nowSupport = axisMean(b, axes.support, b.window.centre.support);
    const thenExpectations = axisMean(a, axes.expectations, a.window.centre.expectations);
    const nowExpectations = axisMean(b, axes.expectations, b.window.centre.expectations);
    if (thenSupport && nowSupport && thenExpectations && nowExpectations) {
      centre = { support: compareMeans(thenSupport, nowSupport), expectations: compareMeans(thenExpectations, nowExpectations) };
    }
  }
  const c = then.climate;
  const d = now.climate;
  const temperature =
    comparable(c, d, then, now) && c && d
      ? compareMeans({ mean: c.temperature, sd: c.spread.sd, n: c.count }, { mean: d.temperature, sd: d.spread.sd, n: d.count })
      : null;
  return { centre, temperature };
}
