import { useMemo } from 'react';
import { useHistoryStore } from '../../stores/history-store';
import { readSavedResult, scoreSavedResult } from '../../model/results/score-saved';
import type { SavedResult } from '../../model/results/saved-result';
import type { SelfCheckScore } from '../../model/scoring/types';
import type { PersonClimate } from '../../model/climate/types';

export interface ScoredResult {
  readonly saved: SavedResult;
  readonly score: SelfCheckScore;
}

/** A team climate result as the person sees the team. */
export interface ClimateResult {
  readonly saved: SavedResult;
  readonly climate: PersonClimate;
}

export type ResultView =
  | { status: 'missing' }
  | { status: 'unknown-instrument'; saved: SavedResult }
  | { status: 'ok'; current: ScoredResult; previous: ScoredResult | null; earlier: ScoredResult[] }
  /** A team climate result: the one before it and all climate results, newest first. */
  | { status: 'climate'; current: ClimateResult; previous: ClimateResult | null; earlier: ClimateResult[] };

function scored(saved: SavedResult): ScoredResult | null {
  const score = scoreSavedResult(saved);
  return score ? { saved, score } : null;
}

function climateOf(saved: SavedResult): ClimateResult | null {
  const read = readSavedResult(saved);
  return read?.kind === 'climate' ? { saved, climate: read.climate } : null;
}

/**
 * The result with its history of the same questionnaire: the one before it (for movement) and all
 * others. Which view depends on the questionnaire: a self-check (window) or the team climate.
 */
export function useResultView(id: string | undefined): ResultView {
  const results = useHistoryStore((s) => s.results);
  return useMemo((): ResultView => {
    const saved = results.find((r) => r.id === id);
    if (!saved) return { status: 'missing' };
    const read = readSavedResult(saved);
    if (!read) return { status: 'unknown-instrument', saved };
    const sameInstrument = results.filter((r) => r.instrumentId === saved.instrumentId);
    if (read.kind === 'climate') {
      const earlier = sameInstrument.map(climateOf).filter((r): r is ClimateResult => r !== null);
      const previous = earlier.find((r) => r.saved.completedAt < saved.completedAt) ?? null;
      return { status: 'climate', current: { saved, climate: read.climate }, previous, earlier };
    }
    const earlier = sameInstrument.map(scored).filter((r): r is ScoredResult => r !== null);
    const previous = earlier.find((r) => r.saved.completedAt < saved.completedAt) ?? null;
    return { status: 'ok', current: { saved, score: read.score }, previous, earlier };
  }, [results, id]);
}
