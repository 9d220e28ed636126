import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopStore, type IntakeCandidate, type IntakeOutcome } from '../../stores/workshop-store';
import type { LockedOutcome } from '../../lib/locked-write';
import { QrScanner } from '../qr-scanner';
import { FileButton } from '../file-button';
import { findInstrument } from '../../model/instruments/registry';
import { parseManyCodes } from '../../model/codec/many-codes';
import { tryDecodeResultCode } from '../../model/codec/result-code';
import { MAX_RESULT_FILE_BYTES, tryParseResultFile } from '../../model/codec/result-file';
import { ResultCodeError } from '../../model/codec/errors';
import { sortIntake, summariseIntake, type IntakeEntry } from '../../model/workshop/intake';
import { toWorkshopFile, workshopFileName } from '../../model/workshop/workshop-file';
import { downloadText, readFileText } from '../../lib/download';
import type { Workshop } from '../../model/workshop/workshop';
import { intakeMessage } from './intake-messages';
import { visibleText } from '../../lib/visible-text';
import { usePageDrop } from '../use-page-drop';

/**
 * Where taken-in results go. A workshop by default; the client collections (docs/client.md) are
 * workshop-shaped and pass their own store, so both follow the same intake rules and messages.
 */
export interface IntakeTarget {
  /** The freshest workshop-shaped record: the scanner's beep cannot wait for the write. */
  readonly latest: () => Workshop;
  /** Sorts and stores the candidates in one locked write; its lines say what that write did. */
  readonly takeIn: (candidates: readonly IntakeCandidate[]) => Promise<LockedOutcome<IntakeOutcome>>;
  /** Saves everything as a file when storage refused the write. */
  readonly exportFile: () => void;
}

function workshopTarget(workshop: Workshop): IntakeTarget {
  const latest = () => useWorkshopStore.getState().workshops.find((w) => w.id === workshop.id) ?? workshop;
  return {
    latest,
    takeIn: (candidates) => useWorkshopStore.getState().intake(workshop.id, candidates),
    exportFile: () => {
      const now = new Date();
      downloadText(workshopFileName(latest(), now), toWorkshopFile(latest(), now));
    },
  };
}

const counted = (entry: IntakeEntry) => entry.status.kind === 'added' || entry.status.kind === 'replaced';
/** Taken in and changing what is stored: a result that counts, or a withdrawal (decision 79). */
const stored = (entry: IntakeEntry) => counted(entry) || entry.status.kind === 'withdrawn' || entry.status.kind === 'withdrawnAhead';

/** Takes results in by camera, pasted or typed codes and files; every result counts once. */
export function IntakePanel({ workshop, target = workshopTarget(workshop), intro }: { workshop: Workshop; target?: IntakeTarget; intro?: string }) {
  const { t } = useTranslation('workshop');
  const [text, setText] = useState('');
  const [entries, setEntries] = useState<IntakeEntry[]>([]);
  const [notSaved, setNotSaved] = useState(false);
  const ids = { paste: useId(), title: useId() };
  const options = { findInstrument, expectedWorkshop: workshop.code };

  /**
   * Stores the candidates in one step and shows a line for each (after any lines for files that
   * could not even be read). The lines come from the locked write itself, sorted against the
   * workshop as stored at that moment: two tabs taking the same codes in at once each say what
   * their own write added, and together never more than was stored. Returns the statuses in
   * the order of `candidates`.
   */
  const offer = async (candidates: IntakeCandidate[], unread: IntakeEntry[] = []): Promise<readonly IntakeEntry[]> => {
    if (candidates.length === 0) {
      setEntries(unread);
      return [];
    }
    // Until this write answers, the lines of the last one would read as its answer.
    setEntries([]);
    const { value, written } = await target.takeIn(candidates);
    // "Added" only once storage has it; a refused write says so, with a way out.
    const shown = written ? value.entries : value.entries.map((e): IntakeEntry => (stored(e) ? { ...e, status: { kind: 'notSaved' } } : e));
    if (value.accepted.length + value.withdrawals.length > 0) setNotSaved(!written);
    setEntries([...unread, ...shown]);
    return shown;
  };

  const offerText = async () => {
    let pasted: IntakeCandidate[];
    try {
      pasted = parseManyCodes(text, options).map((p) => ({ source: p.text, outcome: p.outcome }));
    } catch (error) {
      // Only a text over the paste limit throws, and only this error type.
      if (!(error instanceof ResultCodeError)) throw error;
      setEntries([{ source: t('pasteLabel'), status: { kind: 'error', detail: error.detail } }]);
      return;
    }
    // The box empties at once, so codes typed while the write runs are not lost when it answers.
    setText('');
    const result = await offer(pasted);
    // Keep what was refused in the box, so it can be corrected; what was taken in leaves it.
    const refused = pasted.filter((_, i) => {
      const kind = result[i]?.status.kind;
      return kind === 'error' || kind === 'wrong-instrument' || kind === 'full' || kind === 'tableTaken';
    });
    if (refused.length > 0) setText((typed) => [...refused.map((p) => p.source), typed].filter((line) => line !== '').join('\n'));
  };

  const offerFiles = async (files: readonly File[]) => {
    const candidates: IntakeCandidate[] = [];
    const unread: IntakeEntry[] = [];
    for (const file of files) {
      const read = await readFileText(file, MAX_RESULT_FILE_BYTES);
      if (read.ok) candidates.push({ source: file.name, outcome: tryParseResultFile(read.text, options) });
      else if (read.error === 'too-large') unread.push({ source: file.name, status: { kind: 'error', detail: { kind: 'too-large', limit: MAX_RESULT_FILE_BYTES, actual: file.size } } });
      else unread.push({ source: file.name, status: { kind: 'unreadable' } });
    }
    await offer(candidates, unread);
  };

  // Dropping files is a pointer-only extra; the file button is the keyboard path. Files dropped
  // anywhere on this page are taken in: a browser would otherwise open a missed drop as a page
  // and leave the workshop.
  usePageDrop((files: File[]) => void offerFiles(files));

  const summary = summariseIntake(entries);
  return (
    <section aria-labelledby={ids.title} className="panel intake">
      <h2 id={ids.title}>{t('intakeTitle')}</h2>
      <p>{intro ?? t('intakeIntro')}</p>
      <QrScanner
        onCode={(code) => {
          const candidate = { source: t('scanned'), outcome: tryDecodeResultCode(code, options) };
          void offer([candidate]);
          // The beep is a guess from this tab's copy; the line below the scanner says what was stored.
          const [guess] = sortIntake(target.latest(), [candidate]).entries;
          return guess && stored(guess) ? 'accepted' : 'refused';
        }}
      />
      <label htmlFor={ids.paste}>{t('pasteLabel')}</label>
      <textarea id={ids.paste} rows={4} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoCapitalize="characters" />
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void offerText()} disabled={text.trim() === ''}>
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
            {summary.withdrawn > 0 && <p>{t('summaryWithdrawn', { count: summary.withdrawn })}</p>}
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
