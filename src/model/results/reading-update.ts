import { findInstrument } from '../instruments/registry';
import type { Instrument } from '../instruments/types';
import { MODES } from '../instruments/types';
import { reflectionQuestionIds } from '../scoring/reflection';
import { scoreAnswers } from '../scoring/score';
import type { SelfCheckScore } from '../scoring/types';
import type { SavedResult } from './saved-result';

/**
 * The first moment the corrected reading applies (decisions 60–62: a mode named only beyond
 * chance, keying-balanced scores with 2 of 4 per keying). A result completed before it was shown
 * with the earlier rules; set to the release of that change.
 */
export const READING_UPDATED_AT = '2026-12-08T00:00:00.000Z';

/** The lead a mode needed before decision 60, on complete spokes. */
const EARLIER_MODE_LEAD = 10;

/**
 * What the result page says about a result, reduced to what two rule sets can be compared by:
 * each axis score as shown (rounded, or missing), the placement, the mode sentence and the
 * reflection questions.
 */
function words(score: SelfCheckScore, modeSentence: string): string {
  const axis = (value: number | null) => (value === null ? '–' : String(Math.round(value)));
  return [axis(score.support.score), axis(score.expectations.score), score.placement ?? '–', modeSentence, reflectionQuestionIds(score).join(',')].join('|');
}

/** The mode sentence under the current rule (`readModes`); "even" reads as it always did. */
function currentModeSentence(score: SelfCheckScore): string {
  const reading = score.modeReading;
  if (!reading) return '';
  if (reading.kind === 'leads') return `named:${reading.mode}`;
  if (reading.kind === 'even') return 'none';
  return `${reading.kind}:${reading.modes.join(',')}`;
}

/**
 * The mode sentence before decision 60: the highest spoke was named with a 10-point lead over the
 * next when every spoke had a score; otherwise "no mode stands out", whatever the spokes.
 */
function earlierModeSentence(score: SelfCheckScore): string {
  const spokes = score.spokes;
  if (!spokes) return '';
  const values = MODES.map((mode) => ({ mode, value: spokes[mode] }));
  if (values.some((v) => v.value === null)) return 'none';
  const [first, second] = [...values].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  return first && second && (first.value ?? 0) - (second.value ?? 0) >= EARLIER_MODE_LEAD ? `named:${first.mode}` : 'none';
}

/** The instrument as it was scored before decision 62: the plain mean, 3 of 4 per keying. */
function earlierRules(instrument: Instrument): Instrument {
  return { ...instrument, scales: instrument.scales.map(({ id }) => ({ id, completeness: { minShare: 0.75, perKeying: true } })) };
}

/**
 * True when a self-check completed before READING_UPDATED_AT now reads differently from how it
 * was shown then: another axis score or a missing one, another placement, mode sentence or set of
 * reflection questions. Only answers are stored (decision 3), so the page re-reads an old result
 * with the current rules and says once that the reading was updated. False for results of other
 * questionnaires, of unknown versions, and for results made since.
 */
export function readingUpdated(saved: SavedResult): boolean {
  const completed = Date.parse(saved.completedAt);
  if (!(completed < Date.parse(READING_UPDATED_AT))) return false;
  const instrument = findInstrument(saved.instrumentId, saved.instrumentVersion);
  if (!instrument?.window || instrument.id !== 'self-check') return false;
  const now = scoreAnswers(instrument, saved.answers);
  const before = scoreAnswers(earlierRules(instrument), saved.answers);
  return words(now, currentModeSentence(now)) !== words(before, earlierModeSentence(before));
}
