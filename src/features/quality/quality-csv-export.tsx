import { useId, useState } from 'react';
import { downloadText } from '../../lib/download';
import { qualityCsv, type QualityCsvLabels } from '../../model/quality/quality-csv';
import type { QualityReport } from '../../model/quality/quality-report';
import { csvStyleFor, EXCEL_BOM } from '../../model/team/csv';
import { useQualityNames } from './use-quality-names';

/**
 * The figures as CSV for a spreadsheet in the page's language (Dutch Excel: ';' and ','):
 * coefficients and counts only, statements by their id, no answer and no team (docs/quality.md §9).
 */
export function QualityCsvExport({ report }: { report: QualityReport }) {
  const { t, lng, formName, scaleName } = useQualityNames();
  const [saved, setSaved] = useState(false);
  const titleId = useId();

  const download = () => {
    const coefficient = (name: string) => ({ coefficient: name });
    const labels: QualityCsvLabels = {
      form: t('quality:csv.form'),
      formName,
      status: t('quality:csv.status'),
      shown: t('quality:csv.shown'),
      hidden: t('quality:csv.hidden'),
      people: t('quality:csv.people'),
      teams: t('quality:csv.teams'),
      teamsBelowMinimum: t('quality:csv.teamsBelowMinimum'),
      scale: t('quality:csv.scale'),
      scaleName: (_, scaleId) => scaleName(scaleId),
      statements: t('quality:csv.statements'),
      n: t('quality:csv.n'),
      alpha: t('quality:csv.alpha'),
      omega: t('quality:csv.omega'),
      lower: (name) => t('quality:csv.lower', coefficient(name)),
      upper: (name) => t('quality:csv.upper', coefficient(name)),
      icc1: t('quality:csv.icc1'),
      icc2: t('quality:csv.icc2'),
      iccTeams: t('quality:csv.iccTeams'),
      iccPeople: t('quality:csv.iccPeople'),
      statement: t('quality:csv.statement'),
      statementName: (_, itemId) => itemId,
      keying: t('quality:csv.keying'),
      keyingName: (keying) => t(`quality:csv.${keying}`),
      itemRest: t('quality:csv.itemRest'),
      alphaIfDeleted: t('quality:csv.alphaIfDeleted'),
      notApplicable: t('quality:csv.notApplicable'),
      answerSets: t('quality:csv.answerSets'),
    };
    downloadText(t('quality:csv.fileName'), EXCEL_BOM + qualityCsv(report, labels, csvStyleFor(lng)), 'text/csv');
    setSaved(true);
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('quality:export.title')}</h2>
      <p>{t('quality:export.intro')}</p>
      <button type="button" onClick={download}>
        {t('quality:export.download')}
      </button>
      <p role="status" className="status-line">
        {saved ? t('quality:export.saved') : ''}
      </p>
    </section>
  );
}
