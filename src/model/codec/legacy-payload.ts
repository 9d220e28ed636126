import { isAnswerValue, type AnswerValue } from '../instruments/types';
import type { BitReader } from './bit-io';
import { nameFromBytes, normaliseName } from './participant-name';
import { damaged, need, readInstrument, readWorkshop, type PayloadContext, type ResultFields } from './payload-fields';
import { NONCE_BITS } from './nonce';

/**
 * The payloads of format versions 1 and 2, in the frame MS1: codes handed out before format
 * version 3. Never written any more; read unchanged, so that they keep their meaning.
 *
 *   version 1:  format version 4 · workshop 25 · instrument code 6 · instrument version 8 ·
 *               answers 3 × items (0 = unanswered, 1–5) · has-name 1 · [name length 8 · name]
 *   version 2:  the same with a nonce of 20 bits after the instrument version
 *
 * The name is read and checked, because it is part of a valid old code (one code per result
 * needs the strict checks), and then thrown away: results no longer carry names.
 */
export const FORMAT_VERSION_WITHOUT_NONCE = 1;
export const FORMAT_VERSION_WITH_NONCE = 2;

const ANSWER_BITS = 3;
const NAME_LENGTH_BITS = 8;

/** Reads the rest of a version-1 or version-2 payload, after its format version. */
export function readLegacyPayload(
  reader: BitReader,
  formatVersion: typeof FORMAT_VERSION_WITHOUT_NONCE | typeof FORMAT_VERSION_WITH_NONCE,
  context: PayloadContext,
): Omit<ResultFields, 'formatVersion'> {
  const workshopCode = readWorkshop(reader, context);
  const instrument = readInstrument(reader, context);
  // Every 20-bit value is a valid nonce, so there is still one code per result.
  const nonce = formatVersion === FORMAT_VERSION_WITH_NONCE ? need(reader.read(NONCE_BITS)) : undefined;

  const answers: Record<string, AnswerValue> = {};
  for (const item of instrument.items) {
    const value = need(reader.read(ANSWER_BITS));
    if (value === 0) continue;
    if (!isAnswerValue(value)) throw damaged();
    answers[item.id] = value;
  }

  if (need(reader.read(1)) === 1) {
    const bytes = new Uint8Array(need(reader.read(NAME_LENGTH_BITS)));
    for (let i = 0; i < bytes.length; i++) bytes[i] = need(reader.read(8));
    const name = nameFromBytes(bytes);
    if (name === undefined || normaliseName(name) !== name) throw damaged();
  }

  return {
    workshopCode,
    ...(nonce === undefined ? {} : { nonce }),
    questionnaires: [{ instrumentId: instrument.id, instrumentVersion: instrument.version, answers, marks: [] }],
  };
}
