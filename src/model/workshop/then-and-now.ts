import type { ShownTeamClimate } from '../climate/types';
import type { ShownTeamProfile } from '../team/types';
import type { Workshop } from './workshop';

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
  /** The team centre on support and on expectations, when both workshops have the window. */
  readonly centre: { readonly support: MeanChange; readonly expectations: MeanChange } | null;
  /**
   * The team temperature, when both have the climate. The temperature is a mean of element means,
   * not a mean of the members' own temperatures; its error is taken as that of a mean with the SD
   * of the members' own temperatures, an approximation stated in docs/team-profile.md.
   */
  readonly temperature: MeanChange | null;
}

/** Then and now of two shown team profiles and/or climates (null where a workshop lacks one). */
export function thenAndNow(
  then: { profile: ShownTeamProfile | null; climate: ShownTeamClimate | null },
  now: { profile: ShownTeamProfile | null; climate: ShownTeamClimate | null },
): ThenAndNow {
  const a = then.profile?.window;
  const b = now.profile?.window;
  const centre =
    a && b && then.profile && now.profile
      ? {
          support: compareMeans(
            { mean: a.centre.support, sd: a.spread.support, n: a.dots.length },
            { mean: b.centre.support, sd: b.spread.support, n: b.dots.length },
          ),
          expectations: compareMeans(
            { mean: a.centre.expectations, sd: a.spread.expectations, n: a.dots.length },
            { mean: b.centre.expectations, sd: b.spread.expectations, n: b.dots.length },
          ),
        }
      : null;
  const temperature =
    then.climate && now.climate
      ? compareMeans(
          { mean: then.climate.temperature, sd: then.climate.spread.sd, n: then.climate.count },
          { mean: now.climate.temperature, sd: now.climate.spread.sd, n: now.climate.count },
        )
      : null;
  return { centre, temperature };
}

const key = (w: Workshop) =>
  w.questionnaires
    .map((q) => `${q.instrumentId}@${q.instrumentVersion}`)
    .sort()
    .join(',');

/**
 * The workshops that `current` may be put beside: created before it, with exactly the same
 * questionnaires in the same versions (another version has other statements), newest first. A
 * demo team is only compared with demo teams, a real workshop only with real ones.
 */
export function earlierWorkshops(all: readonly Workshop[], current: Workshop): Workshop[] {
  return all
    .filter((w) => w.id !== current.id && (w.demo === true) === (current.demo === true) && key(w) === key(current) && w.createdAt < current.createdAt)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
