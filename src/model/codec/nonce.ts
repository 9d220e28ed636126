/**
 * The nonce of a result code (since format version 2): a random number drawn once, when a
 * participant finishes, and kept with the result. It makes every finished questionnaire a
 * code of its own, so two people who give exactly the same answers are two results, while the
 * same code taken in twice still has the same fingerprint. It is random, not an identity: it is
 * drawn afresh for every questionnaire and says nothing about the device or the person.
 *
 * 20 bits (4 symbols' worth). In a workshop of n participants, the chance that any two of them
 * draw the same nonce is at most n(n−1)/2 / 2²⁰: for 30 people 435 / 1,048,576 ≈ 0.04 %, about
 * 1 workshop in 2,400, and that only loses a result when those two also gave identical answers.
 * 16 bits would be 0.66 % (1 in 150) at the same code length; 20 bits still fit the
 * 16-statement self-check in 7 blocks, a QR code of version 2-M (docs/result-code.md).
 *
 * In format version 3 a result may also name the nonce of the earlier result it replaces (the
 * same phone's earlier result for the same workshop): the same 20 bits, never equal to the
 * result's own nonce.
 */
export const NONCE_BITS = 20;
/** The largest nonce; nonces are integers 0…MAX_NONCE. */
export const MAX_NONCE = 2 ** NONCE_BITS - 1;

/** True for an integer 0…MAX_NONCE. */
export function isValidNonce(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_NONCE;
}

/**
 * A new nonce from `random` (a function like `Math.random`, returning [0, 1)); the app passes
 * `secureRandom` from src/lib/random.ts. A faulty value is clamped, so the nonce is always valid.
 */
export function randomNonce(random: () => number): number {
  const drawn = Math.floor(random() * (MAX_NONCE + 1));
  return Number.isFinite(drawn) ? Math.min(MAX_NONCE, Math.max(0, drawn)) : 0;
}

/**
 * A fixed nonce derived from a text (FNV-1a over its UTF-16 code units, top 20 bits), for a result
 * that was stored before it had a nonce: deriving it from the stored result's own random id gives
 * the same nonce on every load, even before the migrated state is written back.
 */
export function nonceFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> (32 - NONCE_BITS);
}
