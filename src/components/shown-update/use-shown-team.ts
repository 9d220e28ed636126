import { useMemo } from 'react';
import { findInstrument } from '../../model/instruments/registry';
import { wallResults, wallUpdate } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { useShownSnapshot } from '../../stores/shown-store';

/**
 * The team as it is shown (decision 73), the same on the wall, the workshop page and the report:
 * the results of the workshop's snapshot, rebuilt from their codes where a result was replaced
 * or deleted since. Before the first reveal there is no snapshot and nothing of the team is
 * shown yet; `reveal` fixes it at that moment, `update` brings it up to date (the caller asks
 * first when `change.asks`).
 */
export function useShownTeam(workshop: Workshop) {
  const { snapshot, take } = useShownSnapshot(workshop.id);
  const results = useMemo(() => (snapshot ? wallResults(workshop, snapshot, findInstrument) : workshop.results), [workshop, snapshot]);
  const change = useMemo(() => (snapshot ? wallUpdate(workshop, snapshot, findInstrument) : null), [workshop, snapshot]);
  const all = () => workshop.results.map((r) => r.fingerprint);
  return {
    /** Null before the first reveal. */
    snapshot,
    results,
    /** What an update would change; null before the first reveal. */
    change,
    reveal: () => {
      if (snapshot === null) take(all());
    },
    update: () => take(all()),
  };
}
