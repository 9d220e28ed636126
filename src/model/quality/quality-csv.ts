import type { Keying } from '../instruments/types';
import { CSV_EN, formatDecimal, toCsv, type CsvStyle } from '../team/csv';
import type { Estimate } from './reliability';
import type { QualityReport, ShownForm } from './quality-report';

/**
 * "Does the questionnaire hold?" as CSV: coefficients and counts only, never an answer or a
 * team (docs/quality.md §7). Pure: the UI passes the translated texts in. Blocks separated by an
 * empty row: (1) per questionnaire version, whether it is shown and the people and teams it
 * reached; (2) per scale of a shown form: statements, n, alpha and omega with their 95 %
 * intervals, ICC(1), ICC(2) and the teams and people behind them; (3) per statement of a shown
 * form: keying, item–rest correlation, alpha without it, the n behind them, and the share of "does
 * not apply" with its n. Numbers in the style's decimal sign (Dutch Excel: ';' and ','); a
 * figure that cannot be computed is an empty cell. For Excel, prepend EXCEL_BOM when saving.
 */
export interface QualityCsvLabels {
  readonly form: string;
  readonly formName: (instrumentId: string, instrumentVersion: number) => string;
  readonly status: string;
  readonly shown: string;
  readonly hidden: string;
  readonly people: string;
  readonly teams: string;
  readonly teamsBelowMinimum: string;
  readonly scale: string;
  readonly scaleName: (instrumentId: string, scaleId: string) => string;
  readonly statements: string;
  readonly n: string;
  readonly alpha: string;
  readonly omega: string;
  /** "95 % lower" and "95 % upper" after the coefficient's name. */
  readonly lower: (coefficient: string) => string;
  readonly upper: (coefficient: string) => string;
  readonly icc1: string;
  readonly icc2: string;
  readonly iccTeams: string;
  readonly iccPeople: string;
  readonly statement: string;
  readonly statementName: (instrumentId: string, itemId: string) => string;
  readonly keying: string;
  readonly keyingName: (keying: Keying) => string;
  readonly itemRest: string;
  readonly alphaIfDeleted: string;
  readonly notApplicable: string;
  readonly answerSets: string;
}

/** Coefficients and shares with three decimals: two would hide the difference between .695 and .704. */
const DECIMALS = 3;

export function qualityCsvRows(report: QualityReport, labels: QualityCsvLabels, decimal: CsvStyle['decimal'] = '.'): string[][] {
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatDecimal(value, DECIMALS, decimal));
  const estimate = (e: Estimate | null) => [number(e?.value), number(e?.lower), number(e?.upper)];
  const shown = report.forms.filter((f): f is ShownForm => f.status === 'shown');
  const name = (f: { instrumentId: string; instrumentVersion: number }) => labels.formName(f.instrumentId, f.instrumentVersion);
  return [
    [labels.form, labels.status, labels.people, labels.teams, labels.teamsBelowMinimum],
    ...report.forms.map((f) => [
      name(f),
      f.status === 'shown' ? labels.shown : labels.hidden,
      String(f.reached.people),
      String(f.reached.teams),
      String(f.reached.teamsBelowMinimum),
    ]),
    [],
    [
      labels.form,
      labels.scale,
      labels.statements,
      labels.n,
      labels.alpha,
      labels.lower(labels.alpha),
      labels.upper(labels.alpha),
      labels.omega,
      labels.lower(labels.omega),
      labels.upper(labels.omega),
      labels.icc1,
      labels.icc2,
      labels.iccTeams,
      labels.iccPeople,
    ],
    ...shown.flatMap((f) =>
      f.scales.map((s) => [
        name(f),
        labels.scaleName(f.instrumentId, s.scale),
        String(s.statements),
        String(s.n),
        ...estimate(s.alpha),
        ...estimate(s.omega),
        number(s.icc?.icc1),
        number(s.icc?.icc2),
        s.icc ? String(s.icc.teams) : '',
        s.icc ? String(s.icc.people) : '',
      ]),
    ),
    [],
    [labels.form, labels.scale, labels.statement, labels.keying, labels.itemRest, labels.alphaIfDeleted, labels.n, labels.notApplicable, labels.answerSets],
    ...shown.flatMap((f) =>
      f.scales.flatMap((s) =>
        s.items.map((item) => {
          const na = f.notApplicable.find((share) => share.item === item.item);
          return [
            name(f),
            labels.scaleName(f.instrumentId, s.scale),
            labels.statementName(f.instrumentId, item.item),
            labels.keyingName(item.keying),
            number(item.itemRest),
            number(item.alphaIfDeleted),
            String(s.n),
            number(na?.share),
            na ? String(na.n) : '',
          ];
        }),
      ),
    ),
  ];
}

/** The whole CSV text (without the byte-order mark). */
export function qualityCsv(report: QualityReport, labels: QualityCsvLabels, style: CsvStyle = CSV_EN): string {
  return toCsv(qualityCsvRows(report, labels, style.decimal), style);
}
