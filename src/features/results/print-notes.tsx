import { useTranslation } from 'react-i18next';

const LINES = 7;

/**
 * Only on paper: a heading and ruled lines to write on, so a printed result can be taken into a
 * conversation (decision 82). On screen there is nothing to write on, so it is not there.
 */
export function PrintNotes() {
  const { t } = useTranslation('results');
  return (
    <section className="print-only print-notes">
      <h2>{t('notesTitle')}</h2>
      {Array.from({ length: LINES }, (_, i) => (
        <div key={i} className="note-line" />
      ))}
    </section>
  );
}
