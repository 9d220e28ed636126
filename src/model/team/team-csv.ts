import { ANSWER_VALUES, type Instrument, type Mode } from '../instruments/types';
import type { Placement } from '../scoring/types';
import { CSV_EN, formatDecimal, toCsv, type CsvStyle } from './csv';
import { sdFromCounts } from './disagreement';
import type { AgreementBand, StatementDistribution, TeamProfile } from './types';

/** Translated texts for the CSV; the UI passes them in, the model stays language-free. */
export interface TeamCsvLabels {
  readonly instrument: string;
  readonly respondents: string;
  readonly incomplete: string;
  readonly minRespondents: string;
  readonly placement: string;
  readonly placementName: (placement: Placement) => string;
  /** Header of the first column of the scale table. */
  readonly measure: string;
  readonly scale: (scaleId: string) => string;
  readonly centre: string;
  readonly sd: string;
  readonly rwg: string;
  readonly agreement: string;
  readonly band: (band: AgreementBand) => string;
  /** Header of the first column of the radar table. */
  readonly modeHeader: string;
  readonly mode: (mode: Mode) => string;
  readonly mean: string;
  readonly statementId: string;
  readonly statement: string;
  readonly missing: string;
  /** Header of the "does not apply" count column. */
  readonly notApplicable: string;
  /** Header of the scale column of the statement table. */
  readonly scaleHeader: string;
  readonly itemText: (itemId: string) => string;
}

/** Decimals per kind of number: 0–100 scores and spokes, rwg, 1–5 SDs. */
const SCORE_DECIMALS = 1;
const RWG_DECIMALS = 2;
const ITEM_SD_DECIMALS = 2;

/**
 * The anonymous team report as CSV, in blocks separated by an empty row: (1) instrument,
 * count of complete results, results left out, minimum group size, and (with a window) the
 * placement of the centre; (2) per scale: centre, SD (0–100), rwg and its band; (3) only with a
 * window, per mode in MODES order: mean and SD of the spokes (0–100), never the lowest or
 * highest, which would be one person's number (docs/decisions.md 42); (4) per statement: id, scale, text, counts of answers 1–5, "does not apply", missing, SD of the raw answers
 * (count cells empty where suppressed). Numbers use the style's decimal sign and cells its
 * separator; every cell is escaped and guarded against formula injection (`csvCell`). No dots or
 * individual answers are written. Returns null when the profile is hidden. For Excel, prepend
 * EXCEL_BOM when saving.
 */
export function teamCsv(
  instrument: Instrument,
  profile: TeamProfile,
  distribution: StatementDistribution | null,
  labels: TeamCsvLabels,
  style: CsvStyle = CSV_EN,
): string | null {
  if (profile.status !== 'shown') return null;
  const dec = (value: number, decimals: number) => formatDecimal(value, decimals, style.decimal);
  const { scales, window } = profile;
  const rows: string[][] = [
    [labels.instrument, instrument.id, String(instrument.version)],
    [labels.respondents, String(profile.count)],
    [labels.incomplete, String(profile.incomplete)],
    [labels.minRespondents, String(profile.minRespondents)],
    ...(window ? [[labels.placement, labels.placementName(window.placement)]] : []),
    [],
    [labels.measure, ...scales.map((s) => labels.scale(s.scale))],
    [labels.centre, ...scales.map((s) => dec(s.centre, SCORE_DECIMALS))],
    [labels.sd, ...scales.map((s) => dec(s.sd, SCORE_DECIMALS))],
    [labels.rwg, ...scales.map((s) => dec(s.agreement.rwg, RWG_DECIMALS))],
    [labels.agreement, ...scales.map((s) => labels.band(s.agreement.band))],
  ];
  if (window) {
    rows.push(
      [],
      [labels.modeHeader, labels.mean, labels.sd],
      ...window.radar.map((r) => [labels.mode(r.mode), ...[r.mean, r.sd ?? Number.NaN].map((v) => dec(v, SCORE_DECIMALS))]),
    );
  }
  if (distribution !== null) {
    rows.push(
      [],
      [labels.statementId, labels.scaleHeader, labels.statement, ...ANSWER_VALUES.map(String), labels.notApplicable, labels.missing, labels.sd],
      ...distribution.map((row) => [
        row.itemId,
        labels.scale(row.scale),
        labels.itemText(row.itemId),
        ...ANSWER_VALUES.map((v) => (row.counts === null ? '' : String(row.counts[v]))),
        String(row.notApplicable),
        String(row.missing),
        row.counts === null ? '' : dec(sdFromCounts(row.counts), ITEM_SD_DECIMALS),
      ]),
    );
  }
  return toCsv(rows, style);
}
