/**
 * The pure arithmetic of the team climate: element levels, the temperature, the band and the
 * coldest element. The same functions read a person's element scores and a team's element means.
  * docs/climate.md §3 (one truth: the band and the scale), §5 (the temperature) and §6 (bands).
 */
import { MIDDLE_ZONE } from '../scoring/score';
import { shownFigure } from '../team-report/figures';
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
 * Scores within this distance of each other tie for the coldest element: a team mean that is 60
 * on paper may come out as 59.999999999999 in floating point.
 */
export const BOUND_TOLERANCE = 1e-9;

/**
 * A 0–100 climate score as every screen, the team report and the CSV show it: a whole number,
 * the one rounding of every team figure (`shownFigure`: the 0.1 value, then half up; decision
 * 68), so the wall's 50.46 is 51 like everywhere else. Levels and bands are decided on this
 * number, so a word never contradicts the number printed beside it ("60 · Lauw" cannot happen),
 * and a team mean of 60 that floating point computes as 59.999999999 still reads warm.
 * docs/climate.md §3.
 */
export function shownScore(score: number): number {
  return shownFigure(score) ?? Math.round(score);
}

/** Warm at ≥ 60, cold at ≤ 40, otherwise middle: of the score as shown (`shownScore`). */
export function elementLevel(score: number): ElementLevel {
  const shown = shownScore(score);
  if (shown >= CLIMATE_LEVELS.warmFrom) return 'warm';
  if (shown <= CLIMATE_LEVELS.coldTo) return 'cold';
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

/** One zone of the temperature's scale: the band it stands for and where it lies on 0–100. */
export interface ClimateZone {
  readonly band: ClimateBand;
  readonly from: number;
  readonly to: number;
}

/**
 * The three zones every temperature scale draws, cold to hot, each named by its band's word: a
 * shown temperature of 40 lies in the cold zone, 60 in the hot zone (the bounds belong to the
 * outer zones, as for the element levels).
 */
export const CLIMATE_ZONES: readonly ClimateZone[] = [
  { band: 'coldSpot', from: 0, to: CLIMATE_LEVELS.coldTo },
  { band: 'lukewarm', from: CLIMATE_LEVELS.coldTo, to: CLIMATE_LEVELS.warmFrom },
  { band: 'hotSpot', from: CLIMATE_LEVELS.warmFrom, to: 100 },
];

/**
 * The band of a temperature: the zone of the temperature's scale it is drawn in. `coldSpot` up to
 * 40, `hotSpot` from 60, `lukewarm` between, of the temperature as shown (`shownScore`). The band
 * is a function of the temperature alone, so the word can never disagree with the scale the
 * temperature is drawn on (docs/climate.md §3, docs/decisions.md 63). Gratton's "as warm as the
 * weakest element" lives in the temperature itself (a geometric mean); the cold elements are
 * named beside the band (`ClimateReading.cold`).
 */
export function temperatureBand(temperature: number): ClimateBand {
  return CLIMATE_ZONES[zoneIndex(temperature)]?.band ?? 'lukewarm';
}

/**
 * Where a chart draws a climate score (the temperature, an element, energy) on its 0–100 scale:
 * at the score as shown, within 0–100. Every climate scale (person, team, wall, report) places
 * its mark with this, so a mark always stands in the zone named by its word: the band for the
 * temperature (`temperatureBand`), the level for an element (`elementLevel`).
 */
export function scaleMarkAt(score: number): number {
  return Math.min(100, Math.max(0, shownScore(score)));
}

function zoneIndex(temperature: number): number {
  const shown = shownScore(temperature);
  if (shown <= CLIMATE_LEVELS.coldTo) return 0;
  if (shown >= CLIMATE_LEVELS.warmFrom) return 2;
  return 1;
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

/**
 * Band (of the temperature), coldest, warm and cold elements of four element scores (in
 * CLIMATE_ELEMENTS order) and their temperature.
 */
export function readClimate(scores: readonly number[], temperature: number): ClimateReading {
  const levels = scores.map(elementLevel);
  const having = (level: ElementLevel) => CLIMATE_ELEMENTS.filter((_, i) => levels[i] === level);
  return {
    band: temperatureBand(temperature),
    coldest: coldestElement(scores),
    warm: having('warm'),
    cold: having('cold'),
  };
}

function clamp(score: number): number {
  return Math.min(100, Math.max(0, score));
}
