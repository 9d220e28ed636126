import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopStore } from '../../stores/workshop-store';
import { QrScanner } from '../qr-scanner';
import { FileButton } from '../file-button';
import { findInstrument } from '../../model/instruments/registry';
import { parseManyCodes } from '../../model/codec/many-codes';
import { tryDecodeResultCode } from '../../model/codec/result-code';
import { MAX_RESULT_FILE_BYTES, tryParseResultFile } from '../../model/codec/result-file';
import { ResultCodeError, type DecodeOutcome } from '../../model/codec/errors';
import type { DecodedResult } from '../../model/codec/result-code';
import { sortIntake, summariseIntake, type IntakeEntry, type IntakeStatus } from '../../model/workshop/intake';
import { toWorkshopFile, workshopFileName } from '../../model/workshop/workshop-file';
import { downloadText, readFileText } from '../../lib/download';
import type { Workshop, WorkshopResult } from '../../model/workshop/workshop';
import { intakeMessage } from './intake-messages';
import { visibleText } from '../../lib/visible-text';

type Candidate = { source: string; outcome: DecodeOutcome<DecodedResult> };

/**
 * Where taken-in results go. A workshop by default; the client collections (docs/client.md) are
 * workshop-shaped and pass their own store, so both follow the same intake rules and messages.
 */
export interface IntakeTarget {
  /** The freshest workshop-shaped record: a scan may land between two renders. */
  readonly latest: () => Workshop;
  /** Stores the accepted results; `refused` turns every accepted line into that status. */
  readonly takeIn: (accepted: readonly WorkshopResult[]) => Promise<{ written: boolean; refused: IntakeStatus | null }>;
  /** Saves everything as a file when storage refused the write. */
  readonly exportFile: () => void;
}

function workshopTarget(workshop: Workshop): IntakeTarget {
  const latest = () => useWorkshopStore.getState().workshops.find((w) => w.id === workshop.id) ?? workshop;
  return {
    latest,
    takeIn: async (accepted) => {
      const { value, written } = await useWorkshopStore.getState().takeIn(workshop.id, accepted);
      return { written, refused: value.full ? { kind: 'full' } : null };
    },
    exportFile: () => {
      const now = new Date();
      downloadText(workshopFileName(latest(), now), toWorkshopFile(latest(), now));
    },
  };
}

/** Takes results in by camera, pasted or typed codes and files; every result counts once. */
export function IntakePanel({ workshop, target = workshopTarget(workshop), intro }: { workshop: Workshop; target?: IntakeTarget; intro?: string }) {
  const { t } = useTranslation('workshop');
  const [text, setText] = useState('');
  const [entries, setEntries] = useState<IntakeEntry[]>([]);
  const [notSaved, setNotSaved] = useState(false);
  const ids = { paste: useId(), title: useId() };
  const options = { findInstrument, expectedWorkshop: workshop.code };

  /**
   * Sorts, stores the accepted ones in one step, and shows a line for each (after any lines for
   * files that could not even be read). Returns the statuses in the order of `candidates`.
   */
  const offer = (candidates: Candidate[], unread: IntakeEntry[] = []) => {
    const current = target.latest();
    const sorted = sortIntake(current, candidates);
    const show = (shown: readonly IntakeEntry[]) => setEntries([...unread, ...shown]);
    if (sorted.accepted.length === 0) {
      show(sorted.entries);
      return sorted.entries;
    }
    // The lines say "added" only once the store has written them (takeIn reads the workshop again
    // under a lock, so another tab's results are kept); a refused write says so, with a way out.
    void target.takeIn(sorted.accepted).then(({ written, refused }) => {
      const failed: IntakeStatus | null = !written ? { kind: 'notSaved' } : refused;
      setNotSaved(!written);
      show(failed ? sorted.entries.map((e) => (e.status.kind === 'added' || e.status.kind === 'replaced' ? { ...e, status: failed } : e)) : sorted.entries);
    });
    return sorted.entries;
  };

  const offerText = () => {
    let pasted: Candidate[];
    try {
      pasted = parseManyCodes(text, options).map((p) => ({ source: p.text, outcome: p.outcome }));
    } catch (error) {
      // Only a text over the paste limit throws, and only this error type.
      if (!(error instanceof ResultCodeError)) throw error;
      setEntries([{ source: t('pasteLabel'), status: { kind: 'error', detail: error.detail } }]);
      return;
    }
    const result = offer(pasted);
    // Keep what was refused in the box, so it can be corrected; what was taken in leaves it.
    const refused = pasted.filter((_, i) => {
      const kind = result[i]?.status.kind;
      return kind === 'error' || kind === 'wrong-instrument' || kind === 'full' || kind === 'tableTaken';
    });
    setText(refused.map((p) => p.source).join('\n'));
  };

  const offerFiles = async (files: readonly File[]) => {
    const candidates: Candidate[] = [];
    const unread: IntakeEntry[] = [];
    for (const file of files) {
      const read = await readFileText(file, MAX_RESULT_FILE_BYTES);
      if (read.ok) candidates.push({ source: file.name, outcome: tryParseResultFile(read.text, options) });
      else if (read.error === 'too-large') unread.push({ source: file.name, status: { kind: 'error', detail: { kind: 'too-large', limit: MAX_RESULT_FILE_BYTES, actual: file.size } } });
      else unread.push({ source: file.name, status: { kind: 'unreadable' } });
    }
    offer(candidates, unread);
  };

  // Dropping files is a pointer-only extra; the file button is the keyboard path. Files dropped
  // anywhere on this page are taken in: a browser would otherwise open a missed drop as a page
  // and leave the workshop.
  const onDropFiles = useEffectEvent((files: File[]) => void offerFiles(files));
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) onDropFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const summary = summariseIntake(entries);
  return (
    <section aria-labelledby={ids.title} className="panel intake">
      <h2 id={ids.title}>{t('intakeTitle')}</h2>
      <p>{intro ?? t('intakeIntro')}</p>
      <QrScanner
        onCode={(code) => {
          const [status] = offer([{ source: t('scanned'), outcome: tryDecodeResultCode(code, options) }]);
          return status?.status.kind === 'added' || status?.status.kind === 'replaced' ? 'accepted' : 'refused';
        }}
      />
      <label htmlFor={ids.paste}>{t('pasteLabel')}</label>
      <textarea id={ids.paste} rows={4} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoCapitalize="characters" />
      <div className="button-row">
        <button type="button" className="primary" onClick={offerText} disabled={text.trim() === ''}>
          {t('pasteButton')}
        </button>
        <FileButton label={t('fileButton')} accept=".json,application/json" multiple onFiles={(files) => void offerFiles(files)} />
      </div>
      <p className="hint">{t('dropHint')}</p>
      {notSaved && (
        <div role="alert" className="notice notice-error">
          <p>{t('notSavedAlert')}</p>
          <button type="button" onClick={target.exportFile}>
            {t('exportWorkshop')}
          </button>
        </div>
      )}
      <div role="status" aria-label={t('outcomeLabel')} className="intake-outcome">
        {entries.length > 0 && (
          <>
            <p>{t(summary.superseded > 0 ? 'summaryWithSuperseded' : 'summary', { ...summary, added: summary.added + summary.replaced })}</p>
            <ul>
              {entries.map((entry, i) => (
                <li key={i} className={`intake-${entry.status.kind}`}>
                  {t('entryLabel', { source: visibleText(entry.source), message: intakeMessage(t, entry) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
