import type { Instrument, Mode } from '../instruments/types';
import type { Placement } from '../scoring/types';
import { splitWithholds } from '../team-report/answer-split';
import { SPLIT_PARTS, type ReportStatement, type SplitPart } from '../team-report/types';
import { CSV_EN, formatDecimal, toCsv, type CsvStyle } from './csv';
import type { AgreementBand, TeamProfile } from './types';

/** Translated texts for the CSV; the UI passes them in, the model stays language-free. */
export interface TeamCsvLabels {
  readonly instrument: string;
  /** The questionnaire's name and version in the reader's language ("Zelfcheck: …, versie 2"), never its internal id. */
  readonly questionnaire: (instrumentId: string, version: number) => string;
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
  /** Header of the scale column of the statement table. */
  readonly scaleHeader: string;
  readonly itemText: (itemId: string) => string;
  /** Headers of the three share columns (percent of those who answered). */
  readonly part: (part: SplitPart) => string;
  /** Header of the column that says why a figure is not there. */
  readonly note: string;
  /** Why a spoke or a statement has no figures: fewer than the minimum (the caller puts the number in). */
  readonly withheldFewPeople: string;
  /** Why shares of a statement are missing: a part of one or two people, or one the others would give away. */
  readonly withheldShares: string;
}

/** Decimals per kind of number: 0–100 scores and spokes, rwg, 1–5 SDs. */
const SCORE_DECIMALS = 1;
const RWG_DECIMALS = 2;

/**
 * The anonymous team report as CSV, in blocks separated by an empty row: (1) the questionnaire by name,
 * count of complete results, results left out, minimum group size, and (with a window) the
 * placement of the centre; (2) per scale: centre, SD (0–100), rwg and its band; (3) only with a
 * window, per mode in MODES order: mean and SD of the spokes (0–100), never the lowest or
 * highest, which would be one person's number (docs/decisions.md 42); (4) per statement: id,
 * scale, text and its split in percent (disagree, neither, agree) exactly as the team report
 * holds it (`ReportStatement`). Whatever the disclosure rule withholds (a spoke of fewer than the
 * minimum, a statement answered by fewer, a share of one or two people or one the others would
 * give away) is an empty cell with the reason in the last column: never 0, never a count. No
 * counts of answers, of "does not apply" or of skips, and no SD of a statement: beside the shares
 * each could give a withheld share away (decision 72). Numbers use the style's decimal sign and
 * cells its separator; every cell is escaped and guarded against formula injection (`csvCell`).
 * No dots or individual answers are written. Returns null when the profile is hidden. For Excel,
 * prepend EXCEL_BOM when saving.
 */
export function teamCsv(
  instrument: Instrument,
  profile: TeamProfile,
  statements: readonly ReportStatement[] | null,
  labels: TeamCsvLabels,
  style: CsvStyle = CSV_EN,
): string | null {
  if (profile.status !== 'shown') return null;
  const dec = (value: number, decimals: number) => formatDecimal(value, decimals, style.decimal);
  const { scales, window } = profile;
  const rows: string[][] = [
    [labels.instrument, labels.questionnaire(instrument.id, instrument.version)],
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
      [labels.modeHeader, labels.mean, labels.sd, labels.note],
      ...window.radar.map((r) =>
        r.status === 'shown'
          ? [labels.mode(r.mode), dec(r.mean, SCORE_DECIMALS), dec(r.sd, SCORE_DECIMALS)]
          : [labels.mode(r.mode), '', '', labels.withheldFewPeople],
      ),
    );
  }
  if (statements !== null) {
    const scaleOf = new Map(instrument.items.map((item) => [item.id, item.scale]));
    rows.push(
      [],
      [labels.statementId, labels.scaleHeader, labels.statement, ...SPLIT_PARTS.map(labels.part), labels.note],
      ...statements.map(({ itemId, split }) => {
        const head = [itemId, labels.scale(scaleOf.get(itemId) ?? ''), labels.itemText(itemId)];
        if (split === null) return [...head, '', '', '', labels.withheldFewPeople];
        const shares = SPLIT_PARTS.map((part) => (split[part] === null ? '' : String(split[part])));
        return [...head, ...shares, ...(splitWithholds(split) ? [labels.withheldShares] : [])];
      }),
    );
  }
  return toCsv(rows, style);
}
