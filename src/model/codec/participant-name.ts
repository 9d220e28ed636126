/**
 * The optional participant name of codes of format versions 1 and 2 (frame MS1). Codes of format
 * version 3 have no name. An old code's name is still read and checked, because it is part of a
 * valid old code and the strict check keeps one code per result, and then thrown away
 * (legacy-payload.ts). The limits are those the old encoder applied.
 */
export const NAME_MAX_LENGTH = 40;

/**
 * The name as it is stored in a code, or undefined for "no name": Unicode NFC; lone surrogates
 * replaced (UTF-8 cannot hold them); format characters (bidi overrides, zero-width joiners)
 * removed and other controls and line breaks made spaces; runs of whitespace collapsed; trimmed;
 * cut to 40 code points. Applied until nothing changes, so it is idempotent: the decoder refuses
 * a name that is not already in this form, which keeps one code per result.
 */
export function normaliseName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  let current = name;
  for (let round = 0; round < 4; round++) {
    const next = normaliseOnce(current);
    if (next === current) break;
    current = next;
  }
  return current === '' ? undefined : current;
}

function normaliseOnce(name: string): string {
  const cleaned = name
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...cleaned].slice(0, NAME_MAX_LENGTH).join('').trim();
}

/** UTF-8 bytes of a name. */
export function nameToBytes(name: string): Uint8Array {
  return new TextEncoder().encode(name);
}

/** The name in UTF-8 bytes, or undefined when the bytes are not valid UTF-8. */
export function nameFromBytes(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
