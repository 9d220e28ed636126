import type { Instrument } from '../instruments/types';
import { answerNumberWidth, answersFromNumber, answersToNumber } from './answer-number';
import { BitReader, BitWriter } from './bit-io';
import { ResultCodeError } from './errors';
import { instrumentCodeOf } from './instrument-codes';
import { FORMAT_VERSION_WITH_NONCE, FORMAT_VERSION_WITHOUT_NONCE, readLegacyPayload } from './legacy-payload';
import { isValidNonce, NONCE_BITS } from './nonce';
import {
  CHAIN_SEQ_BITS,
  damaged,
  FORMAT_VERSION_BITS,
  INSTRUMENT_CODE_BITS,
  INSTRUMENT_VERSION_BITS,
  MAX_CHAIN_SEQ,
  need,
  readInstrument,
  readWorkshop,
  writeWorkshop,
  type DecodedQuestionnaire,
  type PayloadContext,
  type QuestionnaireToEncode,
  type ResultChain,
  type ResultFields,
  type ResultToEncode,
} from './payload-fields';
import { FRAME_MS3, type Frame } from './text-frame';
import { FORMAT_VERSION_WITHDRAWAL, readWithdrawal } from './withdrawal-payload';

export type {
  DecodedQuestionnaire,
  PayloadContext,
  QuestionnaireToEncode,
  ResultChain,
  ResultFields,
  ResultToEncode,
} from './payload-fields';

/**
 * The binary payload of a result code (docs/result-code.md has the tables). The encoder writes
 * format version 3 for a first answer and format version 4 for a re-answer, both in frame MS3:
 *
 *   format version 4 (= 3) · workshop 25 (5 symbols × 5; the check is recomputed) · nonce 20 ·
 *   has-replaces 1 · [replaced nonce 20] · questionnaires
 *   format version 4 (= 4) · workshop 25 · nonce 20 · chain root 20 · chain seq 8 · questionnaires
 *
 *   questionnaires, in strictly ascending order of instrument code:
 *     instrument code 6 · instrument version 8 · answers (one number, answer-number.ts) ·
 *     has-marks 1 · [marks: 1 bit per statement] · more 1 (1 = another questionnaire follows)
 *
 * Format 4 exists because one `replaces` link cannot count a phone once when a link in between
 * never reaches the laptop (A and C handed in, B forgotten): the chain root names the phone's
 * first result, the seq says which is newest (decision 54). A first answer stays format 3, so
 * every app that reads format 3 still reads it.
 *
 * One bit "more" after each questionnaire, rather than a count in front, because most results
 * hold one questionnaire: the self-check with marks then still fits 7 blocks (a QR code of
 * version 2-M). Versions 1 and 2 (frame MS1) are read by legacy-payload.ts.
 *
 * The format version comes first and stays first in every later version: it is the only field
 * a decoder may read before it knows the layout.
 *
 * One code per result: the decoder refuses everything the encoder never writes, so that the
 * same result always has the same fingerprint. Questionnaires out of order or repeated, an
 * answer number of Rⁿ or more, a has-marks bit with no mark, a replaced nonce or chain root
 * equal to the code's own nonce, a chain seq of 0, a fifth questionnaire, and padding of a whole
 * block or with a 1 in it.
 */
export const FORMAT_VERSION = 3;
/** The format of a re-answer: a chain root and seq in place of `replaces`. */
export const FORMAT_VERSION_CHAIN = 4;
export { CHAIN_SEQ_BITS, MAX_CHAIN_SEQ } from './payload-fields';
/** One result holds at most this many questionnaires. */
export const MAX_QUESTIONNAIRES = 4;

/** The payload format versions each frame carries. */
function formatVersionsOf(frame: Frame): readonly number[] {
  return frame === FRAME_MS3 ? [FORMAT_VERSION, FORMAT_VERSION_CHAIN, FORMAT_VERSION_WITHDRAWAL] : [FORMAT_VERSION_WITHOUT_NONCE, FORMAT_VERSION_WITH_NONCE];
}

/**
 * The payload bits of a result, format version 3. Throws RangeError for input the app itself
 * should never make: those are bugs, not user errors. An invalid workshop code; a nonce or
 * replaced nonce that is not an integer 0…MAX_NONCE, or a replaced nonce equal to the nonce;
 * no questionnaire or more than four, or one instrument twice; an instrument without a code or
 * with a version above 255; an answer outside 1–5 and "does not apply", "does not apply" where
 * the instrument does not offer it, an answer or mark for an item the instrument does not have.
 */
export function writePayload(result: ResultToEncode): number[] {
  const chain = result.chain;
  const writer = new BitWriter().write(chain === undefined ? FORMAT_VERSION : FORMAT_VERSION_CHAIN, FORMAT_VERSION_BITS);
  writeWorkshop(writer, result.workshopCode);
  const nonce: unknown = result.nonce;
  if (!isValidNonce(nonce)) throw new RangeError(`Invalid nonce ${String(nonce)}`);
  writer.write(nonce, NONCE_BITS);
  if (chain !== undefined) writeChain(writer, chain, nonce, result.replaces);
  else writeReplaces(writer, result.replaces, nonce);

  const questionnaires = inCodeOrder(result.questionnaires);
  questionnaires.forEach(({ code, questionnaire }, i) => {
    const { instrument } = questionnaire;
    writer.write(code, INSTRUMENT_CODE_BITS).write(instrument.version, INSTRUMENT_VERSION_BITS);
    writer.writeBig(answersToNumber(instrument, questionnaire.answers), answerNumberWidth(instrument));
    writeMarks(writer, instrument, questionnaire.marks ?? []);
    writer.write(i < questionnaires.length - 1 ? 1 : 0, 1);
  });
  return writer.toBits();
}

/**
 * The result in payload bits (with the zero padding before the CRC, which must be shorter than
 * one block). `frame` is the frame the bits came in: MS1 carries format versions 1 and 2, MS3
 * carries 3, 4 and 5 (a withdrawal, withdrawal-payload.ts); any other version is a newer app's ('unknown-format-version'). Throws
 * ResultCodeError only.
 */
export function readPayload(
  bits: readonly number[],
  context: PayloadContext,
  frame: Frame,
  maxPadding: number,
): ResultFields {
  const reader = new BitReader(bits);
  const version = reader.read(FORMAT_VERSION_BITS);
  if (version === undefined || !formatVersionsOf(frame).includes(version)) {
    throw new ResultCodeError({ kind: 'unknown-format-version', version });
  }
  const fields: ResultFields =
    version === FORMAT_VERSION_WITHOUT_NONCE || version === FORMAT_VERSION_WITH_NONCE
      ? { formatVersion: version, ...readLegacyPayload(reader, version, context) }
      : version === FORMAT_VERSION_WITHDRAWAL
        ? { formatVersion: FORMAT_VERSION_WITHDRAWAL, ...readWithdrawal(reader, context), questionnaires: [] }
        : { formatVersion: version === FORMAT_VERSION_CHAIN ? FORMAT_VERSION_CHAIN : FORMAT_VERSION, ...readVersion3(reader, context, version) };
  if (reader.remaining > maxPadding || !reader.restIsZero()) throw damaged();
  return fields;
}

function writeReplaces(writer: BitWriter, replaces: unknown, nonce: number): void {
  if (replaces !== undefined && (!isValidNonce(replaces) || replaces === nonce)) {
    throw new RangeError(`Invalid replaced nonce ${String(replaces)} (the result's own nonce is ${nonce})`);
  }
  writer.write(replaces === undefined ? 0 : 1, 1);
  if (replaces !== undefined) writer.write(replaces, NONCE_BITS);
}

function writeChain(writer: BitWriter, chain: ResultChain, nonce: number, replaces: unknown): void {
  const { root, seq } = chain as { root: unknown; seq: unknown };
  if (replaces !== undefined) throw new RangeError('A result names either a chain or a replaced nonce, not both');
  if (!isValidNonce(root) || root === nonce) throw new RangeError(`Invalid chain root ${String(root)} (the result's own nonce is ${nonce})`);
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || seq > MAX_CHAIN_SEQ) throw new RangeError(`Invalid chain seq ${String(seq)}`);
  writer.write(root, NONCE_BITS).write(seq, CHAIN_SEQ_BITS);
}

/** Format 3 (`replaces`) and format 4 (`chain`) differ only in the field after the nonce. */
function readVersion3(reader: BitReader, context: PayloadContext, version: number): Omit<ResultFields, 'formatVersion'> {
  const workshopCode = readWorkshop(reader, context);
  const nonce = need(reader.read(NONCE_BITS));
  let replaces: number | undefined;
  let chain: ResultChain | undefined;
  if (version === FORMAT_VERSION_CHAIN) {
    chain = { root: need(reader.read(NONCE_BITS)), seq: need(reader.read(CHAIN_SEQ_BITS)) };
    if (chain.root === nonce || chain.seq === 0) throw damaged();
  } else {
    replaces = need(reader.read(1)) === 1 ? need(reader.read(NONCE_BITS)) : undefined;
    if (replaces === nonce) throw damaged();
  }

  const questionnaires: DecodedQuestionnaire[] = [];
  let lowestCode = 1;
  let more = true;
  while (more) {
    if (questionnaires.length === MAX_QUESTIONNAIRES) throw damaged();
    const instrument = readInstrument(reader, context, lowestCode);
    lowestCode = (instrumentCodeOf(instrument.id) ?? 0) + 1;
    const answers = answersFromNumber(instrument, need(reader.readBig(answerNumberWidth(instrument))));
    if (answers === undefined) throw damaged();
    const marks = readMarks(reader, instrument);
    questionnaires.push({ instrumentId: instrument.id, instrumentVersion: instrument.version, answers, marks });
    more = need(reader.read(1)) === 1;
  }
  return { workshopCode, nonce, ...(replaces === undefined ? {} : { replaces }), ...(chain === undefined ? {} : { chain }), questionnaires };
}

/** The questionnaires with their instrument codes, ascending; RangeError for what cannot be encoded. */
function inCodeOrder(
  questionnaires: readonly QuestionnaireToEncode[],
): { code: number; questionnaire: QuestionnaireToEncode }[] {
  if (!Array.isArray(questionnaires) || questionnaires.length === 0 || questionnaires.length > MAX_QUESTIONNAIRES) {
    throw new RangeError(`A result holds 1–${MAX_QUESTIONNAIRES} questionnaires`);
  }
  const coded = questionnaires.map((questionnaire) => {
    const code = instrumentCodeOf(questionnaire.instrument.id);
    if (code === undefined) throw new RangeError(`No code for instrument ${questionnaire.instrument.id}`);
    return { code, questionnaire };
  });
  coded.sort((a, b) => a.code - b.code);
  coded.forEach(({ code, questionnaire }, i) => {
    if (i > 0 && coded[i - 1]?.code === code) {
      throw new RangeError(`Instrument ${questionnaire.instrument.id} appears twice in one result`);
    }
  });
  return coded;
}

/** has-marks 1 · [one bit per statement, in item order]. */
function writeMarks(writer: BitWriter, instrument: Instrument, marks: readonly string[]): void {
  if (!Array.isArray(marks)) throw new RangeError(`Marks of ${instrument.id} are not a list of item ids`);
  const marked = new Set<unknown>(marks);
  const itemIds = new Set(instrument.items.map((item) => item.id));
  for (const itemId of marked) {
    if (typeof itemId !== 'string' || !itemIds.has(itemId)) {
      throw new RangeError(`Mark on unknown item ${String(itemId)} of ${instrument.id}`);
    }
  }
  writer.write(marked.size === 0 ? 0 : 1, 1);
  if (marked.size === 0) return;
  for (const item of instrument.items) writer.write(marked.has(item.id) ? 1 : 0, 1);
}

function readMarks(reader: BitReader, instrument: Instrument): string[] {
  if (need(reader.read(1)) === 0) return [];
  const marks: string[] = [];
  for (const item of instrument.items) if (need(reader.read(1)) === 1) marks.push(item.id);
  // A has-marks bit with no mark is never written: the same result would have two codes.
  if (marks.length === 0) throw damaged();
  return marks;
}
