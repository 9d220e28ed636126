import { HISTORY_KEY, useHistoryStore } from './history-store';
import { PROGRESS_KEY, useProgressStore } from './progress-store';
import { WORKSHOPS_KEY, useWorkshopStore } from './workshop-store';
import { PARTICIPATIONS_KEY, useParticipationStore } from './participation-store';
import { CLIENTS_KEY, useClientStore } from './client-store';
import { CLIENT_PHONE_KEY, useClientPhoneStore } from './client-phone-store';

/**
 * Each store holds its state in memory and writes all of it back on every change. With two tabs
 * open, the second tab would overwrite what the first one saved (a finished self-check lost).
 * When another tab writes a key, this tab reads it again before it writes anything itself.
 */
const STORES: Record<string, { persist: { rehydrate: () => Promise<void> | void } }> = {
  [HISTORY_KEY]: useHistoryStore,
  [PROGRESS_KEY]: useProgressStore,
  [WORKSHOPS_KEY]: useWorkshopStore,
  [PARTICIPATIONS_KEY]: useParticipationStore,
  [CLIENTS_KEY]: useClientStore,
  [CLIENT_PHONE_KEY]: useClientPhoneStore,
};

export function syncStoresAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    const store = event.key ? STORES[event.key] : undefined;
    if (store) void store.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
