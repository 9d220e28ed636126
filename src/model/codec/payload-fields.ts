import type { Answers, Instrument } from '../instruments/types';
import type { BitReader, BitWriter } from './bit-io';
import { ResultCodeError } from './errors';
import { instrumentIdOf } from './instrument-codes';
import { normaliseWorkshopCode, workshopCodeFromValues, workshopCodeValues } from './workshop-code';

/**
 * What a result code holds, and the fields every payload format version shares (the workshop,
 * the instrument). payload.ts has the layout of format version 3, legacy-payload.ts those of 1
 * and 2; docs/result-code.md has the tables.
 */

/** One questionnaire of a result, as the participant's device encodes it. */
export interface QuestionnaireToEncode {
  /** Gives the item order, the answer scale (is "does not apply" offered?) and the version. */
  readonly instrument: Instrument;
  readonly answers: Answers;
  /** Item ids of the statements marked "I want to talk about this"; order and repeats do not matter. */
  readonly marks?: readonly string[];
}

/** What a participant's device encodes: one result, of one to four questionnaires. */
export interface ResultToEncode {
  readonly workshopCode: string;
  /**
   * An integer 0…MAX_NONCE (nonce.ts), drawn with `randomNonce` once per finished result and
   * kept with it, so that the result's code stays the same every time it is shown.
   */
  readonly nonce: number;
  /** One to four, each instrument at most once; the code orders them by instrument code. */
  readonly questionnaires: readonly QuestionnaireToEncode[];
  /** The nonce of the earlier result of this phone for this workshop that this one replaces (format 3). */
  readonly replaces?: number;
  /**
   * The phone's chain for this workshop (format 4): the nonce of its first result there and this
   * result's place after it, 1…MAX_CHAIN_SEQ. Never together with `replaces`.
   */
  readonly chain?: ResultChain;
}

/**
 * Where a result stands among one phone's results for one workshop: `root` is the nonce of the
 * phone's first result there (random, so it links nothing across workshops), `seq` counts the
 * answers after it. Of one chain, the highest `seq` counts, whichever links arrive.
 */
export interface ResultChain {
  readonly root: number;
  readonly seq: number;
}

/** One questionnaire as a code gives it back. */
export interface DecodedQuestionnaire {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** Unanswered statements have no key; "does not apply" is `'na'`. */
  readonly answers: Answers;
  /** Item ids of the marked statements, in item order; empty when none (and for old codes). */
  readonly marks: readonly string[];
}

/** What a code holds, whatever its format version. */
export interface ResultFields {
  readonly formatVersion: 1 | 2 | 3 | 4 | 5;
  /** Canonical, check character included, e.g. `K7MQ45`. */
  readonly workshopCode: string;
  /** The random nonce; absent for a code of format version 1. */
  readonly nonce?: number;
  /** The nonce of the result this one replaces, when it does (format version 3 only). */
  readonly replaces?: number;
  /** The phone's chain, for a re-answer (format version 4 only). */
  readonly chain?: ResultChain;
  /**
   * A withdrawal (format version 5 only): the phone takes back every result of the chain with this
   * root up to this seq. Such a code has no nonce and no questionnaires.
   */
  readonly withdraws?: ResultChain;
  /** In ascending order of instrument code; exactly one for format versions 1 and 2; none for a withdrawal. */
  readonly questionnaires: readonly DecodedQuestionnaire[];
}

export interface PayloadContext {
  readonly findInstrument: (id: string, version: number) => Instrument | undefined;
  /** Canonical workshop code the result must belong to, if any. */
  readonly expectedWorkshop?: string;
}

export const FORMAT_VERSION_BITS = 4;
const WORKSHOP_SYMBOLS = 5;
const WORKSHOP_SYMBOL_BITS = 5;
export const INSTRUMENT_CODE_BITS = 6;
export const INSTRUMENT_VERSION_BITS = 8;
/** Bits of a chain's seq: a phone can answer one workshop again up to 255 times in one chain. */
export const CHAIN_SEQ_BITS = 8;
export const MAX_CHAIN_SEQ = 2 ** CHAIN_SEQ_BITS - 1;

/** The 5 random symbols of the workshop code; throws RangeError for an invalid code. */
export function writeWorkshop(writer: BitWriter, workshopCode: string): void {
  const values = workshopCodeValues(normaliseWorkshopCode(workshopCode));
  if (!values) throw new RangeError(`Invalid workshop code ${JSON.stringify(workshopCode)}`);
  for (const value of values) writer.write(value, WORKSHOP_SYMBOL_BITS);
}

/** The workshop code (its check recomputed); refuses another workshop than the expected one. */
export function readWorkshop(reader: BitReader, context: PayloadContext): string {
  const values: number[] = [];
  for (let i = 0; i < WORKSHOP_SYMBOLS; i++) values.push(need(reader.read(WORKSHOP_SYMBOL_BITS)));
  const workshopCode = workshopCodeFromValues(values);
  const expected = context.expectedWorkshop;
  if (expected !== undefined && expected !== workshopCode) {
    throw new ResultCodeError({ kind: 'wrong-workshop', expected, actual: workshopCode });
  }
  return workshopCode;
}

/**
 * Instrument code and version, looked up. `lowestCode` is the smallest code allowed here: in
 * format version 3, codes must ascend, and one below it means a damaged code.
 */
export function readInstrument(reader: BitReader, context: PayloadContext, lowestCode = 0): Instrument {
  const instrumentCode = need(reader.read(INSTRUMENT_CODE_BITS));
  if (instrumentCode < lowestCode) throw damaged();
  const instrumentId = instrumentIdOf(instrumentCode);
  if (instrumentId === undefined) throw new ResultCodeError({ kind: 'unknown-instrument', instrumentCode });
  const instrumentVersion = need(reader.read(INSTRUMENT_VERSION_BITS));
  const instrument = context.findInstrument(instrumentId, instrumentVersion);
  if (!instrument || instrument.id !== instrumentId || instrument.version !== instrumentVersion) {
    throw new ResultCodeError({ kind: 'unknown-instrument-version', instrumentId, instrumentVersion });
  }
  return instrument;
}

/** A field that must be there: past the end of the bits, the code is damaged. */
export function need<T extends number | bigint>(value: T | undefined): T {
  if (value === undefined) throw damaged();
  return value;
}

/**
 * Content that passed every check but cannot be valid (an answer digit out of range, a value
 * past Rⁿ, bad UTF-8 in an old name, non-zero padding) can only come from a damaged or forged
 * code: reported as 'checksum', like any other damage.
 */
export function damaged(): ResultCodeError {
  return new ResultCodeError({ kind: 'checksum' }, 'The code passed its checks but its content is invalid');
}
