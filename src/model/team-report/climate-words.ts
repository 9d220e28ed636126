/**
 * The words of a team report's climate, read from the report's own numbers: the band from its
 * temperature and each level from its mean (`temperatureBand`, `elementLevel`), never from the
 * words stored beside them. A file written before decision 63 (the band from the count of cold
 * elements, numbers to one decimal) then still shows words that agree with its figures.
 */
import { elementLevel, temperatureBand } from '../climate/temperature';
import type { ClimateBand, ClimateElement, ElementLevel } from '../climate/types';
import type { ReportClimate } from './types';

export interface ReportClimateWords {
  readonly band: ClimateBand;
  /** The level of each element's mean, in the report's element order. */
  readonly levels: readonly ElementLevel[];
  /** The cold elements, named beside the band. */
  readonly cold: readonly ClimateElement[];
  /** The level of energy's mean, or null when energy is withheld. */
  readonly energy: ElementLevel | null;
}

export function reportClimateWords(climate: ReportClimate): ReportClimateWords {
  const levels = climate.elements.map((e) => elementLevel(e.mean));
  return {
    band: temperatureBand(climate.temperature),
    levels,
    cold: climate.elements.filter((_, i) => levels[i] === 'cold').map((e) => e.element as ClimateElement),
    energy: climate.energy.status === 'shown' ? elementLevel(climate.energy.mean) : null,
  };
}
