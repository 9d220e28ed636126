import type { Answers, Instrument } from '../instruments/types';
import { clampMinRespondents } from './anonymity';
import { countAnswers } from './disagreement';
import { collectResults } from './respondents';
import type { StatementDistribution } from './types';

/**
 * Per statement (with its scale), how many complete results gave each answer 1–5, how many
 * answered "does not apply" and how many left it open (answered + notApplicable + missing =
 * number of complete results). Returned only when the team profile would
 * be shown (at least max(3, minRespondents) complete results), else null. Incomplete results are
 * left out, as in the profile. A statement answered by fewer than the minimum keeps its
 * answered/missing numbers but its counts are suppressed (null): the same rule as for the
 * disagreement list, so a rare answer cannot be read off one or two people.
 */
export function statementDistribution(
  instrument: Instrument,
  answerSets: readonly Answers[],
  minRespondents: number,
): StatementDistribution | null {
  const min = clampMinRespondents(minRespondents);
  const { complete } = collectResults(instrument, answerSets);
  if (complete.length < min) return null;
  const sets = complete.map((r) => r.answers);
  return instrument.items.map((item) => {
    const { counts, answered, notApplicable } = countAnswers(item.id, sets);
    return {
      itemId: item.id,
      scale: item.scale,
      answered,
      notApplicable,
      missing: sets.length - answered - notApplicable,
      counts: answered >= min ? counts : null,
    };
  });
}
