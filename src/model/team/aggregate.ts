import { round1 } from '../team-report/figures';
import { MODES, type Answers, type Instrument, type WindowScales } from '../instruments/types';
import { placementOf } from '../scoring/score';
import { scaleAgreement } from './agreement';
import { clampMinRespondents } from './anonymity';
import { topDisagreement } from './disagreement';
import { enoughPeople } from './disclosure';
import { covarianceEllipse } from './ellipse';
import { collectResults, type CompleteResult } from './respondents';
import { boundedMean, mean, range, sampleSd } from './statistics';
import type { RadarEntry, ScaleSummary, ShownTeamProfile, TeamPoint, TeamProfile, TeamWindow } from './types';

export interface AggregateOptions {
  /** Clamped to at least ABSOLUTE_MIN_RESPONDENTS (3); the UI's default is DEFAULT_MIN_RESPONDENTS. */
  readonly minRespondents: number;
}

/**
 * A team's anonymous profile from its members' answer sets. Each set is scored on its own
 * (`scoreInstrument`); only complete results (every scale scored) count. With fewer than
 * m = max(3, minRespondents) complete results the profile is `{ status: 'hidden', count,
 * minRespondents }` and nothing else. Otherwise, over the n complete results:
 * - per scale: centre = mean of the 0–100 scores, sample SD (n − 1), lowest and highest, and the
 *   agreement r*wg(J) over the scale's statements with its words (agreement.ts);
 * - for an instrument with a window, the window view: one dot (sᵢ, eᵢ) per result, the centre
 *   (Σsᵢ/n, Σeᵢ/n), the 1-SD covariance ellipse, the radar (mean, SD, lowest and highest of the
 *   members' mode spokes, 0–100, from the statements that illustrate each mode; members without
 *   a spoke for a mode are left out of it, and a spoke that fewer than m members have is
 *   withheld: src/model/team/disclosure.ts) and the centre's placement by scoring's `placementOf`;
 * - disagreement = the three statements (answered by ≥ m) with the largest SD of raw answers.
 * Dots are sorted by value, and every sum is taken in sorted order, so the profile is identical
 * for any order of `answerSets`.
 */
export function aggregateTeam(
  instrument: Instrument,
  answerSets: readonly Answers[],
  options: AggregateOptions,
): TeamProfile {
  const minRespondents = clampMinRespondents(options.minRespondents);
  const { complete, incomplete } = collectResults(instrument, answerSets);
  const count = complete.length;
  if (count < minRespondents) return { status: 'hidden', count, minRespondents };

  const answers = complete.map((r) => r.answers);
  const scales: ScaleSummary[] = instrument.scales.map((scale, i) => {
    const scores = complete.map((r) => r.scores[i] ?? 0);
    const agreement = scaleAgreement(instrument, scale.id, answers, scores);
    return { scale: scale.id, centre: boundedMean(scores), sd: sampleSd(scores), ...range(scores), agreement };
  });

  return {
    status: 'shown',
    count,
    minRespondents,
    incomplete,
    scales,
    window: instrument.window ? teamWindow(instrument.window, complete, minRespondents) : null,
    disagreement: topDisagreement(
      instrument,
      complete.map((r) => r.answers),
      minRespondents,
    ),
  };
}

function teamWindow(scales: WindowScales, complete: readonly CompleteResult[], minRespondents: number): TeamWindow {
  const dots = complete.map((r) => r.point).filter((p): p is TeamPoint => p !== null);
  const supports = dots.map((d) => d.support);
  const expectations = dots.map((d) => d.expectations);
  const centre = { support: boundedMean(supports), expectations: boundedMean(expectations) };
  const radar: RadarEntry[] = MODES.map((mode) => {
    const spokes = complete.map((r) => r.spokes?.[mode]).filter((v): v is number => typeof v === 'number');
    // Five complete results of which four skip NIET's statements must not give one person's spoke.
    if (!enoughPeople(spokes.length, minRespondents)) return { mode, status: 'withheld' };
    return { mode, status: 'shown', n: spokes.length, mean: mean(spokes), ...range(spokes), sd: sampleSd(spokes) };
  });
  return {
    axes: scales,
    dots,
    centre,
    spread: { support: sampleSd(supports), expectations: sampleSd(expectations), ellipse: covarianceEllipse(centre, dots) },
    radar,
    // Decided on the centre as the wall and the report show it: the file's 0.1 value (decision 68).
    placement: placementOf({ support: round1(centre.support), expectations: round1(centre.expectations) }),
  };
}

/** The summary of one scale of a shown profile; throws RangeError for a scale it does not have. */
export function scaleSummary(profile: ShownTeamProfile, scaleId: string): ScaleSummary {
  const found = profile.scales.find((s) => s.scale === scaleId);
  if (!found) throw new RangeError(`No scale ${scaleId} in this profile`);
  return found;
}
