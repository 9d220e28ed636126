/**
 * A response model for the simulations of meaning (docs/testing.md, "Simulations of meaning"):
 * each person has a latent level per scale (0–100), and answers each statement at that level plus
 * answer noise, rounded to the five points. A team has a latent climate (one level per scale) and
 * its members lie around it. Only tests use this; nothing in the app simulates people.
 */
import type { Answer, AnswerValue, Answers, Instrument } from '../instruments/types';
import { NOT_APPLICABLE } from '../instruments/types';

/** A standard normal draw (Box–Muller) from a uniform generator such as `seeded`. */
export function normal(random: () => number): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A uniform draw between `from` and `to`. */
export const between = (random: () => number, from: number, to: number): number => from + (to - from) * random();

/**
 * One keyed answer (1–5) to a statement of a scale on which the person's latent level is `level`
 * (0–100): 1 + level / 25 on the answer metric, plus normal noise with SD `noise` (in answer
 * points), rounded and kept within 1–5.
 */
export function keyedAnswer(level: number, noise: number, random: () => number): AnswerValue {
  const x = Math.round(1 + level / 25 + noise * normal(random));
  return Math.min(5, Math.max(1, x)) as AnswerValue;
}

export interface PersonModel {
  /** Latent level (0–100) per scale id. A scale without a level is left unanswered. */
  readonly levels: Readonly<Record<string, number>>;
  /** SD of the answer noise, in answer points (about 0.5 for a careful, 1 for a hasty answerer). */
  readonly noise: number;
  /** Chance that a statement gets "does not apply" instead of an answer (0 by default). */
  readonly notApplicable?: number;
}

/** The raw answers of one simulated person to an instrument (a `minus` statement gets 6 − keyed). */
export function simulatedAnswers(instrument: Instrument, person: PersonModel, random: () => number): Answers {
  const answers: Record<string, Answer> = {};
  for (const item of instrument.items) {
    const level = person.levels[item.scale];
    if (level === undefined) continue;
    if (person.notApplicable !== undefined && random() < person.notApplicable) {
      answers[item.id] = NOT_APPLICABLE;
      continue;
    }
    const keyed = keyedAnswer(level, person.noise, random);
    answers[item.id] = item.keying === 'plus' ? keyed : ((6 - keyed) as AnswerValue);
  }
  return answers;
}

/**
 * A one-peaked team: one latent team level per scale (`centre`), each member's level normal
 * around it with SD `spread`, each member's own answer noise between 0.5 and 1.2 points.
 */
export function onePeakedTeam(
  instrument: Instrument,
  size: number,
  centre: Readonly<Record<string, number>>,
  spread: number,
  random: () => number,
  notApplicable = 0,
): Answers[] {
  return Array.from({ length: size }, () => {
    const levels = Object.fromEntries(Object.entries(centre).map(([scale, level]) => [scale, level + spread * normal(random)]));
    return simulatedAnswers(instrument, { levels, noise: between(random, 0.5, 1.2), notApplicable }, random);
  });
}

/**
 * The upper end of the two-sided 95 % Wilson score interval for a rate of `hits` in `n` trials:
 * "the rate is under x" is claimed only when this bound is.
 */
export function upperBound95(hits: number, n: number): number {
  const z = 1.959964;
  const p = hits / n;
  const centre = p + (z * z) / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return (centre + margin) / (1 + (z * z) / n);
}

/** The lower end of the same interval: "the rate is at least x" only when this bound is. */
export function lowerBound95(hits: number, n: number): number {
  const z = 1.959964;
  const p = hits / n;
  const centre = p + (z * z) / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return (centre - margin) / (1 + (z * z) / n);
}
