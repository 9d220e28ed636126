import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/file-button';
import { readFileText } from '../../lib/download';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { MAX_TEAM_REPORT_BYTES, parseTeamReportFile, type OpenedReportState } from '../../model/team-report/file';

/**
 * "Open a team report": a file button on the workshops page. A file that passes is handed to the
 * read-only report page (features/team-report/opened-report-page) in the history entry.
 */
export function OpenTeamReport() {
  const { t } = useTranslation('report');
  const navigate = useNavigate();
  const [status, setStatus] = useState('');

  const open = async (file: File) => {
    const read = await readFileText(file, MAX_TEAM_REPORT_BYTES);
    if (!read.ok) return setStatus(t(`open.error.${read.error}`));
    const parsed = parseTeamReportFile(read.text, findInstrument, TEAM_CLIMATE.id);
    if (!parsed.ok) return setStatus(t(`open.error.${parsed.error}`));
    const state: OpenedReportState = { reportText: read.text };
    void navigate('/team-report', { state });
  };

  return (
    <section aria-labelledby="open-team-report" className="panel">
      <h2 id="open-team-report">{t('open.title')}</h2>
      <p>{t('open.intro')}</p>
      <FileButton label={t('open.button')} accept=".json,application/json" onFiles={([file]) => file && void open(file)} />
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
