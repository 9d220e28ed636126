import { isAnswerValue, type AnswerValue, type Answers, type Instrument } from '../instruments/types';
import { BitReader, BitWriter } from './bit-io';
import { ResultCodeError } from './errors';
import { instrumentCodeOf, instrumentIdOf } from './instrument-codes';
import { isValidNonce, NONCE_BITS } from './nonce';
import { nameFromBytes, nameToBytes, normaliseName } from './participant-name';
import { normaliseWorkshopCode, workshopCodeFromValues, workshopCodeValues } from './workshop-code';

/**
 * The binary payload of a result code (docs/result-code.md has the tables). Format version 2,
 * the one the encoder writes:
 *
 *   format version 4 · workshop 25 (5 symbols × 5; the check is recomputed) · instrument code 6 ·
 *   instrument version 8 · nonce 20 · answers 3 × items (0 = unanswered, 1–5) · has-name 1 ·
 *   [name length in bytes 8 · name UTF-8]
 *
 * Format version 1 is the same without the nonce. Codes of version 1 were handed out before
 * version 2 existed; they are still read, unchanged, and decode without a nonce.
 *
 * The format version comes first and stays first in every later version: it is the only field
 * a decoder may read before it knows the layout.
 */
export const FORMAT_VERSION = 2;
/** The first layout, without a nonce: only read, never written any more. */
export const FORMAT_VERSION_WITHOUT_NONCE = 1;

const WIDTH = {
  formatVersion: 4,
  workshopSymbol: 5,
  instrumentCode: 6,
  instrumentVersion: 8,
  answer: 3,
  hasName: 1,
  nameLength: 8,
  nonce: NONCE_BITS,
} as const;

/** What a result code carries. */
export interface ResultFields {
  readonly workshopCode: string;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly answers: Answers;
  readonly name?: string;
  /** The random nonce of a format-version-2 code; absent for a version-1 code. */
  readonly nonce?: number;
}

/** What a participant's device encodes: the instrument itself gives the item order. */
export interface ResultToEncode {
  readonly workshopCode: string;
  readonly instrument: Instrument;
  readonly answers: Answers;
  /** Only when the participant typed one; normalised and cut to 40 characters. */
  readonly name?: string;
  /**
   * An integer 0…MAX_NONCE (nonce.ts), drawn with `randomNonce` once per finished questionnaire
   * and kept with it, so that the result's code stays the same every time it is shown.
   */
  readonly nonce: number;
}

export interface PayloadContext {
  readonly findInstrument: (id: string, version: number) => Instrument | undefined;
  /** Canonical workshop code the result must belong to, if any. */
  readonly expectedWorkshop?: string;
}

/**
 * The payload bits of a result. Throws RangeError for input the app itself should never make
 * (an invalid workshop code, an instrument without a code, a nonce that is not an integer
 * 0…MAX_NONCE, an answer outside 1–5, an answer to an item the instrument does not have): those
 * are bugs, not user errors.
 */
export function writePayload(result: ResultToEncode): number[] {
  const { instrument } = result;
  const workshop = workshopCodeValues(normaliseWorkshopCode(result.workshopCode));
  if (!workshop) throw new RangeError(`Invalid workshop code ${JSON.stringify(result.workshopCode)}`);
  const instrumentCode = instrumentCodeOf(instrument.id);
  if (instrumentCode === undefined) throw new RangeError(`No code for instrument ${instrument.id}`);
  const nonce: unknown = result.nonce;
  if (!isValidNonce(nonce)) throw new RangeError(`Invalid nonce ${String(nonce)}`);
  const itemIds = new Set(instrument.items.map((item) => item.id));
  for (const [itemId, value] of Object.entries(result.answers)) {
    if (!itemIds.has(itemId) && value !== undefined) {
      throw new RangeError(`Answer to unknown item ${itemId} of ${instrument.id}`);
    }
  }

  const writer = new BitWriter().write(FORMAT_VERSION, WIDTH.formatVersion);
  for (const value of workshop) writer.write(value, WIDTH.workshopSymbol);
  writer.write(instrumentCode, WIDTH.instrumentCode);
  writer.write(instrument.version, WIDTH.instrumentVersion);
  writer.write(nonce, WIDTH.nonce);
  for (const item of instrument.items) {
    const value: unknown = Object.hasOwn(result.answers, item.id) ? result.answers[item.id] : undefined;
    if (value !== undefined && !isAnswerValue(value)) {
      throw new RangeError(`Answer ${String(value)} to ${item.id} is not 1–5`);
    }
    writer.write(value ?? 0, WIDTH.answer);
  }
  const name = normaliseName(result.name);
  writer.write(name === undefined ? 0 : 1, WIDTH.hasName);
  if (name !== undefined) {
    const bytes = nameToBytes(name);
    writer.write(bytes.length, WIDTH.nameLength);
    for (const byte of bytes) writer.write(byte, 8);
  }
  return writer.toBits();
}

/**
 * The result in payload bits (with the zero padding before the CRC, which must be shorter than
 * one block). Throws ResultCodeError only. Content that passed every check but cannot be read
 * (an answer 6 or 7, bad UTF-8, non-zero padding) can only come from a damaged or forged code,
 * and is reported as 'checksum', like any other damage.
 */
export function readPayload(bits: readonly number[], context: PayloadContext, maxPadding: number): ResultFields {
  const reader = new BitReader(bits);
  const version = reader.read(WIDTH.formatVersion);
  if (version !== FORMAT_VERSION && version !== FORMAT_VERSION_WITHOUT_NONCE) {
    throw new ResultCodeError({ kind: 'unknown-format-version', version });
  }

  const workshopValues: number[] = [];
  for (let i = 0; i < 5; i++) workshopValues.push(need(reader.read(WIDTH.workshopSymbol)));
  const workshopCode = workshopCodeFromValues(workshopValues);
  const expected = context.expectedWorkshop;
  if (expected !== undefined && expected !== workshopCode) {
    throw new ResultCodeError({ kind: 'wrong-workshop', expected, actual: workshopCode });
  }

  const instrumentCode = need(reader.read(WIDTH.instrumentCode));
  const instrumentId = instrumentIdOf(instrumentCode);
  if (instrumentId === undefined) throw new ResultCodeError({ kind: 'unknown-instrument', instrumentCode });
  const instrumentVersion = need(reader.read(WIDTH.instrumentVersion));
  const instrument = context.findInstrument(instrumentId, instrumentVersion);
  if (!instrument || instrument.id !== instrumentId || instrument.version !== instrumentVersion) {
    throw new ResultCodeError({ kind: 'unknown-instrument-version', instrumentId, instrumentVersion });
  }
  // Version 2 only; every 20-bit value is a valid nonce, so there is still one code per result.
  const nonce = version === FORMAT_VERSION ? need(reader.read(WIDTH.nonce)) : undefined;

  const answers: Record<string, AnswerValue> = {};
  for (const item of instrument.items) {
    const value = need(reader.read(WIDTH.answer));
    if (value === 0) continue;
    if (!isAnswerValue(value)) throw damaged();
    answers[item.id] = value;
  }

  let name: string | undefined;
  if (need(reader.read(WIDTH.hasName)) === 1) {
    const bytes = new Uint8Array(need(reader.read(WIDTH.nameLength)));
    for (let i = 0; i < bytes.length; i++) bytes[i] = need(reader.read(8));
    name = nameFromBytes(bytes);
    if (name === undefined || normaliseName(name) !== name) throw damaged();
  }

  if (reader.remaining > maxPadding || !reader.restIsZero()) throw damaged();
  return {
    workshopCode,
    instrumentId,
    instrumentVersion,
    answers,
    ...(name === undefined ? {} : { name }),
    ...(nonce === undefined ? {} : { nonce }),
  };
}

function need(value: number | undefined): number {
  if (value === undefined) throw damaged();
  return value;
}

function damaged(): ResultCodeError {
  return new ResultCodeError({ kind: 'checksum' }, 'The code passed its checks but its content is invalid');
}
