import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopStore } from '../../stores/workshop-store';
import { readFileText } from '../../lib/download';
import { FileButton } from '../../components/file-button';
import { MAX_WORKSHOP_FILE_BYTES, parseWorkshopFile } from '../../model/workshop/workshop-file';

export function ImportWorkshop() {
  const { t } = useTranslation('workshop');
  const importWorkshop = useWorkshopStore((s) => s.importWorkshop);
  const [status, setStatus] = useState('');

  const open = async (file: File) => {
    const read = await readFileText(file, MAX_WORKSHOP_FILE_BYTES);
    if (!read.ok) return setStatus(t(`importError.${read.error}`));
    const parsed = parseWorkshopFile(read.text);
    if (!parsed.ok) return setStatus(t(`importError.${parsed.error}`));
    const { value: outcome, written } = await importWorkshop(parsed.workshop, () => crypto.randomUUID());
    if (!written) return setStatus(t('importNotSaved', { name: parsed.workshop.name }));
    const name = parsed.workshop.name;
    const message =
      outcome.kind === 'merged'
        ? t('importedMerged', { name, added: outcome.added, duplicates: outcome.duplicates })
        : t(outcome.kind === 'separate' ? 'importedSeparate' : 'imported', { name });
    setStatus(parsed.dropped > 0 ? `${message} ${t('importedDropped', { dropped: parsed.dropped })}` : message);
  };

  return (
    <section aria-labelledby="import-workshop" className="panel">
      <h2 id="import-workshop">{t('importTitle')}</h2>
      <FileButton label={t('importButton')} accept=".json,application/json" onFiles={([file]) => file && void open(file)} />
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
