import { typedSymbols } from './alphabet';
import { ResultCodeError, type DecodeOutcome } from './errors';
import { tryDecodeResultCode, type DecodedResult, type DecodeOptions } from './result-code';
import { GROUP_LENGTH } from './text-frame';

/** Longest pasted text taken in at once (well over a thousand codes). */
export const MAX_PASTE_LENGTH = 64 * 1024;

/** One code found in a pasted text, with what decoding it gave. */
export interface PastedCode {
  /** The part of the pasted text this entry was made from, tokens joined by single spaces. */
  readonly text: string;
  readonly outcome: DecodeOutcome<DecodedResult>;
}

/**
 * The codes in a pasted text, in order, each decoded on its own, so that one mistyped code
 * among ten does not stop the other nine. Splitting rules:
 * - commas and semicolons always end a code;
 * - within that, whitespace (line breaks too) separates tokens, and a token starts a new code
 *   when it begins with the tag (`MS1`, also `ms1`, `MSI`) and is not exactly one block long;
 *   other tokens continue the current code, so `MS1 XXXXX XXXXX` read aloud and typed with
 *   spaces, or a code broken over two lines, stays one code;
 * - tokens before any tag (e.g. "Piet:") become an entry of their own, which fails as
 *   'not-a-code', so nothing pasted disappears without a word.
 * An empty text gives no entries. Throws ResultCodeError 'too-large' (only) when the text is
 * longer than MAX_PASTE_LENGTH; duplicates are kept (their fingerprints are equal).
 */
export function parseManyCodes(text: string, options: DecodeOptions): PastedCode[] {
  if (typeof text !== 'string') return [];
  if (text.length > MAX_PASTE_LENGTH) {
    throw new ResultCodeError({ kind: 'too-large', limit: MAX_PASTE_LENGTH, actual: text.length });
  }
  return splitCodes(text).map((part) => ({ text: part, outcome: tryDecodeResultCode(part, options) }));
}

/** The pasted text cut into candidate codes, by the rules above. */
export function splitCodes(text: string): string[] {
  const parts: string[] = [];
  for (const segment of text.split(/[,;]/)) {
    let current: string[] = [];
    for (const token of segment.split(/\s+/u)) {
      if (token === '') continue;
      if (startsWithTag(token) && current.length > 0) {
        parts.push(current.join(' '));
        current = [];
      }
      current.push(token);
    }
    if (current.length > 0) parts.push(current.join(' '));
  }
  return parts;
}

function startsWithTag(token: string): boolean {
  const canonical = typedSymbols(token)
    .map((symbol) => symbol.canonical)
    .join('');
  return /^MS\d/.test(canonical) && canonical.length !== GROUP_LENGTH;
}
