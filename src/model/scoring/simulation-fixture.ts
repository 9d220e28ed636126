/**
 * For the simulation tests only (*.simulation.test.ts): a seeded random source, a response model
 * of how people answer the self-check, and the upper bound of a measured rate. The response model
 * is written here, apart from the scoring: it does not share the criterion's assumptions (normal
 * errors of a known SEM); it makes discrete answers 1–5 from latent levels plus noise.
 */
import type { Answer, Answers, Instrument, LikertItem } from '../instruments/types';

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal number (Box–Muller). */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A logistic number with SD 1: heavier tails than the normal. */
export function logistic(random: () => number): number {
  const u = Math.min(Math.max(random(), 1e-12), 1 - 1e-12);
  return (Math.log(u / (1 - u)) * Math.sqrt(3)) / Math.PI;
}

/** Each statement answered 1–5 with chance 1/5: someone answering at random. */
export function randomAnswers(instrument: Instrument, random: () => number): Answers {
  return Object.fromEntries(instrument.items.map((item) => [item.id, 1 + Math.floor(random() * 5)])) as Answers;
}

/**
 * The upper end of the 95 % Wilson interval of a rate of `hits` in `n`: the rate is below it with
 * 95 % confidence. A test asserts this bound, not the measured rate, under its target.
 */
export function upperBound(hits: number, n: number, z = 1.96): number {
  const p = hits / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/** How one person answers, apart from the occasion: latent levels and stable habits per statement. */
export interface Person {
  /** Latent level per scale on the keyed 1–5 continuum (3 is the middle). */
  readonly level: Readonly<Record<string, number>>;
  /** A stable preference per statement (the person's own reading of it), in answer steps. */
  readonly habit: Readonly<Record<string, number>>;
  /** Statements that do not fit this person's work: "does not apply" on every occasion. */
  readonly notApplicable: ReadonlySet<string>;
}

export interface ResponseModel {
  /** Mean and SD of the latent levels over people, per scale. */
  readonly levelMean: Readonly<Record<string, number>>;
  readonly levelSd: number;
  /** SD of the stable person × statement habit. */
  readonly habitSd: number;
  /** SD of the answer noise, new on every occasion (logistic: heavier tails than normal). */
  readonly noiseSd: number;
  /** SD of the person's tendency to agree on one occasion, added to every raw answer. */
  readonly acquiescenceSd: number;
  /** Chance that a statement does not fit someone's work (only where the answer scale offers it). */
  readonly notApplicableRate: number;
}

/**
 * The movement test's professionals: levels above the middle with a wide spread between people; a
 * tendency to agree that changes between occasions; one statement in 25 that does not fit
 * someone's work. Answer noise of SD 0.866 steps is the error the SEM assumes (0.75 steps²), and
 * here all of it is new on every occasion, with rounding on top: no stable habits, the pessimistic
 * case for a change criterion. Its answers have an item SD of about 1 step, as the SEM assumes.
 */
export const PEOPLE: ResponseModel = {
  levelMean: { support: 3.6, expectations: 3.3 },
  levelSd: 0.6,
  habitSd: 0,
  noiseSd: Math.sqrt(0.75),
  acquiescenceSd: 0.3,
  notApplicableRate: 0.04,
};

/** Fixed offsets per statement (some are easier to agree with), the same for everyone. */
export function statementOffsets(instrument: Instrument, random: () => number, sd = 0.35): Readonly<Record<string, number>> {
  return Object.fromEntries(instrument.items.map((item) => [item.id, sd * normal(random)]));
}

/** A new person drawn from the model. */
export function drawPerson(instrument: Instrument, model: ResponseModel, random: () => number): Person {
  const level = Object.fromEntries(instrument.scales.map((s) => [s.id, (model.levelMean[s.id] ?? 3) + model.levelSd * normal(random)]));
  const habit = Object.fromEntries(instrument.items.map((item) => [item.id, model.habitSd * normal(random)]));
  const notApplicable = new Set(
    instrument.answerScale.notApplicable ? instrument.items.filter(() => random() < model.notApplicableRate).map((item) => item.id) : [],
  );
  return { level, habit, notApplicable };
}

/** The same person after a true change of `shift` steps per scale. */
export function changed(person: Person, shift: Readonly<Record<string, number>>): Person {
  return { ...person, level: Object.fromEntries(Object.entries(person.level).map(([scale, level]) => [scale, level + (shift[scale] ?? 0)])) };
}

/**
 * One occasion of answers: for each statement the keyed latent value level + offset + habit is
 * turned into raw agreement (6 − value for a `minus` statement), the occasion's acquiescence and
 * fresh noise are added, and the result is rounded to the nearest of 1–5.
 */
export function answerOnce(
  instrument: Instrument,
  person: Person,
  offsets: Readonly<Record<string, number>>,
  model: ResponseModel,
  random: () => number,
): Answers {
  const acquiescence = model.acquiescenceSd * normal(random);
  const answer = (item: LikertItem): Answer => {
    if (person.notApplicable.has(item.id)) return 'na';
    const keyed = (person.level[item.scale] ?? 3) + (offsets[item.id] ?? 0) + (person.habit[item.id] ?? 0);
    const raw = (item.keying === 'plus' ? keyed : 6 - keyed) + acquiescence + model.noiseSd * logistic(random);
    return Math.min(5, Math.max(1, Math.round(raw))) as Answer;
  };
  return Object.fromEntries(instrument.items.map((item) => [item.id, answer(item)]));
}
