import { CLIENT_CHECK, CLIENT_CHECK_V2, CLIENT_MIRROR, CLIENT_MIRROR_V2 } from './client-check';
import { SELF_CHECK } from './self-check';
import { SELF_CHECK_V2 } from './self-check-v2';
import { TEAM_CLIMATE } from './team-climate';
import type { Instrument } from './types';

/**
 * Every instrument version the app can score. Old versions stay in this list for as long as
 * results made with them may still be stored or handed over: a result names its instrument id
 * and version, and is scored against exactly that version.
 */
export const INSTRUMENTS: readonly Instrument[] = [
  SELF_CHECK,
  SELF_CHECK_V2,
  TEAM_CLIMATE,
  CLIENT_CHECK,
  CLIENT_MIRROR,
  CLIENT_CHECK_V2,
  CLIENT_MIRROR_V2,
];

export { CURRENT_SELF_CHECK } from './current';

/** The instrument with this id and version, or undefined when the app does not know it. */
export function findInstrument(id: string, version: number): Instrument | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id && instrument.version === version);
}

/** The highest known version of an instrument, or undefined for an unknown id. */
export function latestInstrument(id: string): Instrument | undefined {
  let latest: Instrument | undefined;
  for (const instrument of INSTRUMENTS) {
    if (instrument.id === id && (!latest || instrument.version > latest.version)) latest = instrument;
  }
  return latest;
}

/**
 * The key of an instrument's texts in the `instrument` locale namespace: the id in camelCase
 * (`self-check` → `selfCheck`), because i18next keys read more easily without dashes.
 * Item texts are at `<textKey>.items.<itemId>`, title and intro at `<textKey>.title|intro`.
 */
export function instrumentTextKey(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
