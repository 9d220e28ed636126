import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, onStorageProblem, writeRaw, type StorageProblem } from './storage';

const storage = createSafeStorage<{ n: number }>({
  version: 2,
  migrate: (state, from) => {
    if (from === 1) return { n: Number((state as { count: unknown }).count) };
    throw new Error('no path');
  },
  restore: (state) =>
    state && typeof state === 'object' && typeof (state as { n: unknown }).n === 'number' && !Number.isNaN((state as { n: number }).n)
      ? { n: (state as { n: number }).n }
      : null,
});

function problems(): StorageProblem[] {
  const seen: StorageProblem[] = [];
  onStorageProblem((p) => seen.push(p));
  return seen;
}

const quarantined = () => Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:k:'));

describe('createSafeStorage', () => {
  it('reads a valid value of the current version', () => {
    localStorage.setItem('k', JSON.stringify({ state: { n: 3 }, version: 2 }));
    expect(storage.getItem('k')).toEqual({ state: { n: 3 }, version: 2 });
  });

  it('migrates an older version', () => {
    localStorage.setItem('k', JSON.stringify({ state: { count: '7' }, version: 1 }));
    expect(storage.getItem('k')).toEqual({ state: { n: 7 }, version: 2 });
  });

  it.each([
    ['broken JSON', '{"state":'],
    ['a foreign value', '"hello"'],
    ['an invalid state', JSON.stringify({ state: { n: 'x' }, version: 2 })],
    ['a failed migration', JSON.stringify({ state: {}, version: 0 })],
  ])('keeps %s aside, reports it and starts clean', (_, raw) => {
    const seen = problems();
    localStorage.setItem('k', raw);
    expect(storage.getItem('k')).toBeNull();
    const keys = quarantined();
    expect(keys).toHaveLength(1);
    expect(localStorage.getItem(keys[0] ?? '')).toBe(raw);
    expect(seen).toContainEqual(expect.objectContaining({ kind: 'corrupted', key: 'k', raw }));
    // Kept aside once: the next visit starts clean and does not copy or report it again.
    expect(localStorage.getItem('k')).toBeNull();
    expect(storage.getItem('k')).toBeNull();
    expect(quarantined()).toHaveLength(1);
  });

  it('leaves a value of a newer app version alone, never writes over it, and asks for a reload', () => {
    const seen = problems();
    const newer = JSON.stringify({ state: { n: 1, added: 'by a newer app' }, version: 9 });
    localStorage.setItem('newer-k', newer);
    expect(storage.getItem('newer-k')).toBeNull();
    expect(seen).toContainEqual({ kind: 'newer', key: 'newer-k' });
    storage.setItem('newer-k', { state: { n: 2 }, version: 2 });
    storage.removeItem('newer-k');
    expect(localStorage.getItem('newer-k')).toBe(newer);
    expect(Object.keys(localStorage).filter((k) => k.includes('quarantine:newer-k'))).toEqual([]);
  });

  it('never overwrites a value it could neither read nor keep aside', () => {
    localStorage.setItem('k', 'garbage');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const seen = problems();
    expect(storage.getItem('k')).toBeNull();
    setItem.mockRestore();
    expect(seen).toContainEqual(expect.objectContaining({ kind: 'corruptedKept', key: 'k', quarantineKey: null }));
    storage.setItem('k', { state: { n: 1 }, version: 2 });
    expect(localStorage.getItem('k')).toBe('garbage');
  });
});

describe('writeRaw', () => {
  it('reports a full storage instead of throwing', () => {
    const seen = problems();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeRaw('x', 'y')).toBe(false);
    expect(seen).toContainEqual({ kind: 'full', key: 'x' });
  });
});
