import { useCallback, useEffect, useState } from 'react';
import { useProgressStore, type Progress } from '../../stores/progress-store';
import type { Answers, Instrument } from '../../model/instruments/types';

/**
 * Several questionnaires answered one after another, as one result (a workshop that asks the
 * self-check and the team climate). Each questionnaire runs in its own progress session,
 * `<base>:<instrument id>`, so a reload resumes on the same statement. A finished questionnaire
 * waits in `<base>:<instrument id>:done` until the last one is finished too, so a reload between
 * the two keeps the first one's answers. Nothing of it is a result until the caller makes one.
 */

export interface FinishedPart {
  readonly instrument: Instrument;
  readonly answers: Answers;
  /** Item ids marked "I want to talk about this", in item order. */
  readonly marks: readonly string[];
}

export type SequenceStep =
  /** Questionnaire `index` (0-based) is on screen, in the progress session `session`. */
  | { readonly kind: 'answering'; readonly index: number; readonly total: number; readonly instrument: Instrument; readonly session: string }
  /** Between two questionnaires: the next one starts when `proceed` is called. */
  | { readonly kind: 'between'; readonly index: number; readonly total: number; readonly instrument: Instrument; readonly proceed: () => void };

export const partSession = (base: string, instrumentId: string) => `${base}:${instrumentId}`;
const doneSession = (base: string, instrumentId: string) => `${base}:${instrumentId}:done`;

function finishedPart(sessions: Record<string, Progress>, base: string, instrument: Instrument): Progress | undefined {
  const kept = sessions[doneSession(base, instrument.id)];
  // Answers kept for another version of the questionnaire (the app was updated in between) do not count.
  return kept && kept.instrumentId === instrument.id && kept.instrumentVersion === instrument.version ? kept : undefined;
}

/** True while any questionnaire of the sequence is started or finished but not yet handed on. */
export function sequenceInProgress(sessions: Record<string, Progress>, base: string): boolean {
  return Object.keys(sessions).some((key) => key.startsWith(`${base}:`));
}

/** Forgets every questionnaire of the sequence, started or finished. */
export function discardSequence(base: string): void {
  const { sessions, discard } = useProgressStore.getState();
  for (const key of Object.keys(sessions)) if (key.startsWith(`${base}:`)) discard(key);
}

/**
 * `instruments` must keep its identity between renders (useMemo). Progress saved by an earlier
 * app version under the plain `base` key (one questionnaire) moves to its own session once.
 */
export function useQuestionnaireSequence(base: string, instruments: readonly Instrument[]) {
  const sessions = useProgressStore((s) => s.sessions);
  const legacy = sessions[base];
  useEffect(() => {
    if (!legacy) return;
    const { sessions: now, discard } = useProgressStore.getState();
    const target = partSession(base, legacy.instrumentId);
    if (instruments.some((i) => i.id === legacy.instrumentId) && !(target in now)) {
      useProgressStore.setState({ sessions: { ...now, [target]: legacy } });
    }
    discard(base);
  }, [legacy, base, instruments]);
  // The questionnaire whose "between" screen was passed in this page view.
  const [proceeded, setProceeded] = useState<string | null>(null);

  const firstOpen = instruments.findIndex((instrument) => finishedPart(sessions, base, instrument) === undefined);
  // Only the last questionnaire is never kept as finished; all kept means the list changed: start at the last.
  const index = firstOpen === -1 ? instruments.length - 1 : firstOpen;
  const instrument = instruments[index];
  const session = instrument ? partSession(base, instrument.id) : base;
  const started = session in sessions;

  let step: SequenceStep | null = null;
  if (instrument) {
    step =
      index > 0 && !started && proceeded !== instrument.id
        ? { kind: 'between', index, total: instruments.length, instrument, proceed: () => setProceeded(instrument.id) }
        : { kind: 'answering', index, total: instruments.length, instrument, session };
  }

  /**
   * Called with the answers (and marks) of the questionnaire on screen. Before the last one, keeps them and
   * returns null (the next questionnaire follows); for the last one, returns every part in order.
   * The caller makes the result and then calls `discardSequence`.
   */
  const finishPart = useCallback(
    (finished: Instrument, answers: Answers, marks: readonly string[] = []): FinishedPart[] | null => {
      const position = instruments.indexOf(finished);
      if (position < instruments.length - 1) {
        const { sessions: now } = useProgressStore.getState();
        useProgressStore.setState({
          sessions: {
            ...now,
            [doneSession(base, finished.id)]: {
              instrumentId: finished.id,
              instrumentVersion: finished.version,
              answers,
              index: finished.items.length - 1,
              startedAt: new Date().toISOString(),
              marks: [...marks],
            },
          },
        });
        return null;
      }
      const now = useProgressStore.getState().sessions;
      const parts: FinishedPart[] = [];
      for (const each of instruments) {
        if (each === finished) {
          parts.push({ instrument: each, answers, marks });
          continue;
        }
        const kept = finishedPart(now, base, each);
        if (!kept) return null;
        parts.push({ instrument: each, answers: kept.answers, marks: kept.marks ?? [] });
      }
      return parts;
    },
    [base, instruments],
  );

  return { step, finishPart };
}
