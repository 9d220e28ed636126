/**
 * The pure arithmetic of the team climate: element levels, the temperature, the band and the
 * coldest element. The same functions read a person's element scores and a team's element means.
 * docs/climate.md, "The temperature" and "Bands".
 */
import { MIDDLE_ZONE } from '../scoring/score';
import type { ClimateBand, ClimateElement, ClimateReading, ClimateScale, ElementLevel } from './types';

/**
 * The four elements in their fixed order: the order of display, of the questionnaire's scales,
 * and the order that breaks a tie for the coldest element (the first one wins).
 */
export const CLIMATE_ELEMENTS: readonly ClimateElement[] = ['purpose', 'cooperation', 'boundaries', 'reflection'];

/** The outcome scale: shown beside the temperature, never part of it. */
export const ENERGY = 'energy' satisfies ClimateScale;

/** Every scale of the questionnaire: the four elements, then energy. */
export const CLIMATE_SCALES: readonly ClimateScale[] = [...CLIMATE_ELEMENTS, ENERGY];

/**
 * The bounds of the levels: warm at ≥ 60, cold at ≤ 40, the same bounds as the window's middle
 * zone (|x − 50| < 10 is the middle), so a person who agrees with everything stays in the middle.
 */
export const CLIMATE_LEVELS = {
  warmFrom: MIDDLE_ZONE.centre + MIDDLE_ZONE.halfWidth,
  coldTo: MIDDLE_ZONE.centre - MIDDLE_ZONE.halfWidth,
} as const;

/**
 * A value within this distance of a bound counts as on the bound: a team mean that is 60 on paper
 * may come out as 59.999999999999 in floating point, and must still read as warm.
 */
export const BOUND_TOLERANCE = 1e-9;

/** Warm at ≥ 60, cold at ≤ 40 (both within BOUND_TOLERANCE), otherwise middle. */
export function elementLevel(score: number): ElementLevel {
  if (score >= CLIMATE_LEVELS.warmFrom - BOUND_TOLERANCE) return 'warm';
  if (score <= CLIMATE_LEVELS.coldTo + BOUND_TOLERANCE) return 'cold';
  return 'middle';
}

/** A 0–100 score on the 1–5 metric of the answers: m = 1 + score / 25. */
export function toAnswerMetric(score: number): number {
  return 1 + score / 25;
}

/** A value on the 1–5 metric as a 0–100 score: (m − 1) / 4 × 100. */
export function fromAnswerMetric(m: number): number {
  return ((m - 1) / 4) * 100;
}

/**
 * The temperature of four element scores (0–100): their geometric mean on the 1–5 metric of the
 * answers, mapped back to 0–100. With mᵢ = 1 + scoreᵢ / 25 and G = (m₁·m₂·m₃·m₄)^(1/4),
 * T = (G − 1) / 4 × 100. Because the metric starts at 1, no factor is ever 0, and T is 0 only when
 * every element is 0. G never exceeds the arithmetic mean of the mᵢ (equal only when all four are
 * equal), and the more unequal the elements, the more it falls short: one frozen element pulls
 * the whole team down. Throws RangeError unless there are exactly four finite scores.
 */
export function temperatureOf(scores: readonly number[]): number {
  if (scores.length !== CLIMATE_ELEMENTS.length || !scores.every(Number.isFinite)) {
    throw new RangeError('temperatureOf needs exactly four finite element scores');
  }
  // Sum the logarithms in the fixed element order: the same four scores give the same temperature.
  let logSum = 0;
  for (const score of scores) logSum += Math.log(toAnswerMetric(clamp(score)));
  const g = Math.exp(logSum / scores.length);
  return clamp(fromAnswerMetric(g));
}

/**
 * The band: `hotSpot` when all four elements are warm; `coldSpot` when two or more are cold or the
 * temperature is at most 40; otherwise `lukewarm`. (All four warm implies a temperature of at
 * least 60, so a hot spot is never also a cold spot.)
 */
export function climateBand(levels: readonly ElementLevel[], temperature: number): ClimateBand {
  if (levels.length > 0 && levels.every((level) => level === 'warm')) return 'hotSpot';
  const cold = levels.filter((level) => level === 'cold').length;
  if (cold >= 2 || temperature <= CLIMATE_LEVELS.coldTo + BOUND_TOLERANCE) return 'coldSpot';
  return 'lukewarm';
}

/**
 * The coldest element: the lowest score; scores within BOUND_TOLERANCE of each other tie, and a
 * tie goes to the element that comes first in CLIMATE_ELEMENTS (purpose, cooperation,
 * boundaries, reflection). `scores` are in CLIMATE_ELEMENTS order.
 */
export function coldestElement(scores: readonly number[]): ClimateElement {
  let coldest = 0;
  scores.forEach((score, i) => {
    if (score < (scores[coldest] ?? Number.POSITIVE_INFINITY) - BOUND_TOLERANCE) coldest = i;
  });
  const element = CLIMATE_ELEMENTS[coldest];
  if (element === undefined || scores.length !== CLIMATE_ELEMENTS.length) {
    throw new RangeError('coldestElement needs exactly four element scores');
  }
  return element;
}

/** Band, coldest, warm and cold elements of four element scores (in CLIMATE_ELEMENTS order) and their temperature. */
export function readClimate(scores: readonly number[], temperature: number): ClimateReading {
  const levels = scores.map(elementLevel);
  const having = (level: ElementLevel) => CLIMATE_ELEMENTS.filter((_, i) => levels[i] === level);
  return {
    band: climateBand(levels, temperature),
    coldest: coldestElement(scores),
    warm: having('warm'),
    cold: having('cold'),
  };
}

function clamp(score: number): number {
  return Math.min(100, Math.max(0, score));
}
