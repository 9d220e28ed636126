import { ALPHABET, symbolOf, typedSymbols, valueOf } from './alphabet';
import { checkValue, hasValidCheck } from './group-check';

/**
 * A workshop code is 6 characters of the code alphabet: 5 random ones and a check character
 * (the same check as a result-code block), so a mistyped code is refused at once instead of
 * silently joining no workshop. 32⁵ ≈ 33 million codes; they only need to differ between the
 * workshops one facilitator runs, since nothing is shared through a server.
 */
export const WORKSHOP_CODE_LENGTH = 6;
const RANDOM_SYMBOLS = WORKSHOP_CODE_LENGTH - 1;

/**
 * A new workshop code from `random` (a function like `Math.random`, returning [0, 1)). Each of
 * the 5 symbols is ⌊random() · 32⌋, clamped, so a faulty source cannot produce an invalid code.
 */
export function generateWorkshopCode(random: () => number): string {
  const values: number[] = [];
  for (let i = 0; i < RANDOM_SYMBOLS; i++) {
    const drawn = Math.floor(random() * ALPHABET.length);
    values.push(Number.isFinite(drawn) ? Math.min(ALPHABET.length - 1, Math.max(0, drawn)) : 0);
  }
  return workshopCodeFromValues(values);
}

/**
 * What was typed, in canonical form: separators dropped, letters upper-cased, O→0 and I/L→1.
 * The result is not necessarily valid; use `isValidWorkshopCode` for that.
 */
export function normaliseWorkshopCode(text: string): string {
  return typedSymbols(text)
    .map((symbol) => symbol.canonical)
    .join('');
}

/** True when `text`, once normalised, is 6 alphabet characters with a matching check. */
export function isValidWorkshopCode(text: string): boolean {
  const values = workshopCodeValues(normaliseWorkshopCode(text));
  return values !== undefined;
}

/** The 5 random values of a canonical code (without the check), or undefined if invalid. */
export function workshopCodeValues(canonical: string): number[] | undefined {
  if (canonical.length !== WORKSHOP_CODE_LENGTH) return undefined;
  const values: number[] = [];
  for (const symbol of canonical) {
    const value = valueOf(symbol);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return hasValidCheck(values) ? values.slice(0, RANDOM_SYMBOLS) : undefined;
}

/** The canonical code for 5 values 0–31: the symbols plus their check character. */
export function workshopCodeFromValues(values: readonly number[]): string {
  return [...values, checkValue(values)].map(symbolOf).join('');
}
