import type { Answers, Instrument } from '../instruments/types';
import { scaleAgreement } from '../team/agreement';
import { clampMinRespondents } from '../team/anonymity';
import { boundedMean, range, sampleSd } from '../team/statistics';
import type { AgreementBand } from '../team/types';
import { assertClimateInstrument, climateOfPerson } from './person';
import { CLIMATE_ELEMENTS, elementLevel, ENERGY, readClimate, temperatureOf } from './temperature';
import type { ClimateElement, ClimateScale, PersonClimate, ShownTeamElement, TeamClimate, TeamElement } from './types';

export interface ClimateTeamOptions {
  /** Clamped to at least 3 by `clampMinRespondents`; the UI's default is DEFAULT_MIN_RESPONDENTS (5). */
  readonly minRespondents: number;
}

/** Agreement bands that count as "the team agrees": a cold element with one of these is a shared problem. */
export const AGREED_BANDS: readonly AgreementBand[] = ['high', 'moderate'];

/** Agreement bands that count as "the team does not agree": a conversation nobody has had yet. */
export const DISAGREED_BANDS: readonly AgreementBand[] = ['none', 'split'];

interface Member {
  readonly answers: Answers;
  readonly climate: PersonClimate;
}

/**
 * A team's climate from its members' answer sets (docs/climate.md, "The team"). Each set is
 * scored on its own (`climateOfPerson`). The minimum m = clampMinRespondents(minRespondents)
 * applies to the members with a temperature (all four elements scored); below it the result is
 * `{ status: 'hidden', count, minRespondents }` and nothing else. Otherwise:
 * - per element (and energy): over the members who have a score on it, the mean, sample SD,
 *   lowest and highest score, the level of the mean, and the agreement r*wg(J) with its words
 *   (`scaleAgreement`, over those members' answers to the element's statements). An element that
 *   fewer than m members have is withheld (only energy can be: each of the four elements has at
 *   least the members with a temperature);
 * - the team's temperature: `temperatureOf` the four element means, and the reading (band,
 *   coldest, warm and cold elements) of those means;
 * - the spread of the members' own temperatures: sample SD, lowest, highest;
 * - `agreedCold`: cold elements with agreement high or moderate; `disagreed`: elements with
 *   agreement none or split.
 * Every sum is taken in sorted order (src/model/team/statistics.ts) and no list follows the
 * members, so the result is identical for any order of `answerSets`.
 */
export function climateOfTeam(
  instrument: Instrument,
  answerSets: readonly Answers[],
  options: ClimateTeamOptions,
): TeamClimate {
  assertClimateInstrument(instrument);
  const minRespondents = clampMinRespondents(options.minRespondents);
  const members: Member[] = answerSets.map((answers) => ({ answers, climate: climateOfPerson(instrument, answers) }));
  const temperatures = members.map((m) => m.climate.temperature).filter((t): t is number => t !== null);
  const count = temperatures.length;
  if (count < minRespondents) return { status: 'hidden', count, minRespondents };

  const summarise = (scale: ClimateScale): TeamElement => {
    const having = members.filter((m) => scoreOf(m.climate, scale) !== null);
    const scores = having.map((m) => scoreOf(m.climate, scale) as number);
    if (having.length < minRespondents) return { element: scale, status: 'withheld', n: having.length };
    const mean = boundedMean(scores);
    return {
      element: scale,
      status: 'shown',
      n: having.length,
      mean,
      sd: sampleSd(scores),
      ...range(scores),
      level: elementLevel(mean),
      agreement: scaleAgreement(
        instrument,
        scale,
        having.map((m) => m.answers),
        scores,
      ),
    };
  };

  const elements = CLIMATE_ELEMENTS.map((element) => {
    const summary = summarise(element);
    // Cannot happen: every member with a temperature has a score on each of the four elements.
    if (summary.status !== 'shown') throw new Error(`Element ${element} withheld in a shown team climate`);
    return summary;
  });
  const means = elements.map((e) => e.mean);
  const temperature = temperatureOf(means);
  const where = (test: (e: ShownTeamElement) => boolean): ClimateElement[] =>
    elements.filter(test).map((e) => e.element as ClimateElement);

  return {
    status: 'shown',
    count,
    minRespondents,
    incomplete: answerSets.length - count,
    elements,
    energy: summarise(ENERGY),
    temperature,
    spread: { sd: sampleSd(temperatures), ...range(temperatures) },
    reading: readClimate(means, temperature),
    agreedCold: where((e) => e.level === 'cold' && AGREED_BANDS.includes(e.agreement.band)),
    disagreed: where((e) => DISAGREED_BANDS.includes(e.agreement.band)),
  };
}

function scoreOf(climate: PersonClimate, scale: ClimateScale): number | null {
  if (scale === ENERGY) return climate.energy.score;
  return climate.elements.find((e) => e.element === scale)?.score ?? null;
}
