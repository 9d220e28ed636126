import { useMemo } from 'react';
import { findInstrument } from '../../model/instruments/registry';
import { wallResults, wallUpdate } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { shownSnapshot, takeShown, useShownSnapshot } from '../../stores/shown-store';

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

/**
 * A workshop as its team is shown, for a view that lists many (the overview of teams): the
 * results of its snapshot, never a result that came in after the last "Bijwerken". Such a view
 * reveals a workshop (`revealShown`) when it is taken in, as opening its report does.
 */
export function shownWorkshop(workshop: Workshop): Workshop {
  const snapshot = shownSnapshot(workshop.id) ?? workshop.results.map((r) => r.fingerprint);
  return { ...workshop, results: wallResults(workshop, snapshot, findInstrument) };
}

/** The first reveal of a workshop taken into a view outside its own pages. */
export function revealShown(workshop: Workshop): void {
  if (shownSnapshot(workshop.id) === null) takeShown(workshop.id, workshop.results.map((r) => r.fingerprint));
}
