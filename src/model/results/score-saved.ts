import { findInstrument } from '../instruments/registry';
import type { Instrument } from '../instruments/types';
import { scoreAnswers } from '../scoring/score';
import type { SelfCheckScore } from '../scoring/types';
import { climateOfPerson } from '../climate/person';
import { CLIMATE_SCALES } from '../climate/temperature';
import type { PersonClimate } from '../climate/types';
import type { SavedResult } from './saved-result';

/**
 * A saved result read with the instrument version it was answered on. What it is depends on the
 * instrument: a self-check (an instrument with a window) gives a window score; the team climate
 * questionnaire gives one person's climate (src/model/climate/person.ts).
 */
export type ReadResult =
  | { readonly kind: 'window'; readonly saved: SavedResult; readonly score: SelfCheckScore }
  | { readonly kind: 'climate'; readonly saved: SavedResult; readonly climate: PersonClimate };

/** True for an instrument with a scale for each climate element and energy, and no window. */
function isClimateInstrument(instrument: Instrument): boolean {
  return !instrument.window && CLIMATE_SCALES.every((scale) => instrument.scales.some((s) => s.id === scale));
}

/**
 * Reads a saved result by its instrument; null when the app does not know the instrument (version)
 * or cannot read that kind of questionnaire. Never throws for a known instrument.
 */
export function readSavedResult(saved: SavedResult): ReadResult | null {
  const instrument = findInstrument(saved.instrumentId, saved.instrumentVersion);
  if (!instrument) return null;
  if (instrument.window) return { kind: 'window', saved, score: scoreAnswers(instrument, saved.answers) };
  if (isClimateInstrument(instrument)) return { kind: 'climate', saved, climate: climateOfPerson(instrument, saved.answers) };
  return null;
}

/**
 * Scores a saved self-check (an instrument with a window) with the instrument version it was
 * answered on; null when the instrument is unknown or has no window (a team climate result:
 * use `readSavedResult` or `climateOfSavedResult`).
 */
export function scoreSavedResult(saved: SavedResult): SelfCheckScore | null {
  const read = readSavedResult(saved);
  return read?.kind === 'window' ? read.score : null;
}

/** One person's team climate from a saved result; null unless it is a known team climate result. */
export function climateOfSavedResult(saved: SavedResult): PersonClimate | null {
  const read = readSavedResult(saved);
  return read?.kind === 'climate' ? read.climate : null;
}

/** True when the result is a self-check with a window: the results the trend and the comparison use. */
export function isWindowResult(saved: SavedResult): boolean {
  return findInstrument(saved.instrumentId, saved.instrumentVersion)?.window !== undefined;
}
