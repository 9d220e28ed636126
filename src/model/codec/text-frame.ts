import { symbolOf, typedSymbols, valueOf } from './alphabet';
import { CRC16_START, crc16, crc16Step } from './crc';
import { ResultCodeError } from './errors';
import { checkValue, hasValidCheck, POSITIONS } from './group-check';

/**
 * The text frame around a payload. Its tag names it:
 *
 *   MS3-XXXXC-XXXXC-…   tag, then blocks of 4 data symbols (20 bits) and 1 check symbol C
 *
 * The data symbols carry the payload bits, zero padding to fill the last block, and as the last
 * 16 bits a CRC-16 over everything before it. The encoder uses the fewest blocks that fit, so
 * the padding is always shorter than one block (19 bits at most): one code per result.
 *
 * Two frames exist. They differ only in the check symbol of a block:
 * - MS3, written since format version 3: the check includes the block's position (0 for the
 *   first data block, group-check.ts), so a block moved to another place fails there and is
 *   located, instead of being caught (or, 2 times in 4 million, missed) by the CRC alone. Since
 *   positions must be distinct elements of GF(32), an MS3 code has at most 32 blocks.
 * - MS1, written by format versions 1 and 2: the check without a position. Still read.
 * The tag MS2 was never used; MS2 and MS4…MS9 are frames this app does not know.
 */
export interface Frame {
  readonly tag: string;
  /** Whether a block's check includes its position. */
  readonly positional: boolean;
  /** The most data blocks a code in this frame may have. */
  readonly maxGroups: number;
}

export const FRAME_MS1: Frame = { tag: 'MS1', positional: false, maxGroups: Number.POSITIVE_INFINITY };
export const FRAME_MS3: Frame = { tag: 'MS3', positional: true, maxGroups: POSITIONS };
const FRAMES: readonly Frame[] = [FRAME_MS1, FRAME_MS3];

/** The tag the encoder writes. */
export const CODE_TAG = FRAME_MS3.tag;
/** Every tag is 3 characters: `MS` and a digit. */
export const TAG_LENGTH = 3;
export const DATA_PER_GROUP = 4;
export const GROUP_LENGTH = DATA_PER_GROUP + 1;
const BITS_PER_SYMBOL = 5;
export const BITS_PER_GROUP = DATA_PER_GROUP * BITS_PER_SYMBOL;
export const CRC_BITS = 16;
/** Padding between payload and CRC is always shorter than a block's data. */
export const MAX_PADDING_BITS = BITS_PER_GROUP - 1;

/**
 * The canonical compact text (tag and symbols, no separators) of payload bits. Throws RangeError
 * when the payload needs more blocks than the frame allows (more than 32 for MS3).
 */
export function frame(payload: readonly number[], kind: Frame = FRAME_MS3): string {
  const groups = Math.ceil((payload.length + CRC_BITS) / BITS_PER_GROUP);
  if (groups > kind.maxGroups) {
    throw new RangeError(`A payload of ${payload.length} bits needs ${groups} blocks; ${kind.tag} allows ${kind.maxGroups}`);
  }
  const bits = [...payload];
  while (bits.length < groups * BITS_PER_GROUP - CRC_BITS) bits.push(0);
  const crc = crc16(bits);
  for (let shift = CRC_BITS - 1; shift >= 0; shift--) bits.push((crc >> shift) & 1);

  let text = kind.tag;
  for (let g = 0; g < groups; g++) {
    const values: number[] = [];
    for (let s = 0; s < DATA_PER_GROUP; s++) {
      let value = 0;
      for (let b = 0; b < BITS_PER_SYMBOL; b++) {
        value = value * 2 + (bits[(g * DATA_PER_GROUP + s) * BITS_PER_SYMBOL + b] ?? 0);
      }
      values.push(value);
    }
    text += [...values, checkValue(values, positionOf(kind, g))].map(symbolOf).join('');
  }
  return text;
}

/** The compact text laid out for reading aloud: `MS3-XXXXX-XXXXX-…`. */
export function groupCompact(compact: string): string {
  const parts = [compact.slice(0, TAG_LENGTH)];
  for (let i = TAG_LENGTH; i < compact.length; i += GROUP_LENGTH) {
    parts.push(compact.slice(i, i + GROUP_LENGTH));
  }
  return parts.join('-');
}

export interface Unframed {
  /** Canonical compact text: the code's fingerprint. */
  readonly compact: string;
  /** Payload bits plus padding, without the CRC. */
  readonly payload: number[];
  /** The frame the tag named; it decides which payload format versions may follow. */
  readonly frame: Frame;
}

/**
 * Checks the frame of a typed text and returns its payload bits. Throws ResultCodeError only:
 * 'empty', 'not-a-code', 'unknown-format-version' (tag of a frame this app does not know, e.g.
 * MS4), 'bad-character' or 'bad-group' (the first block, in reading order, with a problem;
 * blocks are counted as displayed, the tag being block 1; a block beyond the frame's last
 * possible one is bad too), or 'checksum'.
 */
export function unframe(text: string): Unframed {
  const symbols = typedSymbols(text);
  if (symbols.length === 0) throw new ResultCodeError({ kind: 'empty' });
  const canonical = symbols.map((symbol) => symbol.canonical);
  const kind = frameOfTag(canonical);

  const data = symbols.slice(TAG_LENGTH);
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
    // A short last block is a code cut off (or nothing after the tag), not a typo in that block.
    if (group.length < GROUP_LENGTH && g === groupCount - 1 && g < kind.maxGroups) throw new ResultCodeError({ kind: 'incomplete' });
    if (group.length !== GROUP_LENGTH || g >= kind.maxGroups || !hasValidCheck(groupValues, positionOf(kind, g))) {
      const groupText = group.map((symbol) => symbol.canonical).join('');
      throw new ResultCodeError({ kind: 'bad-group', group: groupNumber, groupText });
    }
    values.push(...groupValues.slice(0, DATA_PER_GROUP));
  }

  const bits = bitsOfValues(values);
  const payload = bits.slice(0, bits.length - CRC_BITS);
  let crc = 0;
  for (const bit of bits.slice(bits.length - CRC_BITS)) crc = crc * 2 + bit;
  // In MS3 every block checks its own position, so blocks in place with a CRC that fails almost
  // always mean whole blocks are missing at the end (a copy cut short), not several typos.
  if (crc16(payload) !== crc) throw new ResultCodeError({ kind: kind.positional ? 'incomplete' : 'checksum' });
  return { compact: canonical.join(''), payload, frame: kind };
}

/**
 * The lengths (in symbols, tag included) of the prefixes of `canonical` that are complete frames:
 * a known tag, whole blocks that all check, and a matching CRC. One pass with a running CRC, so a
 * pasted list can be searched for where each code ends (many-codes.ts) without decoding every
 * candidate from the start. Never throws.
 */
export function completeFrameLengths(canonical: readonly string[]): number[] {
  const kind = FRAMES.find((known) => known.tag === canonical.slice(0, TAG_LENGTH).join(''));
  if (kind === undefined) return [];
  const lengths: number[] = [];
  const bits: number[] = [];
  // crcBefore[i]: the CRC of the first i data bits.
  const crcBefore: number[] = [CRC16_START];
  for (let g = 0; g < kind.maxGroups; g++) {
    const start = TAG_LENGTH + g * GROUP_LENGTH;
    if (start + GROUP_LENGTH > canonical.length) break;
    const groupValues = canonical.slice(start, start + GROUP_LENGTH).map(valueOf);
    if (!groupValues.every((value) => value !== undefined)) break;
    if (!hasValidCheck(groupValues, positionOf(kind, g))) break;
    for (const bit of bitsOfValues(groupValues.slice(0, DATA_PER_GROUP))) {
      bits.push(bit);
      crcBefore.push(crc16Step(crcBefore.at(-1) ?? CRC16_START, bit));
    }
    const crcStart = bits.length - CRC_BITS;
    let crc = 0;
    for (const bit of bits.slice(crcStart)) crc = crc * 2 + bit;
    if (crcBefore[crcStart] === crc) lengths.push(start + GROUP_LENGTH);
  }
  return lengths;
}

function positionOf(kind: Frame, groupIndex: number): number {
  return kind.positional ? groupIndex : 0;
}

function bitsOfValues(values: readonly number[]): number[] {
  const bits: number[] = [];
  for (const value of values) {
    for (let shift = BITS_PER_SYMBOL - 1; shift >= 0; shift--) bits.push((value >> shift) & 1);
  }
  return bits;
}

function frameOfTag(canonical: readonly string[]): Frame {
  const tag = canonical.slice(0, TAG_LENGTH).join('');
  const known = FRAMES.find((kind) => kind.tag === tag);
  if (known) return known;
  // Another frame would be tagged MS2 or MS4…MS9: say "update the app" rather than "not a code",
  // but only when the rest looks like code text, so that foreign text such as "MS465" stays
  // foreign.
  const laterFrame = /^MS[2-9]$/.test(tag);
  const looksLikeCode =
    canonical.length >= TAG_LENGTH + GROUP_LENGTH &&
    canonical.slice(TAG_LENGTH).every((symbol) => valueOf(symbol) !== undefined);
  if (laterFrame && looksLikeCode) {
    throw new ResultCodeError({ kind: 'unknown-format-version', version: Number(tag[2]) });
  }
  throw new ResultCodeError({ kind: 'not-a-code' });
}
