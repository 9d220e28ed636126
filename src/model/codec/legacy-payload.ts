import { isAnswerValue, type AnswerValue } from '../instruments/types';
import { BitWriter, type BitReader } from './bit-io';
import { instrumentCodeOf } from './instrument-codes';
import type { Instrument } from '../instruments/types';
import { nameFromBytes, normaliseName } from './participant-name';
import {
  damaged,
  FORMAT_VERSION_BITS,
  INSTRUMENT_CODE_BITS,
  INSTRUMENT_VERSION_BITS,
  need,
  readInstrument,
  readWorkshop,
  writeWorkshop,
  type PayloadContext,
  type ResultFields,
} from './payload-fields';
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

/**
 * The payload of an old result WITHOUT its name: the same fields, has-name 0. An old code with a
 * name is stored and counted under this nameless code, so a name a participant once typed never
 * reaches the laptop's storage or a workshop file (docs/decisions.md 7); the same result handed
 * over with and without the name counts once.
 */
export function writeLegacyPayloadWithoutName(
  formatVersion: typeof FORMAT_VERSION_WITHOUT_NONCE | typeof FORMAT_VERSION_WITH_NONCE,
  workshopCode: string,
  instrument: Instrument,
  answers: Readonly<Record<string, unknown>>,
  nonce: number | undefined,
): number[] {
  const writer = new BitWriter();
  writer.write(formatVersion, FORMAT_VERSION_BITS);
  writeWorkshop(writer, workshopCode);
  writer.write(instrumentCodeOf(instrument.id) ?? 0, INSTRUMENT_CODE_BITS);
  writer.write(instrument.version, INSTRUMENT_VERSION_BITS);
  if (formatVersion === FORMAT_VERSION_WITH_NONCE) writer.write(nonce ?? 0, NONCE_BITS);
  for (const item of instrument.items) {
    const value = answers[item.id];
    writer.write(isAnswerValue(value) ? value : 0, ANSWER_BITS);
  }
  writer.write(0, 1);
  return writer.toBits();
}
