/**
 * The code alphabet: Crockford's base32, the digits 0–9 and the letters A–Z without I, L, O and
 * U. Why this one (see docs/result-code.md):
 * - 32 symbols, so one character carries exactly 5 bits and packing needs no big numbers;
 * - no look-alike pairs inside the alphabet: 0 is in but O is not, 1 is in but I and L are not,
 *   so a typed O, I or L can only have meant 0, 1, 1 and is read as such;
 * - all of it is in the QR alphanumeric set (0–9, A–Z, space $%*+-./:), so a QR code of the
 *   text stays in the compact alphanumeric mode;
 * - U is left out as in Crockford's original (it avoids accidental words) and because V/U are
 *   easily confused in handwriting; a typed U is a bad character, not a guess.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Typed characters read as another symbol: the look-alikes of 0 and 1 (after upper-casing). */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

const VALUE_OF: ReadonlyMap<string, number> = new Map(
  [...ALPHABET].map((symbol, value) => [symbol, value]),
);

/** The symbol for a value 0–31. */
export function symbolOf(value: number): string {
  const symbol = ALPHABET[value];
  if (symbol === undefined) throw new RangeError(`No symbol for value ${value}`);
  return symbol;
}

/** The value 0–31 of a canonical symbol, or undefined for any other character. */
export function valueOf(symbol: string): number | undefined {
  return VALUE_OF.get(symbol);
}

/**
 * Separators a person may type or a layout may add: whitespace, hyphens and dashes, and invisible
 * format characters (zero-width spaces, word joiners, direction marks, a byte-order mark) that
 * chat apps and word processors put into copied text: they carry nothing and cannot be seen, so
 * refusing a code for them would name a character the facilitator cannot find.
 */
export function isSeparator(character: string): boolean {
  return /^[\s\p{Cf}\u2010-\u2015\u2212-]$/u.test(character);
}

/**
 * The canonical symbol for one typed character: upper-cased, look-alikes mapped. The result may
 * still be outside the alphabet; `valueOf` tells. Only ASCII letters are upper-cased, so that a
 * Turkish dotless ı or a German ß never turns into something that looks valid.
 */
export function canonicalCharacter(character: string): string {
  const upper = /^[a-z]$/.test(character) ? character.toUpperCase() : character;
  return LOOK_ALIKES[upper] ?? upper;
}

/** One typed character, kept beside its canonical form so errors can quote what was typed. */
export interface TypedSymbol {
  readonly typed: string;
  readonly canonical: string;
}

/** The typed characters of a text without separators, each with its canonical form. */
export function typedSymbols(text: string): TypedSymbol[] {
  const symbols: TypedSymbol[] = [];
  for (const typed of text) {
    if (!isSeparator(typed)) symbols.push({ typed, canonical: canonicalCharacter(typed) });
  }
  return symbols;
}
