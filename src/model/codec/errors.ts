/**
 * The one error type of the result-code codec. Every decode function either returns a value or
 * throws a `ResultCodeError`; the `try…` variants return a `DecodeOutcome` instead. The UI picks
 * its (translated) text from `kind` and the typed fields in `detail`; `message` is for developers.
 * What a facilitator sees for each kind is listed in docs/result-code.md.
 */

export type ResultCodeErrorDetail =
  /** Nothing but spaces, hyphens or line breaks. */
  | { readonly kind: 'empty' }
  /** Foreign text or data: it does not start with the Modusspiegel tag. */
  | { readonly kind: 'not-a-code' }
  /** A character outside the alphabet; `group` counts blocks as displayed, the tag being 1. */
  | { readonly kind: 'bad-character'; readonly character: string; readonly group: number }
  /** A block whose check character does not match (a typo), or an incomplete last block. */
  | { readonly kind: 'bad-group'; readonly group: number; readonly groupText: string }
  /** Every block looks right but the whole does not add up (several typos, or a damaged code). */
  | { readonly kind: 'checksum' }
  /**
   * The code stops too early: its last block is short, or (MS3) every block is in its place but
   * the end with the CRC is missing. Said apart from 'checksum', so the fix is "copy all of it".
   */
  | { readonly kind: 'incomplete' }
  /**
   * Made by a newer (or unknown) version of the app: this app is older, reload it once while
   * online. `version` is the payload's format version, or for a frame this app does not know
   * (tag MS2, MS4…MS9) the tag's digit.
   */
  | { readonly kind: 'unknown-format-version'; readonly version: number | undefined }
  /** A questionnaire this app does not know yet: the same advice. */
  | { readonly kind: 'unknown-instrument'; readonly instrumentCode: number }
  | {
      readonly kind: 'unknown-instrument-version';
      readonly instrumentId: string;
      readonly instrumentVersion: number;
    }
  /** The code belongs to another workshop (both codes canonical, e.g. `K7MQ4X`). */
  | { readonly kind: 'wrong-workshop'; readonly expected: string; readonly actual: string }
  | { readonly kind: 'too-large'; readonly limit: number; readonly actual: number }
  /** A file (or JSON text) that is not a Modusspiegel result file. */
  | { readonly kind: 'not-a-result-file' };

export type ResultCodeErrorKind = ResultCodeErrorDetail['kind'];

export class ResultCodeError extends Error {
  readonly detail: ResultCodeErrorDetail;

  constructor(detail: ResultCodeErrorDetail, message?: string, options?: { cause?: unknown }) {
    super(message ?? defaultMessage(detail), options);
    this.name = 'ResultCodeError';
    this.detail = detail;
  }

  get kind(): ResultCodeErrorKind {
    return this.detail.kind;
  }
}

export type DecodeOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ResultCodeError };

/**
 * Runs a decode step and turns its result into a `DecodeOutcome`. Anything thrown that is not a
 * `ResultCodeError` is a bug, but the contract says no other exception escapes a decoder (input
 * comes from cameras, clipboards and files), so it becomes 'not-a-code' with the bug as `cause`.
 */
export function attempt<T>(decode: () => T): DecodeOutcome<T> {
  try {
    return { ok: true, value: decode() };
  } catch (error) {
    return { ok: false, error: asResultCodeError(error) };
  }
}

/** Re-throws a decode step's failure as a `ResultCodeError`, whatever was thrown. */
export function guarded<T>(decode: () => T): T {
  const outcome = attempt(decode);
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

function asResultCodeError(error: unknown): ResultCodeError {
  if (error instanceof ResultCodeError) return error;
  return new ResultCodeError({ kind: 'not-a-code' }, 'Unexpected failure while decoding', {
    cause: error,
  });
}

function defaultMessage(detail: ResultCodeErrorDetail): string {
  switch (detail.kind) {
    case 'empty':
      return 'No code given';
    case 'not-a-code':
      return 'Not a Modusspiegel result code';
    case 'bad-character':
      return `Character ${JSON.stringify(detail.character)} in group ${detail.group} is not allowed`;
    case 'bad-group':
      return `Group ${detail.group} (${detail.groupText || 'missing'}) is wrong`;
    case 'checksum':
      return 'The code does not add up (checksum)';
    case 'incomplete':
      return 'The code is incomplete: its end is missing';
    case 'unknown-format-version':
      return `Unknown code format version ${detail.version ?? '?'}`;
    case 'unknown-instrument':
      return `Unknown instrument code ${detail.instrumentCode}`;
    case 'unknown-instrument-version':
      return `Unknown version ${detail.instrumentVersion} of instrument ${detail.instrumentId}`;
    case 'wrong-workshop':
      return `Code is for workshop ${detail.actual}, expected ${detail.expected}`;
    case 'too-large':
      return `Input too large (${detail.actual} > ${detail.limit})`;
    case 'not-a-result-file':
      return 'Not a Modusspiegel result file';
  }
}
