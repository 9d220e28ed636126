import { findInstrument } from '../instruments/registry';
import { scoreAnswers } from '../scoring/score';
import type { SelfCheckScore } from '../scoring/types';
import type { SavedResult } from './saved-result';

/** Scores a saved result with the instrument version it was answered on; null when unknown. */
export function scoreSavedResult(saved: SavedResult): SelfCheckScore | null {
  const instrument = findInstrument(saved.instrumentId, saved.instrumentVersion);
  return instrument ? scoreAnswers(instrument, saved.answers) : null;
}
