import type { Answers, Instrument } from '../instruments/types';
import { scaleDefinition, scoreInstrument } from '../scoring/score';
import type { ScaleScore } from '../scoring/types';
import { CLIMATE_ELEMENTS, CLIMATE_SCALES, elementLevel, ENERGY, readClimate, temperatureOf } from './temperature';
import type { ClimateScale, PersonClimate, PersonElement } from './types';

/**
 * Throws RangeError unless the instrument has a scale for each of the four elements and energy
 * (the team climate questionnaire, or a test double of it).
 */
export function assertClimateInstrument(instrument: Instrument): void {
  for (const scale of CLIMATE_SCALES) scaleDefinition(instrument, scale);
}

/**
 * One person's team climate. Each element (and energy) is scored by the general `scoreInstrument`
 * (keyed mean, 0–100, null when its completeness rule is not met; docs/scoring.md §2). The
 * temperature and the reading (band, coldest, warm and cold elements) need all four elements;
 * without one of them both are null. Energy never enters them.
 */
export function climateOfPerson(instrument: Instrument, answers: Answers): PersonClimate {
  assertClimateInstrument(instrument);
  const scored = scoreInstrument(instrument, answers);
  const elementOf = (scale: ClimateScale): PersonElement => {
    const found = scored.scales.find((s) => s.scale === scale) as ScaleScore;
    return {
      element: scale,
      score: found.score,
      level: found.score === null ? null : elementLevel(found.score),
      answered: found.answered,
      notApplicable: found.notApplicable,
      total: found.total,
    };
  };
  const elements = CLIMATE_ELEMENTS.map(elementOf);
  const scores = elements.map((e) => e.score).filter((s): s is number => s !== null);
  const temperature = scores.length === CLIMATE_ELEMENTS.length ? temperatureOf(scores) : null;
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    elements,
    energy: elementOf(ENERGY),
    temperature,
    reading: temperature === null ? null : readClimate(scores, temperature),
  };
}

/** The four element scores of a person, in CLIMATE_ELEMENTS order, or null unless all four have one. */
export function elementScores(person: PersonClimate): readonly number[] | null {
  const scores = person.elements.map((e) => e.score);
  return scores.every((s): s is number => s !== null) ? scores : null;
}
