import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/download';
import { overviewCsv } from '../../model/overview/overview-csv';
import { overviewFileName, toOverviewFile } from '../../model/overview/overview-file';
import type { Overview } from '../../model/overview/overview';
import { csvStyleFor, EXCEL_BOM } from '../../model/team/csv';

/**
 * The take-home overview: the page on A4 (overview.css), the table as CSV for Excel in the
 * chosen language's style, and the overview file, which holds the team reports and nothing else
 * (decision 97) and opens here again.
 */
export function OverviewTakeHome({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation(['overview', 'modes', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const [status, setStatus] = useState('');
  const saveCsv = () => {
    const csv = overviewCsv(
      overview.rows,
      {
        column: (c) => t(`overview:table.columns.${c}`),
        placement: t('overview:table.placement'),
        placementName: (p) => t(`modes:${p}.display`),
        band: (b) => t(`instrument:teamClimate.bands.${b}`),
        leftOut: overview.leftOut > 0 ? t('overview:counts.leftOut', { count: overview.leftOut }) : '',
      },
      csvStyleFor(lng),
    );
    downloadText(`${t('overview:takeHome.csvName')}-${new Date().toISOString().slice(0, 10)}.csv`, EXCEL_BOM + csv, 'text/csv');
    setStatus(t('overview:takeHome.csvSaved'));
  };
  const saveFile = () => {
    const now = new Date();
    downloadText(overviewFileName(now), toOverviewFile(overview.teams, now));
    setStatus(t('overview:takeHome.fileSaved'));
  };
  return (
    <section className="overview-section no-print" aria-labelledby="overview-take-home">
      <h2 id="overview-take-home">{t('overview:takeHome.title')}</h2>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('overview:takeHome.print')}
        </button>
        <button type="button" onClick={saveCsv}>
          {t('overview:takeHome.csv')}
        </button>
        <button type="button" onClick={saveFile}>
          {t('overview:takeHome.file')}
        </button>
      </div>
      <p className="hint">{t('overview:takeHome.fileHint')}</p>
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
