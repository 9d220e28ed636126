import { isAnswerValue, MODES, type Answers, type Instrument, type Mode } from '../instruments/types';
import { leadNeeded, reaches } from './chance-lead';
import type { Placement } from './types';

/** Each mode's spoke, 0–100, or null when too few of its statements were answered. */
export type ModeSpokes = Readonly<Record<Mode, number | null>>;

/** A spoke needs at least this share of its mode's statements answered 1–5 (3 of 4 in the self-check). */
export const SPOKE_MIN_SHARE = 0.75;

/**
 * "About equally often" is said only while the highest and the lowest spoke differ by less than
 * this many points (fewer than 5 answer steps on 4 statements); from here on the page names the
 * highest spokes instead.
 */
export const EVEN_SPREAD = 30;

/**
 * What the page may say about the spokes. One rule for every screen, print and file
 * (`readModes`):
 * - `leads`: one mode stands out ("springt eruit");
 * - `highest`: no mode stands out, but the spokes differ by EVEN_SPREAD or more; `modes` are the
 *   highest, in order. `why` says why none is named: `chance` (the lead could come from random
 *   answers), `between` or `unplaced` (the lead is large, but the point is between the modes or
 *   not in the window), `otherMode` (the lead is large, but the point lies in another mode);
 * - `even`: no mode stands out and the spokes lie within EVEN_SPREAD of each other;
 * - `missing`: these spokes have too few answers, so the modes are not compared.
 */
export type ModeReading =
  | { readonly kind: 'leads'; readonly mode: Mode }
  | { readonly kind: 'highest'; readonly modes: readonly Mode[]; readonly why: 'chance' | 'between' | 'unplaced' | 'otherMode' }
  | { readonly kind: 'even' }
  | { readonly kind: 'missing'; readonly modes: readonly Mode[] };

/** The statements of each mode answered 1–5 ("does not apply" and skips left out). */
export type SpokeAnswered = Readonly<Record<Mode, number>>;

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

/** How many statements of each mode were answered 1–5. */
export function spokeAnswered(instrument: Instrument, answers: Answers): SpokeAnswered {
  const counts = Object.fromEntries(MODES.map((mode) => [mode, 0])) as Record<Mode, number>;
  for (const item of instrument.items) {
    if (item.illustrates && Object.hasOwn(answers, item.id) && isAnswerValue(answers[item.id])) counts[item.illustrates] += 1;
  }
  return counts;
}

/**
 * The one rule for naming a mode from the spokes. A mode stands out (`leads`) only when
 * - every spoke has a score,
 * - its spoke leads the next one by at least `leadNeeded(answered)` points: the smallest lead that
 *   people answering at random reach at most 10 % of the time with these numbers of answered
 *   statements (31.25 points with 4 on every spoke; chance-lead.ts), and
 * - the placement is that same mode: never while the point is between the modes, not in the
 *   window or in another mode (the headline would contradict it).
 * Otherwise, when highest − lowest < EVEN_SPREAD the spokes are `even`; else the `highest` are
 * named together: the highest spoke with every spoke equal to the second highest (the highest
 * alone when the lead was large enough, or when the other three are equal). Modes with equal
 * spokes keep the fixed order of MODES, so a tie never favours MET by sorting.
 */
export function readModes(spokes: ModeSpokes | null, answered: SpokeAnswered, placement: Placement | null): ModeReading | null {
  if (!spokes) return null;
  const missing = MODES.filter((mode) => spokes[mode] === null);
  if (missing.length > 0) return { kind: 'missing', modes: missing };
  const values = MODES.map((mode) => ({ mode, value: spokes[mode] ?? 0 }));
  const sorted = [...values].sort((a, b) => b.value - a.value);
  const [first, second] = sorted;
  const last = sorted[sorted.length - 1];
  if (!first || !second || !last) return null;
  const clear = reaches(first.value - second.value, leadNeeded(MODES.map((mode) => answered[mode])));
  if (clear && placement === first.mode) return { kind: 'leads', mode: first.mode };
  if (first.value - last.value < EVEN_SPREAD) return { kind: 'even' };
  const runnersUp = sorted.slice(1).filter((v) => reaches(v.value - second.value, 0));
  const modes = clear || runnersUp.length === sorted.length - 1 ? [first.mode] : [first.mode, ...runnersUp.map((v) => v.mode)];
  const why = !clear ? 'chance' : placement === null ? 'unplaced' : placement === 'between' ? 'between' : 'otherMode';
  return { kind: 'highest', modes, why };
}

/** The mode the page names as standing out, or null: `readModes` decides. */
export function namedMode(reading: ModeReading | null): Mode | null {
  return reading?.kind === 'leads' ? reading.mode : null;
}
