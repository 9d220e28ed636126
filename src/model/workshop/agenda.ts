import type { Instrument } from '../instruments/types';
import type { WorkshopResult } from './workshop';

/** A statement only reaches the agenda when at least this many people marked it: one mark could point at one person. */
export const MIN_AGENDA_MARKS = 2;
/** How many statements the wall lists: enough for one conversation round. */
export const AGENDA_LIMIT = 5;

export interface AgendaItem {
  readonly instrumentId: string;
  readonly itemId: string;
  /** People who marked it (≥ MIN_AGENDA_MARKS); for ordering, the wall does not print it. */
  readonly marks: number;
}

/**
 * "What we want to talk about": per statement, how many results mark it ("I want to talk about
 * this"), counting each result at most once per statement and ignoring ids the instrument does
 * not have. Only statements marked by at least `minMarks` (default 2) people are kept, most
 * marked first; ties keep the order of `instruments` and then each instrument's item order, so
 * the agenda never depends on the order results came in. At most `limit` items.
 */
export function markAgenda(
  results: readonly WorkshopResult[],
  instruments: readonly Instrument[],
  options: { minMarks?: number; limit?: number } = {},
): AgendaItem[] {
  const minMarks = Math.max(MIN_AGENDA_MARKS, options.minMarks ?? MIN_AGENDA_MARKS);
  const limit = options.limit ?? AGENDA_LIMIT;
  const items: AgendaItem[] = [];
  for (const instrument of instruments) {
    const counts = new Map<string, number>();
    for (const result of results) {
      const part = Object.hasOwn(result.parts, instrument.id) ? result.parts[instrument.id] : undefined;
      if (!part) continue;
      for (const id of new Set(part.marks)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const item of instrument.items) {
      const marks = counts.get(item.id) ?? 0;
      if (marks >= minMarks) items.push({ instrumentId: instrument.id, itemId: item.id, marks });
    }
  }
  // Array.prototype.sort is stable: equal counts keep instrument and item order.
  items.sort((a, b) => b.marks - a.marks);
  return items.slice(0, Math.max(0, limit));
}
