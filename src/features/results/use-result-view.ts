import { useMemo } from 'react';
import { useHistoryStore } from '../../stores/history-store';
import { scoreSavedResult } from '../../model/results/score-saved';
import type { SavedResult } from '../../model/results/saved-result';
import type { SelfCheckScore } from '../../model/scoring/types';

export interface ScoredResult {
  readonly saved: SavedResult;
  readonly score: SelfCheckScore;
}

export type ResultView =
  | { status: 'missing' }
  | { status: 'unknown-instrument'; saved: SavedResult }
  | { status: 'ok'; current: ScoredResult; previous: ScoredResult | null; earlier: ScoredResult[] };

function scored(saved: SavedResult): ScoredResult | null {
  const score = scoreSavedResult(saved);
  return score ? { saved, score } : null;
}

/** The result with its scored history: the one before it (for movement) and all others. */
export function useResultView(id: string | undefined): ResultView {
  const results = useHistoryStore((s) => s.results);
  return useMemo(() => {
    const saved = results.find((r) => r.id === id);
    if (!saved) return { status: 'missing' };
    const current = scored(saved);
    if (!current) return { status: 'unknown-instrument', saved };
    const sameInstrument = results
      .filter((r) => r.instrumentId === saved.instrumentId)
      .map(scored)
      .filter((r): r is ScoredResult => r !== null);
    const previous = sameInstrument.find((r) => r.saved.completedAt < saved.completedAt) ?? null;
    return { status: 'ok', current, previous, earlier: sameInstrument };
  }, [results, id]);
}
