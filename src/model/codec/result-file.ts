import { z } from 'zod/mini';
import { attempt, guarded, ResultCodeError, type DecodeOutcome } from './errors';
import {
  decodeResultCode,
  MAX_CODE_TEXT_LENGTH,
  toTextCode,
  type DecodedResult,
  type DecodeOptions,
  type ResultToEncode,
} from './result-code';

/**
 * The file form of a result, for participants who send their result instead of showing it:
 * a small JSON wrapper around the text code, so the file holds nothing the code does not.
 *
 *   { "format": "modusspiegel-result", "version": 1, "code": "MS3-…", "createdAt": "<ISO>" }
 *
 * The file's `version` is the wrapper's; the code inside has its own format version, so a file
 * of version 1 may hold a code of any format version (MS1-… from older apps, MS3-… now).
 */
export const RESULT_FILE_FORMAT = 'modusspiegel-result';
export const RESULT_FILE_VERSION = 1;
/** Larger files are refused unread; the UI should compare `File.size` with this first. */
export const MAX_RESULT_FILE_BYTES = 64 * 1024;

// Loose on purpose: a later version may add fields, and `createdAt` is informative only, so a
// file is judged by its format, version and code. Unknown fields are ignored.
const resultFileSchema = z.looseObject({
  format: z.literal(RESULT_FILE_FORMAT),
  version: z.number(),
  code: z.string().check(z.maxLength(MAX_CODE_TEXT_LENGTH)),
  createdAt: z.optional(z.string()),
});
// zod/mini registers no locale; English keeps the developer `message` of a refused file readable.
const englishIssues = z.locales.en().localeError;

/** The JSON text of a result file; `createdAt` defaults to now. */
export function toResultFile(result: ResultToEncode, createdAt: Date = new Date()): string {
  const file = {
    format: RESULT_FILE_FORMAT,
    version: RESULT_FILE_VERSION,
    code: toTextCode(result),
    createdAt: createdAt.toISOString(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The result in a result file's text. Throws ResultCodeError only, whatever the input. */
export function parseResultFile(text: string, options: DecodeOptions): DecodedResult {
  return guarded(() => parseUnguarded(text, options));
}

/** `parseResultFile` without exceptions. */
export function tryParseResultFile(text: string, options: DecodeOptions): DecodeOutcome<DecodedResult> {
  return attempt(() => parseUnguarded(text, options));
}

function parseUnguarded(text: string, options: DecodeOptions): DecodedResult {
  if (typeof text !== 'string') throw new ResultCodeError({ kind: 'not-a-result-file' });
  // A UTF-8 file of n bytes decodes to at most n UTF-16 code units, so this bounds the file too.
  if (text.length > MAX_RESULT_FILE_BYTES) {
    throw new ResultCodeError({ kind: 'too-large', limit: MAX_RESULT_FILE_BYTES, actual: text.length });
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new ResultCodeError({ kind: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (error) {
    throw new ResultCodeError({ kind: 'not-a-result-file' }, 'Not JSON', { cause: error });
  }
  const isOurs =
    typeof json === 'object' && json !== null && (json as { format?: unknown }).format === RESULT_FILE_FORMAT;
  if (!isOurs) throw new ResultCodeError({ kind: 'not-a-result-file' });
  const parsed = resultFileSchema.safeParse(json, { error: englishIssues });
  if (!parsed.success) {
    const version = (json as { version?: unknown }).version;
    if (typeof version === 'number' && version !== RESULT_FILE_VERSION) {
      throw new ResultCodeError({ kind: 'unknown-format-version', version });
    }
    throw new ResultCodeError({ kind: 'not-a-result-file' }, parsed.error.message);
  }
  if (parsed.data.version !== RESULT_FILE_VERSION) {
    throw new ResultCodeError({ kind: 'unknown-format-version', version: parsed.data.version });
  }
  return decodeResultCode(parsed.data.code, options);
}
