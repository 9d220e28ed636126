import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/download';
import { climateCsv, type ClimateCsvLabels } from '../../model/climate/climate-csv';
import type { ShownTeamClimate } from '../../model/climate/types';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { Answers, Instrument } from '../../model/instruments/types';
import { statementSplits } from '../../model/team-report/build';
import { csvStyleFor, EXCEL_BOM, toCsv, workshopCsvRows } from '../../model/team/csv';
import { teamCsv, type TeamCsvLabels } from '../../model/team/team-csv';
import type { ShownTeamProfile } from '../../model/team/types';
import { usePersonText } from '../../components/person-word/use-person-word';
import type { PersonWord } from '../../model/people/person-word';

/** The self-check part of the report: its profile and the answer sets for the statements' splits. */
export interface SelfCheckExport {
  instrument: Instrument;
  profile: ShownTeamProfile;
  answerSets: readonly Answers[];
}

/** The team climate part of the report. */
export interface ClimateExport {
  instrument: Instrument;
  climate: ShownTeamClimate;
}

interface TeamCsvExportProps {
  /** Null when the workshop has no self-check or its profile is hidden. */
  selfCheck: SelfCheckExport | null;
  /** Null when the workshop has no climate or the climate is hidden. */
  climate?: ClimateExport | null;
  minRespondents: number;
  workshopCode: string;
  /** Written in the first row, guarded against formulas like every cell. */
  workshopName: string;
  /** ISO date of the workshop, written in the second row. */
  workshopDate: string;
  /** The workshop's word for the people worked with: the statements read as on the phones. */
  personWord?: PersonWord;
  /** A download shows the team: before the first reveal it fixes the shown results (decision 73). */
  onDownload?: () => void;
}

/**
 * The anonymous team report: the workshop's name and day, aggregates and per-statement splits of
 * the self-check (as the team report holds them, withheld shares empty with the reason), then the climate block (temperature, band, per element mean, SD and agreement),
 * written by the model in the style Excel expects for the chosen language (src/model/team/csv.ts).
 */
export function TeamCsvExport({ selfCheck, climate = null, minRespondents, workshopCode, workshopName, workshopDate, personWord, onDownload }: TeamCsvExportProps) {
  const { t, i18n } = useTranslation(['team', 'modes', 'instrument', 'results', 'report']);
  const pt = usePersonText(personWord ?? 'client');
  const style = csvStyleFor(i18n.resolvedLanguage ?? 'nl');
  const [saved, setSaved] = useState(false);
  const titleId = useId();
  const textKey = instrumentTextKey(selfCheck?.instrument.id ?? '');
  // The questionnaire as its reader knows it: its title in the chosen language, not "self-check".
  const questionnaire = (instrumentId: string, version: number) =>
    t('team:csv.questionnaireName', { name: t(`instrument:${instrumentTextKey(instrumentId)}.title` as never), version });

  const labels: TeamCsvLabels = {
    instrument: t('team:csv.instrument'),
    questionnaire,
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
    statementId: t('team:csv.statementId'),
    statement: t('team:csv.statement'),
    scaleHeader: t('team:csv.scale'),
    itemText: (itemId) => pt(`instrument:${textKey}.items.${itemId}`),
    part: (part) => t('team:csv.share', { name: t(`report:disputed.${part}`) }),
    note: t('team:csv.note'),
    withheldFewPeople: t('team:withheld.fewPeople', { min: minRespondents }),
    withheldShares: t('team:csv.withheldShares'),
  };

  const climateLabels: ClimateCsvLabels = {
    instrument: t('team:csv.instrument'),
    questionnaire,
    respondents: t('team:csv.respondents'),
    incomplete: t('team:csv.incomplete'),
    minRespondents: t('team:csv.minRespondents'),
    temperature: t('team:csv.temperature'),
    temperatureSd: t('team:csv.temperatureSd'),
    bandHeader: t('team:csv.climateBand'),
    band: (band) => t(`instrument:teamClimate.bands.${band}`),
    coldestHeader: t('team:csv.coldest'),
    elementHeader: t('team:csv.element'),
    element: (scale) => t(`instrument:scales.${scale}`),
    n: t('team:csv.respondents'),
    mean: t('team:column.mean'),
    sd: t('team:csv.sd'),
    rwg: t('team:csv.rwg'),
    agreement: t('team:csv.agreement'),
    agreementBand: (band) => t(`team:spread.band.${band}`),
    levelHeader: t('team:csv.level'),
    level: (level) => t(`team:climate.level.${level}`),
    note: t('team:csv.note'),
    withheldFewPeople: t('team:withheld.fewPeople', { min: minRespondents }),
  };

  const download = () => {
    const blocks = [
      selfCheck &&
        teamCsv(selfCheck.instrument, selfCheck.profile, statementSplits(selfCheck.instrument, selfCheck.answerSets, minRespondents), labels, style),
      climate && climateCsv(climate.instrument, climate.climate, climateLabels, style),
    ].filter((block): block is string => typeof block === 'string');
    if (blocks.length === 0) return;
    const title = toCsv(workshopCsvRows({ workshop: t('report:csv.workshop'), date: t('report:csv.date') }, workshopName, workshopDate), style);
    // Each block ends with a line break: one more leaves an empty row between them.
    const csv = [title, ...blocks].join('\r\n');
    downloadText(t('team:csv.fileName', { code: workshopCode }), EXCEL_BOM + csv, 'text/csv');
    onDownload?.();
    setSaved(true);
  };

  return (
    <section className="team-export" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('team:csv.title')}</h3>
      <p>{selfCheck ? t('team:csv.intro') : t('team:csv.introClimate')}</p>
      <button type="button" onClick={download}>
        {t('team:csv.download')}
      </button>
      <p role="status" className="status-line">
        {saved ? t('team:csv.saved') : ''}
      </p>
    </section>
  );
}
