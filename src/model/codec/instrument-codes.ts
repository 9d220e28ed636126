/**
 * The small number that stands for an instrument id inside a result code (6 bits: 1–63; 0 is
 * never used). A number, once given, is never reused for another instrument, not even after the
 * instrument is retired: old codes must keep meaning what they meant. Numbers are given before
 * an instrument ships, for exactly that reason. In a code of format version 3 the questionnaires
 * of one result follow in ascending order of these numbers.
 */
export const INSTRUMENT_CODES: Readonly<Record<string, number>> = {
  'self-check': 1,
  'client-check': 2,
  'team-climate': 3,
  'client-mirror': 4,
};

/** The code of an instrument id, or undefined when the id has none. */
export function instrumentCodeOf(instrumentId: string): number | undefined {
  return Object.hasOwn(INSTRUMENT_CODES, instrumentId) ? INSTRUMENT_CODES[instrumentId] : undefined;
}

/** The instrument id of a code, or undefined for a code this app does not know. */
export function instrumentIdOf(code: number): string | undefined {
  return Object.keys(INSTRUMENT_CODES).find((id) => INSTRUMENT_CODES[id] === code);
}
