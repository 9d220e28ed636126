import { describe, expect, it } from 'vitest';
import { hashPin, PIN_ITERATIONS, pinMatches } from './pin-hash';

describe('the stored PIN', () => {
  it('opens with the same PIN only, and holds neither the PIN nor the same bytes twice', async () => {
    const stored = await hashPin('2580');
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(JSON.stringify(stored)).not.toContain('2580');
    expect(await pinMatches('2580', stored)).toBe(true);
    expect(await pinMatches('2581', stored)).toBe(false);
    expect(await pinMatches('', stored)).toBe(false);
    // A fresh salt each time: two devices with the same PIN do not show it by equal hashes.
    const again = await hashPin('2580');
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });

  it('refuses a damaged record rather than opening', async () => {
    const stored = await hashPin('2580', 1000);
    expect(await pinMatches('2580', { ...stored, hash: 'not base64!' })).toBe(false);
    expect(await pinMatches('2580', { ...stored, hash: stored.hash.slice(4) })).toBe(false);
  });
});
