import { canonicalCharacter, isSeparator } from './alphabet';
import { ResultCodeError, type DecodeOutcome } from './errors';
import { tryDecodeResultCode, type DecodedResult, type DecodeOptions } from './result-code';
import { completeFrameLengths, GROUP_LENGTH, TAG_LENGTH } from './text-frame';

/** Longest pasted text taken in at once (well over a thousand codes). */
export const MAX_PASTE_LENGTH = 64 * 1024;

/**
 * How far after a tag a code may reach, in symbols: more than the longest code ever written (an
 * old code with a 40-emoji name is about 360), so that a paste of thousands of tags stays fast.
 */
const MAX_CODE_SYMBOLS = TAG_LENGTH + 100 * GROUP_LENGTH;

/** One code found in a pasted text, with what decoding it gave. */
export interface PastedCode {
  /** The part of the pasted text this entry was made from, runs of whitespace made one space. */
  readonly text: string;
  readonly outcome: DecodeOutcome<DecodedResult>;
}

/**
 * The codes in a pasted text (a chat, a list, a document), in order, each decoded on its own, so
 * that one mistyped code among ten does not stop the other nine. How codes are found:
 *
 * - A code starts at a tag (`MS3`, `MS1`, also `ms3`, `MSI`, any `MS` and a digit) at the start
 *   of a word, or right after a hyphen.
 * - Labels and bullets around codes (`Anna:`, `- `, `• `, `1. `, a time stamp) are read past and
 *   thrown away. A label like `Piet` is made of code characters itself (I reads as 1), so where a
 *   code ends cannot be told from the characters. It is told from the code: of the words after a
 *   tag (up to a comma, semicolon or punctuation mark such as the colon after a name), the longest
 *   run that is a complete code (every block checks, the CRC matches) is the code. Line breaks
 *   and spaces inside a code are allowed, so a code typed in blocks or broken over two lines is
 *   found whole; a complete code followed by more words never checks as a longer one.
 * - When no run after a tag is a complete code (a typo), the entry is the tag's words up to the
 *   next punctuation mark or tag, and up to the first line break unless the code visibly goes on
 *   past it (see `fallback`), and its error says what is wrong there: "block 4 does not match".
 * - Text that is no code at all is dropped as a label, except when it looks like a code whose
 *   tag went wrong (three blocks of five, or fifteen characters in a row, with digits): that
 *   becomes an entry that fails as 'not-a-code'. A paste that yields no entry at all but has
 *   letters or digits gives one 'not-a-code' entry for the whole text. Nothing pasted that
 *   could be a code disappears without a word.
 *
 * An empty text gives no entries. Throws ResultCodeError 'too-large' (only) when the text is
 * longer than MAX_PASTE_LENGTH; duplicates are kept (their fingerprints are equal).
 */
export function parseManyCodes(text: string, options: DecodeOptions): PastedCode[] {
  if (typeof text !== 'string') return [];
  if (text.length > MAX_PASTE_LENGTH) {
    throw new ResultCodeError({ kind: 'too-large', limit: MAX_PASTE_LENGTH, actual: text.length });
  }
  return findCodes(text, options);
}

/**
 * The texts of the entries `parseManyCodes` gives. Without `options`, where a code ends is told
 * from its frame alone; that differs from `parseManyCodes` only in the rare text where two runs
 * after one tag both check (about 1 in 2 million labels of exactly 5 code characters).
 */
export function splitCodes(text: string, options: DecodeOptions = FRAME_ONLY): string[] {
  return parseManyCodes(text, options).map((entry) => entry.text);
}

/** Knows no instrument: every code fails after its frame was checked. */
const FRAME_ONLY: DecodeOptions = { findInstrument: () => undefined };

interface Token {
  /** Code points of the text, [start, end). */
  readonly start: number;
  readonly end: number;
  /** Index of this token's first symbol in the list of all symbols. */
  readonly firstSymbol: number;
  readonly symbolCount: number;
  readonly startsWithTag: boolean;
  /** A line break, or a stop (punctuation), between the previous token and this one. */
  readonly lineBreakBefore: boolean;
  readonly stopBefore: boolean;
  readonly endsWithDash: boolean;
  /** Whether a digit 0–9 was typed in it. */
  readonly hasDigit: boolean;
}

interface Scan {
  readonly characters: readonly string[];
  readonly tokens: readonly Token[];
  /** The canonical symbol of every letter or digit in a token, in order. */
  readonly symbols: readonly string[];
}

function findCodes(text: string, options: DecodeOptions): PastedCode[] {
  const scan = scanText(text);
  const { tokens } = scan;
  const entries: { first: number; entry: PastedCode }[] = [];
  const used = new Array<boolean>(tokens.length).fill(false);
  for (let t = 0; t < tokens.length; t++) {
    if (used[t] || !tokens[t]?.startsWithTag) continue;
    const found = completeCode(scan, t, options) ?? fallback(scan, t, options);
    for (let u = t; u <= found.last; u++) used[u] = true;
    entries.push({ first: t, entry: found.entry });
  }
  for (const stretch of leftoverStretches(tokens, used)) {
    const stretchText = textOf(scan, stretch.first, stretch.last);
    if (looksLikeCodeBody(stretchText)) {
      entries.push({ first: stretch.first, entry: { text: stretchText, outcome: tryDecodeResultCode(stretchText, options) } });
    }
  }
  entries.sort((a, b) => a.first - b.first);
  if (entries.length === 0 && /[\p{L}\p{N}]/u.test(text)) {
    const whole = text.replace(/\s+/gu, ' ').trim();
    return [{ text: whole, outcome: { ok: false, error: new ResultCodeError({ kind: 'not-a-code' }) } }];
  }
  return entries.map(({ entry }) => entry);
}

/**
 * The longest run of whole tokens from tag token `t` that is a complete code, decoded; among
 * several (almost never), the longest that decodes. Undefined when there is none.
 */
function completeCode(scan: Scan, t: number, options: DecodeOptions): { entry: PastedCode; last: number } | undefined {
  const { tokens, symbols } = scan;
  const first = tokens[t];
  if (!first) return undefined;
  // The token that ends each symbol count, the earliest one, so no empty token is taken along.
  const lastTokenAt = new Map<number, number>();
  let last = t;
  for (let u = t; u < tokens.length; u++) {
    const token = tokens[u];
    if (!token || (u > t && token.stopBefore)) break;
    const count = token.firstSymbol + token.symbolCount - first.firstSymbol;
    if (count > MAX_CODE_SYMBOLS) break;
    if (!lastTokenAt.has(count)) lastTokenAt.set(count, u);
    last = u;
  }
  const windowEnd = (tokens[last]?.firstSymbol ?? 0) + (tokens[last]?.symbolCount ?? 0);
  const lengths = completeFrameLengths(symbols.slice(first.firstSymbol, windowEnd))
    .filter((length) => lastTokenAt.has(length))
    .reverse();
  let longest: { entry: PastedCode; last: number } | undefined;
  for (const length of lengths) {
    const end = lastTokenAt.get(length) ?? t;
    const codeText = textOf(scan, t, end);
    const candidate = { entry: { text: codeText, outcome: tryDecodeResultCode(codeText, options) }, last: end };
    if (candidate.entry.outcome.ok) return candidate;
    longest ??= candidate;
  }
  return longest;
}

/**
 * No complete code after tag token `t`: its words up to a stop or the next tag, and up to the
 * first line break unless the code visibly goes on past it: the line ends in a hyphen, or the
 * next line does not start with a label (a word right before punctuation or a tag) and either
 * looks like more of a code (digits among its characters) or is needed (the code so far only
 * lacks its end).
 */
function fallback(scan: Scan, t: number, options: DecodeOptions): { entry: PastedCode; last: number } {
  const { tokens } = scan;
  let last = t;
  for (let u = t + 1; u < tokens.length; u++) {
    const token = tokens[u];
    if (!token || token.stopBefore || token.startsWithTag) break;
    if (token.lineBreakBefore && !tokens[u - 1]?.endsWithDash) {
      const next = tokens[u + 1];
      const isLabel = next !== undefined && !next.lineBreakBefore && (next.stopBefore || next.startsWithTag);
      if (isLabel || !(lineHasDigits(tokens, u) || onlyIncomplete(textOf(scan, t, last), options))) break;
    }
    last = u;
  }
  const codeText = textOf(scan, t, last);
  return { entry: { text: codeText, outcome: tryDecodeResultCode(codeText, options) }, last };
}

/** Whether the tokens from `u` to the end of its line hold a digit. */
function lineHasDigits(tokens: readonly Token[], u: number): boolean {
  for (let v = u; v < tokens.length; v++) {
    const token = tokens[v];
    if (!token || (v > u && (token.lineBreakBefore || token.stopBefore))) break;
    if (token.hasDigit) return true;
  }
  return false;
}

/** Whether every block of the text checks and it only lacks its end (a CRC that fails, or a short last block). */
function onlyIncomplete(text: string, options: DecodeOptions): boolean {
  const outcome = tryDecodeResultCode(text, options);
  if (outcome.ok) return false;
  const { detail } = outcome.error;
  if (detail.kind === 'checksum') return true;
  if (detail.kind !== 'bad-group' || detail.groupText.length >= GROUP_LENGTH) return false;
  const symbolsAfterTag = [...text].filter((character) => classOf(character) === 'code').length - TAG_LENGTH;
  return detail.group === Math.ceil(symbolsAfterTag / GROUP_LENGTH) + 1 || detail.groupText === '';
}

/** Runs of unused tokens on one line with no stop between them. */
function leftoverStretches(tokens: readonly Token[], used: readonly boolean[]): { first: number; last: number }[] {
  const stretches: { first: number; last: number }[] = [];
  let current: { first: number; last: number } | undefined;
  tokens.forEach((token, t) => {
    const continues = current !== undefined && current.last === t - 1 && !token.stopBefore && !token.lineBreakBefore;
    if (used[t]) {
      current = undefined;
    } else if (continues && current) {
      current.last = t;
    } else {
      current = { first: t, last: t };
      stretches.push(current);
    }
  });
  return stretches;
}

/**
 * Whether text that holds no tag still looks like the body of a code (a code whose tag was
 * mistyped): three blocks of five in a row, or fifteen characters without a break, with at least
 * three digits. Names, bullets, dates and times do not.
 */
function looksLikeCodeBody(text: string): boolean {
  if ((text.match(/[0-9]/g) ?? []).length < 3) return false;
  const segments = text.split(/[\s\u00ad\u2010-\u2015\u2212-]+/u).filter((segment) => segment !== '');
  let blocksInARow = 0;
  for (const segment of segments) {
    const length = [...segment].length;
    if (length >= 3 * GROUP_LENGTH) return true;
    blocksInARow = length === GROUP_LENGTH ? blocksInARow + 1 : 0;
    if (blocksInARow >= 3) return true;
  }
  return false;
}

/** The text of tokens first…last as typed, runs of whitespace made one space. */
function textOf(scan: Scan, first: number, last: number): string {
  const start = scan.tokens[first]?.start ?? 0;
  const end = scan.tokens[last]?.end ?? start;
  return scan.characters.slice(start, end).join('').replace(/\s+/gu, ' ');
}

type CharacterClass = 'space' | 'line-break' | 'stop' | 'dash' | 'code';

function classOf(character: string): CharacterClass {
  if (/^[\n\r\u0085\u2028\u2029\v\f]$/u.test(character)) return 'line-break';
  if (/^\s$/u.test(character)) return 'space';
  if (isSeparator(character)) return 'dash';
  if (/^[\p{L}\p{N}\p{M}]$/u.test(character)) return 'code';
  return 'stop';
}

function isTagAt(characters: readonly string[], i: number): boolean {
  const [m, s, digit] = characters.slice(i, i + TAG_LENGTH).map(canonicalCharacter);
  return m === 'M' && s === 'S' && digit !== undefined && /^[0-9]$/.test(digit);
}

/**
 * The text cut into tokens: runs of letters, digits and hyphens (dashes), split at whitespace,
 * at punctuation (a stop) and before a tag that follows a hyphen inside a run.
 */
function scanText(text: string): Scan {
  const characters = [...text];
  const tokens: Token[] = [];
  const symbols: string[] = [];
  let lineBreak = false;
  let stop = false;
  let i = 0;
  while (i < characters.length) {
    const kind = classOf(characters[i] ?? ' ');
    if (kind !== 'code' && kind !== 'dash') {
      if (kind === 'line-break') lineBreak = true;
      if (kind === 'stop') stop = true;
      i++;
      continue;
    }
    const start = i;
    const firstSymbol = symbols.length;
    while (i < characters.length) {
      const character = characters[i] ?? ' ';
      const inner = classOf(character);
      if (inner !== 'code' && inner !== 'dash') break;
      if (i > start && classOf(characters[i - 1] ?? ' ') === 'dash' && isTagAt(characters, i)) break;
      if (inner === 'code') symbols.push(canonicalCharacter(character));
      i++;
    }
    tokens.push({
      start,
      end: i,
      firstSymbol,
      symbolCount: symbols.length - firstSymbol,
      startsWithTag: isTagAt(characters, start),
      lineBreakBefore: lineBreak,
      stopBefore: stop,
      endsWithDash: classOf(characters[i - 1] ?? ' ') === 'dash',
      hasDigit: characters.slice(start, i).some((character) => /^[0-9]$/.test(character)),
    });
    lineBreak = false;
    stop = false;
  }
  return { characters, tokens, symbols };
}
