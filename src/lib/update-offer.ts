import { useSyncExternalStore } from 'react';

/** A waiting new version of the app (src/lib/pwa.ts), offered in the layout. */
export interface UpdateOffer {
  /** Activates the waiting version and reloads the page. */
  apply: () => void;
}

let offer: UpdateOffer | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(next: UpdateOffer | null): void {
  offer = next;
  listeners.forEach((listener) => listener());
}

export function useUpdateOffer(): UpdateOffer | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => offer,
    () => null,
  );
}
