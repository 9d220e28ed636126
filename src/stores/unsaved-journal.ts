import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { UnsavedKeeper } from '../lib/locked-write';
import { keepUnsaved, withUnsaved, type Touch, type Unsaved } from '../model/workshop/unsaved';

/** Whether an entity holds changes that storage refused: made here and never stored, or changed. */
export type UnsavedState = 'created' | 'changed' | null;

/**
 * One tab's changes that storage refused, for one store of id'd entities (workshops, client
 * collections). In memory only, and per tab: they exist because storage would not take them. The
 * store's persist `merge` makes them again on every read of storage (`merge`) and lockedWrite
 * keeps each refused change (`keeper`), until any write of this tab is stored (`stored`, from the
 * storage adapter): that write held them all, since the store's state always holds them.
 */
export function createUnsavedJournal<T extends { readonly id: string }>() {
  const journal = createStore<{ unsaved: Unsaved<T> }>()(() => ({ unsaved: new Map() }));
  const stateOf = (unsaved: Unsaved<T>, id: string | undefined): UnsavedState => {
    const entry = id === undefined ? undefined : unsaved.get(id);
    return entry ? (entry.created ? 'created' : 'changed') : null;
  };
  return {
    /** The entities as read from storage, with this tab's refused changes on top. */
    merge: (stored: readonly T[]): T[] => withUnsaved(stored, journal.getState().unsaved),
    /** For lockedWrite: which entities a change touched, and how to make it again. */
    keeper: <V>(touched: (value: V) => readonly Touch<T>[]): UnsavedKeeper<V> => ({
      refused: (value) => journal.setState({ unsaved: keepUnsaved(journal.getState().unsaved, touched(value)) }),
    }),
    stored: (): void => {
      if (journal.getState().unsaved.size > 0) journal.setState({ unsaved: new Map() });
    },
    state: (id: string): UnsavedState => stateOf(journal.getState().unsaved, id),
    /** The same, for a component: it renders again when it changes. */
    useUnsaved: (id: string | undefined): UnsavedState => useStore(journal, (s) => stateOf(s.unsaved, id)),
  };
}
