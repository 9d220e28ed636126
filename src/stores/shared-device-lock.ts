import { useSyncExternalStore } from 'react';
import { readRaw, removeRaw, writeRaw } from '../lib/storage';

/**
 * The facilitator's device while participants answer on it: locked to that workshop's shared
 * screen. The app's menu is hidden and every other address leads back to the shared screen until
 * the facilitator stops it on purpose (docs/decisions.md). Kept in localStorage, so a reload, a
 * new tab or the Back button stays locked; kept in memory as well, so a device whose storage
 * refuses the write is still locked for as long as the page is open.
 */

export const SHARED_LOCK_KEY = 'modusspiegel:shared-lock';
const VERSION = 1;

/**
 * The stored lock, checked by hand rather than with zod: the layout reads it on every screen,
 * and zod must stay out of the JavaScript loaded before the first screen (docs/performance.md).
 */
function lockOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, workshopId } = value as { version?: unknown; workshopId?: unknown };
  return version === VERSION && typeof workshopId === 'string' && workshopId.length >= 1 && workshopId.length <= 80 ? workshopId : null;
}

const listeners = new Set<() => void>();
/** undefined: not read yet; null: not locked. */
let memory: string | null | undefined;

function readStored(): string | null {
  const raw = readRaw(SHARED_LOCK_KEY);
  if (raw === null) return null;
  try {
    // Not a lock this app wrote: nothing to lead back to, so the device is not locked.
    return lockOf(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** The id of the workshop this device is locked to, or null when it is not locked. */
export function sharedDeviceLock(): string | null {
  if (memory === undefined) memory = readStored();
  return memory;
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function lockSharedDevice(workshopId: string): void {
  memory = workshopId;
  writeRaw(SHARED_LOCK_KEY, JSON.stringify({ version: VERSION, workshopId }));
  notify();
}

export function unlockSharedDevice(): void {
  memory = null;
  removeRaw(SHARED_LOCK_KEY);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab locked or unlocked the device.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== SHARED_LOCK_KEY) return;
    memory = readStored();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The workshop id this device is locked to, or null; re-renders when the lock changes in any tab. */
export function useSharedDeviceLock(): string | null {
  return useSyncExternalStore(subscribe, sharedDeviceLock, () => null);
}
