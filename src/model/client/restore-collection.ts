import { isValidWorkshopCode, normaliseWorkshopCode } from '../codec/workshop-code';
import type { Instrument } from '../instruments/types';
import { hidesOwnResult } from '../workshop/join-code';
import { restoreWorkshop } from '../workshop/restore-workshop';
import { asWorkshop, isClientView, type ClientCollection } from './collection';

/**
 * A conversation from a backup file, rebuilt from its result codes exactly as a workshop file is
 * (restoreWorkshop, through `asWorkshop`): every result's fingerprint must decode as a code of
 * this conversation's code, and the answers stored beside it must be exactly the code's. Without
 * this a backup could hold a real client's fingerprint with other answers: the forged answers
 * were compared, and the real code was refused as "already received" (issue 18).
 *
 * - The code must be a valid code as such (so no markup, no stray characters): otherwise the
 *   whole conversation is refused (null).
 * - A result that does not agree with its code is refused and counted in `refused`.
 * - At the table there is one client (the app refuses a second one when taking codes in): a
 *   table conversation with several client views cannot come from the app, and nothing tells
 *   which one is real, so all of them are refused and counted.
 * - `shown` keeps only fingerprints that remain, once each: a refused result must not count in
 *   the comparison the professional last chose to see.
 */
export function restoreCollection(
  collection: ClientCollection,
  findInstrument: (id: string, version: number) => Instrument | undefined,
): { collection: ClientCollection; refused: number } | null {
  const code = normaliseWorkshopCode(collection.code);
  if (!isValidWorkshopCode(code)) return null;
  // A conversation's code is random in all five symbols: its own-result bit says nothing, while
  // restoreWorkshop checks it against the workshop's setting. Take the bit as it is.
  const restored = restoreWorkshop({ ...asWorkshop({ ...collection, code }), hideOwnResult: hidesOwnResult(code) === true }, findInstrument);
  if (!restored) return null;
  let results = restored.workshop.results;
  let refused = restored.dropped;
  if (collection.setting === 'table' && results.filter(isClientView).length > 1) {
    refused += results.filter(isClientView).length;
    results = results.filter((r) => !isClientView(r));
  }
  const remaining = new Set(results.filter(isClientView).map((r) => r.fingerprint));
  const shown = [...new Set(collection.shown)].filter((f) => remaining.has(f));
  const { retired: _fromFile, ...rest } = collection;
  const retired = restored.workshop.retired ? { retired: restored.workshop.retired } : {};
  return { collection: { ...rest, code, results, shown, ...retired }, refused };
}
