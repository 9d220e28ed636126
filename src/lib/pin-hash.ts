/**
 * A PIN is never stored, only a salted slow hash of it (PBKDF2 with SHA-256, WebCrypto): someone
 * who reads the lock from storage learns neither the PIN (which a person may use elsewhere too)
 * nor, without trying PINs one by one at this cost, which PIN opens it. It guards the screen, not
 * the storage: whoever has the browser's developer tools reads every answer stored here directly
 * (docs/privacy.md).
 */

export interface PinHash {
  readonly salt: string;
  readonly hash: string;
  readonly iterations: number;
}

/** OWASP's figure for PBKDF2-SHA256 (2023): about half a second on a laptop. Stored with the hash, so it can grow. */
export const PIN_ITERATIONS = 600_000;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** False where the browser offers no WebCrypto (a page opened over plain http from another machine). */
export function canHashPins(): boolean {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

/** Compares every byte, however early they differ. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  let expected: Uint8Array;
  let salt: Uint8Array;
  try {
    expected = fromBase64(stored.hash);
    salt = fromBase64(stored.salt);
  } catch {
    return false;
  }
  const actual = await derive(pin, salt, stored.iterations);
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
