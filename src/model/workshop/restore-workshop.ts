import { isValidWorkshopCode, normaliseWorkshopCode } from '../codec/workshop-code';
import { tryDecodeResultCode } from '../codec/result-code';
import type { Instrument } from '../instruments/types';
import { hidesOwnResult } from './join-code';
import { resultFromDecoded } from './intake';
import { type Workshop, type WorkshopResult } from './workshop';
import { addResults, isNothingRetired } from './result-set';

/**
 * A workshop read from a file or from storage has passed its schema, but its parts must also
 * agree with each other before the app relies on them: the code must be a valid workshop code
 * whose own-result bit matches the setting (not its questionnaire bits, random in older
 * workshops), every questionnaire must be known, and every result's
 * fingerprint must be a code of this workshop, of its questionnaires, that decodes to exactly the
 * stored answers and marks (a forged or damaged fingerprint would otherwise make a real code
 * count as "already received"). The result is rebuilt from its code, so nonce and replacement
 * come from the code too. Results that do not agree are dropped and counted (`dropped`);
 * duplicates are merged and replacements applied, and the results that thereby count once with
 * another are counted apart (`duplicates`): nothing was wrong with them. Returns null when the
 * workshop itself is unusable.
 */
export function restoreWorkshop(
  workshop: Workshop,
  findInstrument: (id: string, version: number) => Instrument | undefined,
): { workshop: Workshop; dropped: number; duplicates: number } | null {
  const code = normaliseWorkshopCode(workshop.code);
  // Only the own-result bit: workshops made before the questionnaire bits have random bits there.
  if (!isValidWorkshopCode(code) || hidesOwnResult(code) !== workshop.hideOwnResult) return null;
  if (workshop.questionnaires.some((q) => !findInstrument(q.instrumentId, q.instrumentVersion))) return null;
  const ids = workshop.questionnaires.map((q) => q.instrumentId);
  if (new Set(ids).size !== ids.length) return null;

  const kept: WorkshopResult[] = [];
  for (const result of workshop.results) {
    const decoded = tryDecodeResultCode(result.fingerprint, { findInstrument, expectedWorkshop: code });
    if (!decoded.ok) continue;
    const rebuilt = resultFromDecoded(workshop, decoded.value);
    if (rebuilt && sameParts(rebuilt, result)) kept.push(rebuilt);
  }
  const merged = addResults([], kept, workshop.retired);
  const { retired: _unchecked, ...rest } = workshop;
  const retired = isNothingRetired(merged.retired) ? {} : { retired: merged.retired };
  return {
    workshop: { ...rest, code, results: merged.results, ...retired },
    dropped: workshop.results.length - kept.length,
    duplicates: kept.length - merged.results.length,
  };
}

function sameParts(a: WorkshopResult, b: WorkshopResult): boolean {
  const ids = Object.keys(a.parts);
  if (ids.length !== Object.keys(b.parts).length) return false;
  return ids.every((id) => {
    const x = a.parts[id];
    const y = Object.hasOwn(b.parts, id) ? b.parts[id] : undefined;
    return x !== undefined && y !== undefined && sameRecord(x.answers, y.answers) && sameList(x.marks, y.marks);
  });
}

function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}
