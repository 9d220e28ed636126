import type { Retired, WorkshopResult } from './workshop';
import { addResults, mergeRetired } from './result-set';

/**
 * What a tab changed while the device's storage refused to keep it (issue 18). Such a change was
 * shown ("added to this page, not saved"), so it must outlive every read of storage: when another
 * tab writes, this tab reads storage again and would otherwise show, and later save, the other
 * tab's copy without it. Each refused change is kept as a replay, a pure step that makes the
 * same change again on whatever storage holds by then. Results are replayed with `addResults`, so
 * they follow the counting rules against the results as stored at that moment: a result that the
 * other tab took in as well counts once, and of one phone's results only the newest counts,
 * whichever tab took which in first (result-set.ts).
 */

/** One change made again on an entity as stored now; `undefined` in is "not stored", out is "gone". */
export type Replay<T> = (entity: T | undefined) => T | undefined;

export interface UnsavedEntry<T> {
  /** True when the entity was made in this tab (created or opened from a file) and never stored. */
  readonly created: boolean;
  /** In the order they were made. */
  readonly replays: readonly Replay<T>[];
}

export type Unsaved<T> = ReadonlyMap<string, UnsavedEntry<T>>;

/** One entity a change touched, with how to make that change again. */
export interface Touch<T> {
  readonly id: string;
  readonly replay: Replay<T>;
  /** The change made the entity: it is not in storage, so a read of storage does not know it. */
  readonly created?: boolean;
}

/** `unsaved` with the refused changes of `touched` added at the end. */
export function keepUnsaved<T>(unsaved: Unsaved<T>, touched: readonly Touch<T>[]): Unsaved<T> {
  if (touched.length === 0) return unsaved;
  const next = new Map(unsaved);
  for (const { id, replay, created = false } of touched) {
    const entry = next.get(id);
    next.set(id, { created: (entry?.created ?? false) || created, replays: [...(entry?.replays ?? []), replay] });
  }
  return next;
}

/**
 * The entities as stored, with this tab's unsaved changes made again on top. An entity created
 * here and not stored comes first (newest first, as a new one is listed). One that another tab
 * deleted stays deleted: deleting is a choice made on purpose, after a warning to save a file
 * first (docs/decisions.md 58).
 */
export function withUnsaved<T extends { readonly id: string }>(stored: readonly T[], unsaved: Unsaved<T>): T[] {
  if (unsaved.size === 0) return [...stored];
  const replay = (entity: T | undefined, entry: UnsavedEntry<T>) => entry.replays.reduce<T | undefined>((e, step) => step(e), entity);
  const storedIds = new Set(stored.map((e) => e.id));
  const fresh: T[] = [];
  for (const [id, entry] of unsaved) {
    if (storedIds.has(id) || !entry.created) continue;
    const entity = replay(undefined, entry);
    if (entity) fresh.unshift(entity);
  }
  const kept = stored.flatMap((entity) => {
    const entry = unsaved.get(entity.id);
    const now = entry ? replay(entity, entry) : entity;
    return now ? [now] : [];
  });
  return [...fresh, ...kept];
}

/**
 * A replay that takes results in by the counting rules (`addResults`, with what the entity as
 * stored has retired, and what a file brought along); nothing to take them into stays nothing.
 */
export function addingResults<T extends { readonly results: readonly WorkshopResult[]; readonly retired?: Retired }>(
  incoming: readonly WorkshopResult[],
  retiredToo?: Retired,
): Replay<T> {
  return (entity) => {
    if (!entity) return entity;
    const outcome = addResults(entity.results, incoming, retiredToo ? mergeRetired(entity.retired, retiredToo) : entity.retired);
    return { ...entity, results: outcome.results, retired: outcome.retired };
  };
}

/** A replay of a change to one stored entity: a deleted one stays deleted. */
export function changing<T>(change: (entity: T) => T): Replay<T> {
  return (entity) => entity && change(entity);
}
