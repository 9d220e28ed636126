import { MODES, type Answers, type Instrument } from '../instruments/types';
import { placementOf } from '../scoring/score';
import { axisAgreement } from './agreement';
import { clampMinRespondents } from './anonymity';
import { topDisagreement } from './disagreement';
import { covarianceEllipse } from './ellipse';
import { collectResults } from './respondents';
import { boundedMean, range, sampleSd } from './statistics';
import type { RadarEntry, TeamProfile } from './types';

export interface AggregateOptions {
  /** Clamped to at least ABSOLUTE_MIN_RESPONDENTS (3); the UI's default is DEFAULT_MIN_RESPONDENTS. */
  readonly minRespondents: number;
}

/**
 * A team's anonymous profile from its members' answer sets. Each set is scored on its own
 * (`scoreAnswers`); only complete results count. With fewer than m = max(3, minRespondents)
 * complete results the profile is `{ status: 'hidden', count, minRespondents }` and nothing else.
 * Otherwise, over the n complete results with points (sᵢ, eᵢ) on 0–100:
 * centre = (Σsᵢ/n, Σeᵢ/n); spread = sample SDs (n − 1) per axis and the 1-SD covariance ellipse;
 * agreement = rwg = 1 − s²/2 per axis on the members' 1–5 axis means, clamped to [0, 1];
 * radar = mean, min and max of each mode's bilinear weight (the means sum to 1); placement of
 * the centre by scoring's `placementOf` ('between' when |x − 50| < 10 on either axis);
 * disagreement = the three statements (answered by ≥ m) with the largest SD of raw answers.
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

  const dots = complete.map((r) => r.point);
  const supports = dots.map((d) => d.support);
  const expectations = dots.map((d) => d.expectations);
  const centre = { support: boundedMean(supports), expectations: boundedMean(expectations) };

  const radar: RadarEntry[] = MODES.map((mode) => {
    const weights = complete.map((r) => r.weights[mode]);
    return { mode, mean: boundedMean(weights), ...range(weights) };
  });

  return {
    status: 'shown',
    count,
    minRespondents,
    incomplete,
    dots,
    centre,
    spread: {
      support: sampleSd(supports),
      expectations: sampleSd(expectations),
      ellipse: covarianceEllipse(centre, dots),
    },
    agreement: { support: axisAgreement(supports), expectations: axisAgreement(expectations) },
    radar,
    placement: placementOf(centre),
    disagreement: topDisagreement(
      instrument,
      complete.map((r) => r.answers),
      minRespondents,
    ),
  };
}
