import { useSyncExternalStore } from 'react';
import { readRaw } from '../lib/storage';
import { HISTORY_KEY, PROGRESS_KEY, SELF_SESSION } from './keys';
import type * as ProgressStore from './progress-store';
import type * as HistoryStore from './history-store';

/**
 * What the home page shows about stored data (how far the self-check in progress is, how many
 * results there are), without loading the stores and their schemas at start: those weigh 9 kB
 * gzip and the first screen needs two numbers.
 *
 * Until the stores are there the numbers come from a plain read of storage; the stores load
 * right after the first render (validating, migrating, keeping unreadable data aside and telling
 * the user) and from then on the numbers come from them.
 */
type Stores = {
  progress: typeof ProgressStore;
  history: typeof HistoryStore;
};

let stores: Stores | null = null;
let loading: Promise<Stores> | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function loadStores(): Promise<Stores> {
  loading ??= Promise.all([import('./progress-store'), import('./history-store')]).then(([progress, history]) => {
    stores = { progress, history };
    progress.useProgressStore.subscribe(notify);
    history.useHistoryStore.subscribe(notify);
    notify();
    return stores;
  });
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab's change, before the stores are there (after, the stores follow it themselves).
  window.addEventListener('storage', listener);
  void loadStores();
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function storedState(key: string): Record<string, unknown> | null {
  try {
    const parsed = JSON.parse(readRaw(key) ?? 'null') as { state?: unknown; version?: unknown } | null;
    return parsed && typeof parsed.state === 'object' && parsed.state ? (parsed.state as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const sizeOf = (value: unknown) => (Array.isArray(value) ? value.length : value && typeof value === 'object' ? Object.keys(value).length : 0);

function answeredInSelfCheck(): number {
  if (stores) return Object.keys(stores.progress.useProgressStore.getState().sessions[SELF_SESSION]?.answers ?? {}).length;
  const state = storedState(PROGRESS_KEY);
  // Version 1 kept the one questionnaire as `current`; the store migrates it to the self session.
  const session = (state?.sessions as Record<string, { answers?: unknown }> | undefined)?.[SELF_SESSION] ?? (state?.current as { answers?: unknown } | undefined);
  return sizeOf(session?.answers);
}

function resultCount(): number {
  if (stores) return stores.history.useHistoryStore.getState().results.length;
  return sizeOf(storedState(HISTORY_KEY)?.results);
}

/** Answers given in the self-check in progress on this device (0: none in progress). */
export function useAnsweredInSelfCheck(): number {
  return useSyncExternalStore(subscribe, answeredInSelfCheck, () => 0);
}

/** Finished self-checks stored on this device. */
export function useResultCount(): number {
  return useSyncExternalStore(subscribe, resultCount, () => 0);
}

/** Throws away the self-check in progress (the home page's "start again"). */
export async function discardSelfCheck(): Promise<void> {
  const { progress } = await loadStores();
  progress.useProgressStore.getState().discard(SELF_SESSION);
}
