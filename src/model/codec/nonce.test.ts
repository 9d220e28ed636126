import fc from 'fast-check';
import { isValidNonce, MAX_NONCE, NONCE_BITS, nonceFromText, randomNonce } from './nonce';

describe('nonces', () => {
  it('are 20-bit integers', () => {
    expect(NONCE_BITS).toBe(20);
    expect(MAX_NONCE).toBe(1_048_575);
    for (const valid of [0, 1, MAX_NONCE]) expect(isValidNonce(valid)).toBe(true);
    for (const invalid of [-1, MAX_NONCE + 1, 0.5, NaN, Infinity, '1', undefined, null]) expect(isValidNonce(invalid)).toBe(false);
  });

  it('are drawn over the whole range from a random source', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (x) => {
        const nonce = randomNonce(() => x);
        expect(isValidNonce(nonce)).toBe(true);
        expect(nonce).toBe(Math.floor(x * 2 ** 20));
      }),
    );
    expect(randomNonce(() => 0)).toBe(0);
    expect(randomNonce(() => 1 - 2 ** -32)).toBe(MAX_NONCE);
  });

  it('stay valid with a faulty random source', () => {
    for (const faulty of [1, -0.5, NaN, Infinity, -Infinity, 7]) expect(isValidNonce(randomNonce(() => faulty))).toBe(true);
  });

  it('derived from a text are valid, fixed, and differ between ids', () => {
    fc.assert(fc.property(fc.string(), (text) => isValidNonce(nonceFromText(text)) && nonceFromText(text) === nonceFromText(text)));
    const ids = Array.from({ length: 30 }, (_, i) => `0b6f1c2e-4d1a-4c7e-9f3a-${String(i).padStart(12, '0')}`);
    expect(new Set(ids.map(nonceFromText)).size).toBe(30);
  });
});
