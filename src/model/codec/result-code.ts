import { attempt, guarded, ResultCodeError, type DecodeOutcome } from './errors';
import { readPayload, writePayload, type PayloadContext, type ResultFields, type ResultToEncode } from './payload';
import { frame, FRAME_MS1, groupCompact, MAX_PADDING_BITS, unframe } from './text-frame';
import { writeLegacyPayloadWithoutName } from './legacy-payload';
import { normaliseWorkshopCode } from './workshop-code';
import { writeWithdrawalPayload, type WithdrawalToEncode } from './withdrawal-payload';

export type { DecodedQuestionnaire, QuestionnaireToEncode, ResultChain, ResultToEncode } from './payload';
export { MAX_CHAIN_SEQ } from './payload';
export type { WithdrawalToEncode } from './withdrawal-payload';
export { MAX_QUESTIONNAIRES } from './payload';
export { MAX_NONCE, NONCE_BITS, randomNonce } from './nonce';

/**
 * Longest text accepted as one code. The longest code the app writes is 32 blocks (163
 * characters); the longest old code (format version 2 with a 40-emoji name) is under 500.
 */
export const MAX_CODE_TEXT_LENGTH = 4096;

/** One result, as the facilitator's device takes it in. */
export interface DecodedResult extends ResultFields {
  /**
   * The canonical code (tag and symbols, no separators; equal to the QR payload). There is
   * exactly one code per result content, nonce included, so taking the same result in twice, by
   * whatever form or with whatever typing variations, gives the same fingerprint: count it once.
   * Two finished results have different nonces, so identical answers do not collapse.
   */
  readonly fingerprint: string;
}

export interface DecodeOptions {
  /** Usually `findInstrument` from src/model/instruments/registry.ts. */
  readonly findInstrument: PayloadContext['findInstrument'];
  /** When given, a code for any other workshop is refused with 'wrong-workshop'. */
  readonly expectedWorkshop?: string;
}

/**
 * The text code of a result, in blocks for reading aloud: `MS3-XXXXX-XXXXX-…` (see
 * docs/result-code.md). Throws RangeError for results the app should never produce.
 */
export function toTextCode(result: ResultToEncode): string {
  return groupCompact(frame(writePayload(result)));
}

/**
 * A withdrawal's code (format version 5, decision 79): as text in blocks, and for the QR. It takes
 * back every result of the phone's chain up to `chain.seq` wherever it is taken in.
 */
export function toWithdrawalCode(withdrawal: WithdrawalToEncode): { text: string; qr: string } {
  const qr = frame(writeWithdrawalPayload(withdrawal));
  return { text: groupCompact(qr), qr };
}

/**
 * The string to put in a QR code: the text code without hyphens. It uses only characters of the
 * QR alphanumeric mode, so the QR stays small (version 2-M for the 38 characters of a self-check
 * code, docs/result-code.md has the other sizes).
 */
export function toQrPayload(result: ResultToEncode): string {
  return frame(writePayload(result));
}

/**
 * The result in a typed, pasted or scanned code of any format version. Tolerant of case, spaces,
 * hyphens, line breaks and the look-alikes O (→0), I and L (→1). Throws ResultCodeError only,
 * whatever the input.
 */
export function decodeResultCode(text: string, options: DecodeOptions): DecodedResult {
  return guarded(() => decodeUnguarded(text, options));
}

/** `decodeResultCode` without exceptions. */
export function tryDecodeResultCode(text: string, options: DecodeOptions): DecodeOutcome<DecodedResult> {
  return attempt(() => decodeUnguarded(text, options));
}

function decodeUnguarded(text: string, options: DecodeOptions): DecodedResult {
  if (typeof text !== 'string') throw new ResultCodeError({ kind: 'not-a-code' });
  if (text.length > MAX_CODE_TEXT_LENGTH) {
    throw new ResultCodeError({ kind: 'too-large', limit: MAX_CODE_TEXT_LENGTH, actual: text.length });
  }
  const unframed = unframe(text);
  const expectedWorkshop =
    options.expectedWorkshop === undefined ? undefined : normaliseWorkshopCode(options.expectedWorkshop);
  const fields = readPayload(
    unframed.payload,
    { findInstrument: options.findInstrument, ...(expectedWorkshop === undefined ? {} : { expectedWorkshop }) },
    unframed.frame,
    MAX_PADDING_BITS,
  );
  return { ...fields, fingerprint: legacyFingerprint(fields, options) ?? unframed.compact };
}

/**
 * For a code of format 1 or 2: the canonical code of the same result without a name (see
 * `writeLegacyPayloadWithoutName`); for a nameless old code this is the code itself.
 */
function legacyFingerprint(fields: ReturnType<typeof readPayload>, options: DecodeOptions): string | undefined {
  if (fields.formatVersion !== 1 && fields.formatVersion !== 2) return undefined;
  const [questionnaire] = fields.questionnaires;
  const instrument = questionnaire && options.findInstrument(questionnaire.instrumentId, questionnaire.instrumentVersion);
  if (!questionnaire || !instrument) return undefined;
  const bits = writeLegacyPayloadWithoutName(fields.formatVersion, fields.workshopCode, instrument, questionnaire.answers, fields.nonce);
  return frame(bits, FRAME_MS1);
}
