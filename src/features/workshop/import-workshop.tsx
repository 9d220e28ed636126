import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopStore } from '../../stores/workshop-store';
import { readFileText } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { FileButton } from '../../components/file-button';
import { MAX_WORKSHOP_RESULTS } from '../../model/workshop/workshop';
import { MAX_WORKSHOP_FILE_BYTES, parseWorkshopFile } from '../../model/workshop/workshop-file';
import { saveWorkshopFile } from './unsaved-workshop';

export function ImportWorkshop() {
  const { t, i18n } = useTranslation('workshop');
  const importWorkshop = useWorkshopStore((s) => s.importWorkshop);
  const [status, setStatus] = useState('');
  /** The workshop that storage refused: it is only in this page, so the file is offered here. */
  const [unsavedId, setUnsavedId] = useState<string | null>(null);
  const limit = formatNumber(MAX_WORKSHOP_RESULTS, i18n.resolvedLanguage ?? 'nl');

  const open = async (file: File) => {
    setUnsavedId(null);
    const read = await readFileText(file, MAX_WORKSHOP_FILE_BYTES);
    if (!read.ok) return setStatus(t(`importError.${read.error}`));
    const parsed = parseWorkshopFile(read.text);
    if (!parsed.ok) return setStatus(t(`importError.${parsed.error}`, { limit }));
    const { value: outcome, written } = await importWorkshop(parsed.workshop, () => crypto.randomUUID());
    // The name as it is on this device: a merge keeps the workshop here, not the file's name for it.
    const name = outcome.name;
    if (outcome.full) return setStatus(t('importedFull', { name, count: outcome.wouldAdd, limit }));
    if (!written) {
      setUnsavedId(outcome.id);
      return setStatus(t('importNotSaved', { name }));
    }
    const message =
      outcome.kind === 'merged'
        ? t('importedMerged', { name, added: outcome.added, duplicates: outcome.duplicates })
        : t(outcome.kind === 'separate' ? 'importedSeparate' : 'imported', { name });
    const notes = [
      parsed.duplicates > 0 ? t('importedFileDuplicates', { duplicates: parsed.duplicates }) : '',
      parsed.dropped > 0 ? t('importedDropped', { dropped: parsed.dropped }) : '',
    ];
    setStatus([message, ...notes].filter((s) => s !== '').join(' '));
  };

  const unsaved = useWorkshopStore((s) => s.workshops.find((w) => w.id === unsavedId));
  return (
    <section aria-labelledby="import-workshop" className="panel">
      <h2 id="import-workshop">{t('importTitle')}</h2>
      <FileButton label={t('importButton')} accept=".json,application/json" onFiles={([file]) => file && void open(file)} />
      <p role="status" className="status-line">
        {status}
      </p>
      {unsaved && (
        <button type="button" onClick={() => saveWorkshopFile(unsaved)}>
          {t('exportWorkshop')}
        </button>
      )}
    </section>
  );
}
