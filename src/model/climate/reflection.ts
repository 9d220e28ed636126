import type { ClimateElement, PersonClimate, TeamClimate } from './types';

/**
 * Reflection questions for the team climate are ids; their texts live in the `instrument` locale
 * namespace under `teamClimate.reflection.<id>`. Groups:
 * - `<element>Moment`, `<element>Step` for each of the four elements: a recent moment of that
 *   element, and one small step to warm it;
 * - `seeDifferently` (team: the coldest element is one the team does not agree on),
 *   `sharedProblem` (team: the coldest element is cold and the team agrees on it),
 *   `keepWarm` (a hot spot), `energyLow` (energy is cold).
 */
export const CLIMATE_REFLECTION_IDS = [
  'purposeMoment',
  'purposeStep',
  'cooperationMoment',
  'cooperationStep',
  'boundariesMoment',
  'boundariesStep',
  'reflectionMoment',
  'reflectionStep',
  'seeDifferently',
  'sharedProblem',
  'keepWarm',
  'energyLow',
] as const;

export type ClimateReflectionId = (typeof CLIMATE_REFLECTION_IDS)[number];

const ELEMENT_QUESTIONS: Readonly<Record<ClimateElement, readonly [ClimateReflectionId, ClimateReflectionId]>> = {
  purpose: ['purposeMoment', 'purposeStep'],
  cooperation: ['cooperationMoment', 'cooperationStep'],
  boundaries: ['boundariesMoment', 'boundariesStep'],
  reflection: ['reflectionMoment', 'reflectionStep'],
};

/**
 * The reflection questions for a person's or a team's climate, in the order to show them: the two
 * questions of the coldest element, then at most one more, the first that fits of
 * 1. `seeDifferently`: (team) the team does not agree on the coldest element;
 * 2. `sharedProblem`: (team) the coldest element is cold and the team agrees on it;
 * 3. `keepWarm`: the climate is a hot spot;
 * 4. `energyLow`: energy is cold.
 * So 2 or 3 ids; none for a hidden team or a person without a temperature (no coldest element).
 */
export function climateReflectionIds(result: PersonClimate | TeamClimate): ClimateReflectionId[] {
  if ('status' in result && result.status === 'hidden') return [];
  const reading = result.reading;
  if (reading === null) return [];
  const ids: ClimateReflectionId[] = [...ELEMENT_QUESTIONS[reading.coldest]];
  const energyCold = 'status' in result
    ? result.energy.status === 'shown' && result.energy.level === 'cold'
    : result.energy.level === 'cold';
  if ('status' in result && result.disagreed.includes(reading.coldest)) ids.push('seeDifferently');
  else if ('status' in result && result.agreedCold.includes(reading.coldest)) ids.push('sharedProblem');
  else if (reading.band === 'hotSpot') ids.push('keepWarm');
  else if (energyCold) ids.push('energyLow');
  return ids;
}
