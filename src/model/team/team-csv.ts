import { ANSWER_VALUES, AXES, type Axis, type Instrument, type Mode } from '../instruments/types';
import type { Placement } from '../scoring/types';
import { formatDecimal, toCsv } from './csv';
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
  /** Header of the first column of the axis table. */
  readonly measure: string;
  readonly axis: (axis: Axis) => string;
  readonly centre: string;
  readonly sd: string;
  readonly rwg: string;
  readonly agreement: string;
  readonly band: (band: AgreementBand) => string;
  /** Header of the first column of the radar table. */
  readonly modeHeader: string;
  readonly mode: (mode: Mode) => string;
  readonly mean: string;
  readonly min: string;
  readonly max: string;
  readonly statementId: string;
  readonly statement: string;
  readonly missing: string;
  readonly itemText: (itemId: string) => string;
}

/** Decimals per kind of number: 0–100 scores, rwg, mode weights (shares 0–1), 1–5 SDs. */
const SCORE_DECIMALS = 1;
const RWG_DECIMALS = 2;
const WEIGHT_DECIMALS = 3;
const ITEM_SD_DECIMALS = 2;

/**
 * The anonymous team report as CSV, in four blocks separated by an empty row: (1) instrument,
 * count of complete results, results left out, minimum group size, placement of the centre;
 * (2) per axis: centre, SD (0–100), rwg and its band; (3) per mode in MODES order: mean, min and
 * max weight; (4) per statement: id, text, counts of answers 1–5, missing, SD of the raw answers
 * (count cells empty where suppressed). Numbers use '.' decimals; every cell is escaped and
 * guarded against formula injection (`csvCell`). No dots or individual answers are written.
 * Returns null when the profile is hidden. For Excel, prepend a BOM ('\uFEFF') when saving.
 */
export function teamCsv(
  instrument: Instrument,
  profile: TeamProfile,
  distribution: StatementDistribution | null,
  labels: TeamCsvLabels,
): string | null {
  if (profile.status !== 'shown') return null;
  const rows: string[][] = [
    [labels.instrument, instrument.id, String(instrument.version)],
    [labels.respondents, String(profile.count)],
    [labels.incomplete, String(profile.incomplete)],
    [labels.minRespondents, String(profile.minRespondents)],
    [labels.placement, labels.placementName(profile.placement)],
    [],
    [labels.measure, ...AXES.map(labels.axis)],
    [labels.centre, ...AXES.map((a) => formatDecimal(profile.centre[a], SCORE_DECIMALS))],
    [labels.sd, ...AXES.map((a) => formatDecimal(profile.spread[a], SCORE_DECIMALS))],
    [labels.rwg, ...AXES.map((a) => formatDecimal(profile.agreement[a].rwg, RWG_DECIMALS))],
    [labels.agreement, ...AXES.map((a) => labels.band(profile.agreement[a].band))],
    [],
    [labels.modeHeader, labels.mean, labels.min, labels.max],
    ...profile.radar.map((r) => [
      labels.mode(r.mode),
      ...[r.mean, r.min, r.max].map((v) => formatDecimal(v, WEIGHT_DECIMALS)),
    ]),
  ];
  if (distribution !== null) {
    rows.push(
      [],
      [labels.statementId, labels.statement, ...ANSWER_VALUES.map(String), labels.missing, labels.sd],
      ...distribution.map((row) => [
        row.itemId,
        labels.itemText(row.itemId),
        ...ANSWER_VALUES.map((v) => (row.counts === null ? '' : String(row.counts[v]))),
        String(row.missing),
        row.counts === null ? '' : formatDecimal(sdFromCounts(row.counts), ITEM_SD_DECIMALS),
      ]),
    );
  }
  return toCsv(rows);
}
