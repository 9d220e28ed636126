import { useSyncExternalStore } from 'react';
import { readRaw, removeRaw, writeRaw } from '../lib/storage';
import type { PinHash } from '../lib/pin-hash';

/**
 * A device handed round: locked to one screen while other people use it, a workshop's shared
 * screen or a client's form at the table. The app's menu is hidden and every other address
 * leads back to that screen until someone opens the lock with its PIN (decisions 29, 76).
 * Kept in localStorage, so a reload, a new tab or the Back button stays locked; kept in memory
 * as well, so a device whose storage refuses the write is still locked while the page is open.
 * The count of wrong PINs and the wait they cost are kept in the same record, so a reload does
 * not start the guessing over.
 */

export const SHARED_LOCK_KEY = 'modusspiegel:shared-lock';
const VERSION = 2;

export type LockTarget =
  | { readonly kind: 'workshop'; readonly id: string }
  /** `replace`: the professional chose that the previous client answers again (decision 55). */
  | { readonly kind: 'table'; readonly id: string; readonly replace: boolean };

export interface DeviceLock {
  readonly target: LockTarget;
  /** null only for a lock made before PINs (version 1): it opens with the old typed word. */
  readonly pin: PinHash | null;
  /** Wrong PINs in a row. */
  readonly wrong: number;
  /** Until this moment (ms since 1970) every PIN is refused. */
  readonly waitUntil: number;
  /** Unfinished answers thrown away after a reload, to tell the facilitator after unlocking. */
  readonly dropped: number;
}

export function lockPath(target: LockTarget): string {
  return target.kind === 'workshop' ? `/workshops/${target.id}/shared` : `/clients/${target.id}/table`;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 80;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9;

function targetOf(value: unknown): LockTarget | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, id, replace } = value as Record<string, unknown>;
  if (!isId(id)) return null;
  if (kind === 'workshop') return { kind, id };
  if (kind === 'table' && typeof replace === 'boolean') return { kind, id, replace };
  return null;
}

function pinOf(value: unknown): PinHash | null | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { salt, hash, iterations } = value as Record<string, unknown>;
  const text = (v: unknown): v is string => typeof v === 'string' && v.length >= 8 && v.length <= 200;
  return text(salt) && text(hash) && isCount(iterations) && iterations >= 1000 ? { salt, hash, iterations } : undefined;
}

/**
 * The stored lock, checked by hand rather than with zod: the layout reads it on every screen,
 * and zod must stay out of the JavaScript loaded before the first screen (docs/performance.md).
 * Version 1 (a workshop id, no PIN) stays locked and keeps opening with the typed word it was
 * made with (decision 76): lifting it would show a participant the menu, and refusing every way
 * out would leave the facilitator only the erasing of everything.
 */
export function restoreLock(value: unknown): DeviceLock | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.version === 1) return isId(record.workshopId) ? { target: { kind: 'workshop', id: record.workshopId }, pin: null, wrong: 0, waitUntil: 0, dropped: 0 } : null;
  if (record.version !== VERSION) return null;
  const target = targetOf(record.target);
  const pin = pinOf(record.pin);
  const { wrong, waitUntil, dropped } = record;
  if (!target || !pin || !isCount(wrong) || !isCount(dropped) || typeof waitUntil !== 'number' || !Number.isFinite(waitUntil)) return null;
  return { target, pin, wrong, waitUntil, dropped };
}

const listeners = new Set<() => void>();
/** undefined: not read yet; null: not locked. */
let memory: DeviceLock | null | undefined;

function readStored(): DeviceLock | null {
  const raw = readRaw(SHARED_LOCK_KEY);
  if (raw === null) return null;
  try {
    // Not a lock this app wrote: nothing to lead back to, so the device is not locked.
    return restoreLock(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** The lock on this device, or null when it is not locked. */
export function deviceLock(): DeviceLock | null {
  if (memory === undefined) memory = readStored();
  return memory;
}

/** Stores a changed lock and tells every screen; for the attempt counter (device-lock-attempts.ts). */
export function keepLock(lock: DeviceLock): void {
  memory = lock;
  // A version-1 lock has no PIN to store; it stays in memory as it was read.
  if (lock.pin) writeRaw(SHARED_LOCK_KEY, JSON.stringify({ version: VERSION, ...lock }));
  listeners.forEach((listener) => listener());
}

/** The newest lock, from storage when another tab changed it since this one read it. */
export const latestLock = (): DeviceLock | null => readStored() ?? deviceLock();

export function lockDevice(target: LockTarget, pin: PinHash): void {
  keepLock({ target, pin, wrong: 0, waitUntil: 0, dropped: 0 });
}

/** The same lock, PIN and counts, on another screen (a client's answers saved in a new conversation). */
export function moveLock(target: LockTarget): void {
  const current = latestLock();
  if (current) keepLock({ ...current, target });
}

export function noteDroppedUnfinished(): void {
  const current = latestLock();
  if (current) keepLock({ ...current, dropped: current.dropped + 1 });
}

/** Lifts the lock; returns how many unfinished answers were thrown away while it was on. */
export function unlockDevice(): number {
  const dropped = latestLock()?.dropped ?? 0;
  memory = null;
  removeRaw(SHARED_LOCK_KEY);
  listeners.forEach((listener) => listener());
  return dropped;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab locked, unlocked or counted a wrong PIN.
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

/** The lock on this device, or null; re-renders when it changes in any tab. */
export function useDeviceLock(): DeviceLock | null {
  return useSyncExternalStore(subscribe, deviceLock, () => null);
}

/** The one address a locked device may show, or null when it is not locked. */
export function useLockedPath(): string | null {
  return useSyncExternalStore(subscribe, () => {
    const lock = deviceLock();
    return lock ? lockPath(lock.target) : null;
  }, () => null);
}
