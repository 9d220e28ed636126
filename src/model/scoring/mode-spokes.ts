import { isAnswerValue, MODES, type Answers, type Instrument, type Mode } from '../instruments/types';

/** Each mode's spoke, 0–100, or null when too few of its statements were answered. */
export type ModeSpokes = Readonly<Record<Mode, number | null>>;

/** A spoke needs at least this share of its mode's statements answered 1–5 (3 of 4 in the self-check). */
export const SPOKE_MIN_SHARE = 0.75;

/** A mode is named "most present" only when its spoke leads the next one by at least this many points. */
export const MODE_LEAD = 10;

/**
 * The radar from what was answered: each mode's spoke is the mean RAW agreement a (1–5) with the
 * statements that illustrate that mode, as (a − 1) / 4 × 100. Raw, not keyed: agreeing with the
 * DOOR statements makes the DOOR spoke long, whatever their axis or keying. "Does not apply" and
 * skips are left out; a spoke is null below SPOKE_MIN_SHARE answered. Null for an instrument whose
 * statements illustrate no mode.
 */
export function modeSpokes(instrument: Instrument, answers: Answers): ModeSpokes | null {
  if (!instrument.items.some((item) => item.illustrates)) return null;
  const entries = MODES.map((mode): [Mode, number | null] => {
    const items = instrument.items.filter((item) => item.illustrates === mode);
    const values: number[] = [];
    for (const item of items) {
      const value: unknown = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      if (isAnswerValue(value)) values.push(value);
    }
    const enough = items.length > 0 && values.length / items.length >= SPOKE_MIN_SHARE;
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    return [mode, enough ? ((mean - 1) / 4) * 100 : null];
  });
  return Object.fromEntries(entries) as Record<Mode, number | null>;
}

/**
 * The mode that shows most in the answers, or null when no mode leads the next by MODE_LEAD
 * points (a tie names nothing: "agree" everywhere gives four equal spokes, and naming MET by the
 * fixed order of the modes would flatter the user) or when a spoke is missing.
 */
export function mostPresentMode(spokes: ModeSpokes | null): Mode | null {
  if (!spokes) return null;
  const values = MODES.map((mode) => ({ mode, value: spokes[mode] }));
  if (values.some((v) => v.value === null)) return null;
  const sorted = [...values].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const [first, second] = sorted;
  if (!first || !second) return null;
  return (first.value ?? 0) - (second.value ?? 0) >= MODE_LEAD ? first.mode : null;
}
