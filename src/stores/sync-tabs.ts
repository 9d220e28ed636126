/**
 * Each store holds its state in memory and writes all of it back on every change. With two tabs
 * open, the second tab would overwrite what the first one saved (a finished self-check lost).
 * When another tab writes a key, this tab reads it again before it writes anything itself.
 *
 * Stores register themselves when their module loads, so the start of the app does not pull in
 * the workshop and participant stores (and their codec) only to listen for them.
 */
type Rehydratable = { persist: { rehydrate: () => Promise<void> | void } };
const STORES = new Map<string, Rehydratable>();

export function syncAcrossTabs(key: string, store: Rehydratable): void {
  STORES.set(key, store);
}

export function syncStoresAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    const store = event.key ? STORES.get(event.key) : undefined;
    if (store) void store.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
