import { symbolOf, typedSymbols, valueOf } from './alphabet';
import { crc16 } from './crc';
import { ResultCodeError } from './errors';
import { checkValue, hasValidCheck } from './group-check';

/**
 * The text frame around a payload, the same for every format version under this tag:
 *
 *   MS1-XXXXC-XXXXC-…   tag, then blocks of 4 data symbols (20 bits) and 1 check symbol C
 *
 * The data symbols carry the payload bits, zero padding to fill the last block, and as the last
 * 16 bits a CRC-16 over everything before it. The encoder uses the fewest blocks that fit, so
 * the padding is always shorter than one block (19 bits at most): one code per result.
 */
export const CODE_TAG = 'MS1';
export const DATA_PER_GROUP = 4;
export const GROUP_LENGTH = DATA_PER_GROUP + 1;
const BITS_PER_SYMBOL = 5;
const BITS_PER_GROUP = DATA_PER_GROUP * BITS_PER_SYMBOL;
const CRC_BITS = 16;
/** Padding between payload and CRC is always shorter than a block's data. */
export const MAX_PADDING_BITS = BITS_PER_GROUP - 1;

/** The canonical compact text (tag and symbols, no separators) of payload bits. */
export function frame(payload: readonly number[]): string {
  const groups = Math.ceil((payload.length + CRC_BITS) / BITS_PER_GROUP);
  const bits = [...payload];
  while (bits.length < groups * BITS_PER_GROUP - CRC_BITS) bits.push(0);
  const crc = crc16(bits);
  for (let shift = CRC_BITS - 1; shift >= 0; shift--) bits.push((crc >> shift) & 1);

  let text = CODE_TAG;
  for (let g = 0; g < groups; g++) {
    const values: number[] = [];
    for (let s = 0; s < DATA_PER_GROUP; s++) {
      let value = 0;
      for (let b = 0; b < BITS_PER_SYMBOL; b++) {
        value = value * 2 + (bits[(g * DATA_PER_GROUP + s) * BITS_PER_SYMBOL + b] ?? 0);
      }
      values.push(value);
    }
    text += [...values, checkValue(values)].map(symbolOf).join('');
  }
  return text;
}

/** The compact text laid out for reading aloud: `MS1-XXXXX-XXXXX-…`. */
export function groupCompact(compact: string): string {
  const parts = [compact.slice(0, CODE_TAG.length)];
  for (let i = CODE_TAG.length; i < compact.length; i += GROUP_LENGTH) {
    parts.push(compact.slice(i, i + GROUP_LENGTH));
  }
  return parts.join('-');
}

export interface Unframed {
  /** Canonical compact text: the code's fingerprint. */
  readonly compact: string;
  /** Payload bits plus padding, without the CRC. */
  readonly payload: number[];
}

/**
 * Checks the frame of a typed text and returns its payload bits. Throws ResultCodeError only:
 * 'empty', 'not-a-code', 'unknown-format-version' (tag of a newer frame, e.g. MS2),
 * 'bad-character' or 'bad-group' (the first block, in reading order, with a problem; blocks are
 * counted as displayed, the tag being block 1), or 'checksum'.
 */
export function unframe(text: string): Unframed {
  const symbols = typedSymbols(text);
  if (symbols.length === 0) throw new ResultCodeError({ kind: 'empty' });
  const canonical = symbols.map((symbol) => symbol.canonical);
  checkTag(canonical);

  const data = symbols.slice(CODE_TAG.length);
  const values: number[] = [];
  const groupCount = Math.max(1, Math.ceil(data.length / GROUP_LENGTH));
  for (let g = 0; g < groupCount; g++) {
    const group = data.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH);
    const groupNumber = g + 2;
    const groupValues: number[] = [];
    for (const symbol of group) {
      const value = valueOf(symbol.canonical);
      if (value === undefined) {
        throw new ResultCodeError({ kind: 'bad-character', character: symbol.typed, group: groupNumber });
      }
      groupValues.push(value);
    }
    if (group.length !== GROUP_LENGTH || !hasValidCheck(groupValues)) {
      const groupText = group.map((symbol) => symbol.canonical).join('');
      throw new ResultCodeError({ kind: 'bad-group', group: groupNumber, groupText });
    }
    values.push(...groupValues.slice(0, DATA_PER_GROUP));
  }

  const bits: number[] = [];
  for (const value of values) {
    for (let shift = BITS_PER_SYMBOL - 1; shift >= 0; shift--) bits.push((value >> shift) & 1);
  }
  const payload = bits.slice(0, bits.length - CRC_BITS);
  let crc = 0;
  for (const bit of bits.slice(bits.length - CRC_BITS)) crc = crc * 2 + bit;
  if (crc16(payload) !== crc) throw new ResultCodeError({ kind: 'checksum' });
  return { compact: canonical.join(''), payload };
}

function checkTag(canonical: readonly string[]): void {
  const tag = canonical.slice(0, CODE_TAG.length).join('');
  if (tag === CODE_TAG) return;
  // A later frame would be tagged MS2…MS9: say "update the app" rather than "not a code", but
  // only when the rest looks like code text, so that foreign text such as "MS365" stays foreign.
  const laterFrame = /^MS[2-9]$/.test(tag);
  const looksLikeCode =
    canonical.length >= CODE_TAG.length + GROUP_LENGTH &&
    canonical.slice(CODE_TAG.length).every((symbol) => valueOf(symbol) !== undefined);
  if (laterFrame && looksLikeCode) {
    throw new ResultCodeError({ kind: 'unknown-format-version', version: Number(tag[2]) });
  }
  throw new ResultCodeError({ kind: 'not-a-code' });
}
