import { isAnswerValue, NOT_APPLICABLE, type Instrument } from './types';

/** What a history entry and a questionnaire in progress have in common: answers to one questionnaire. */
export interface AnsweredQuestionnaire {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly answers: Readonly<Record<string, unknown>>;
  /** Statements marked "to talk about" (progress in a workshop). */
  readonly marks?: readonly string[];
}

/**
 * True when the entry could have been made by this app with its questionnaire: the instrument id
 * and version are known, every answer names a statement of that version and is 1–5, or "does not
 * apply" only where that version offers it, and every mark names one of its statements.
 *
 * History entries and progress carry no result code, so unlike a workshop result nothing else
 * vouches for their answers: without this, an edited backup or stored value could put a
 * statement the app never asked, or a "does not apply" the person was never offered, into a score
 * (issue 18).
 */
export function fitsQuestionnaire(entry: AnsweredQuestionnaire, findInstrument: (id: string, version: number) => Instrument | undefined): boolean {
  const instrument = findInstrument(entry.instrumentId, entry.instrumentVersion);
  if (!instrument) return false;
  const ids = new Set(instrument.items.map((item) => item.id));
  const answerFits = (value: unknown) => isAnswerValue(value) || (value === NOT_APPLICABLE && instrument.answerScale.notApplicable);
  return (
    Object.entries(entry.answers).every(([id, value]) => ids.has(id) && answerFits(value)) &&
    (entry.marks ?? []).every((id) => ids.has(id))
  );
}
