import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/download';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { Answers, Instrument } from '../../model/instruments/types';
import { statementDistribution } from '../../model/team/distribution';
import { teamCsv, type TeamCsvLabels } from '../../model/team/team-csv';
import type { ShownTeamProfile } from '../../model/team/types';

interface TeamCsvExportProps {
  instrument: Instrument;
  profile: ShownTeamProfile;
  answerSets: readonly Answers[];
  minRespondents: number;
  workshopCode: string;
}

/** Excel reads a CSV as UTF-8 only with a byte-order mark in front (docs/team-profile.md). */
const BOM = '\uFEFF';

/** The anonymous team report: aggregates and per-statement counts, written by the model. */
export function TeamCsvExport({ instrument, profile, answerSets, minRespondents, workshopCode }: TeamCsvExportProps) {
  const { t } = useTranslation(['team', 'modes', 'instrument', 'results']);
  const [saved, setSaved] = useState(false);
  const titleId = useId();
  const textKey = instrumentTextKey(instrument.id);

  const labels: TeamCsvLabels = {
    instrument: t('team:csv.instrument'),
    respondents: t('team:csv.respondents'),
    incomplete: t('team:csv.incomplete'),
    minRespondents: t('team:csv.minRespondents'),
    placement: t('team:csv.placement'),
    placementName: (placement) => t(`modes:${placement}.display`),
    measure: t('team:csv.measure'),
    scale: (scaleId) => t(`instrument:scales.${scaleId}` as never),
    centre: t('team:csv.centre'),
    sd: t('team:csv.sd'),
    rwg: t('team:csv.rwg'),
    agreement: t('team:csv.agreement'),
    band: (band) => t(`team:spread.band.${band}`),
    modeHeader: t('team:column.mode'),
    mode: (mode) => t(`modes:${mode}.display`),
    mean: t('team:column.mean'),
    min: t('team:column.min'),
    max: t('team:column.max'),
    statementId: t('team:csv.statementId'),
    statement: t('team:csv.statement'),
    missing: t('team:csv.missing'),
    notApplicable: t('team:csv.notApplicable'),
    scaleHeader: t('team:csv.scale'),
    itemText: (itemId) => t(`instrument:${textKey}.items.${itemId}` as never),
  };

  const download = () => {
    const distribution = statementDistribution(instrument, answerSets, minRespondents);
    const csv = teamCsv(instrument, profile, distribution, labels);
    if (csv === null) return;
    downloadText(t('team:csv.fileName', { code: workshopCode }), BOM + csv, 'text/csv');
    setSaved(true);
  };

  return (
    <section className="team-export" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('team:csv.title')}</h3>
      <p>{t('team:csv.intro')}</p>
      <button type="button" onClick={download}>
        {t('team:csv.download')}
      </button>
      <p role="status" className="status-line">
        {saved ? t('team:csv.saved') : ''}
      </p>
    </section>
  );
}
