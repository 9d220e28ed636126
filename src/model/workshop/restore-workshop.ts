import { isValidWorkshopCode, normaliseWorkshopCode } from '../codec/workshop-code';
import { tryDecodeResultCode } from '../codec/result-code';
import type { Instrument } from '../instruments/types';
import { joinCodeOptions } from './join-code';
import { addResults, type Workshop, type WorkshopResult } from './workshop';

/**
 * A workshop read from a file or from storage has passed its schema, but its parts must also
 * agree with each other before the app relies on them: the code must be a valid workshop code
 * whose own-result bit matches the setting, and every result's fingerprint must be a code of
 * this workshop that decodes to exactly the stored answers (a forged or damaged fingerprint
 * would otherwise make a real code count as "already received"). Results that do not agree are
 * dropped and counted; duplicates are merged. Returns null when the workshop itself is unusable.
 */
export function restoreWorkshop(
  workshop: Workshop,
  findInstrument: (id: string, version: number) => Instrument | undefined,
): { workshop: Workshop; dropped: number } | null {
  const code = normaliseWorkshopCode(workshop.code);
  const options = joinCodeOptions(code);
  if (!isValidWorkshopCode(code) || !options || options.hideOwnResult !== workshop.hideOwnResult) return null;
  if (!findInstrument(workshop.instrumentId, workshop.instrumentVersion)) return null;

  const kept: WorkshopResult[] = [];
  for (const result of workshop.results) {
    const decoded = tryDecodeResultCode(result.fingerprint, { findInstrument, expectedWorkshop: code });
    if (!decoded.ok) continue;
    const value = decoded.value;
    const sameInstrument = value.instrumentId === workshop.instrumentId && value.instrumentVersion === workshop.instrumentVersion;
    if (!sameInstrument || !sameAnswers(value.answers, result.answers)) continue;
    kept.push({ fingerprint: value.fingerprint, answers: value.answers, ...(value.name ? { name: value.name } : {}) });
  }
  const merged = addResults([], kept);
  return { workshop: { ...workshop, code, results: merged.results }, dropped: workshop.results.length - merged.results.length };
}

function sameAnswers(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
