/** A uniform number in [0, 1) from the browser's cryptographic generator: codes must not be guessable. */
export function secureRandom(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value / 2 ** 32;
}
