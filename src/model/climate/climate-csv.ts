/**
 * The team climate block of the anonymous team report (CSV). Pure: the UI passes the translated
 * texts in; the numbers come from `climateOfTeam` only (aggregates, never one person's answers).
 */
import type { Instrument } from '../instruments/types';
import { CSV_EN, formatDecimal, toCsv, type CsvStyle } from '../team/csv';
import type { AgreementBand } from '../team/types';
import { shownScore } from './temperature';
import type { ClimateBand, ClimateScale, ElementLevel, TeamClimate, TeamElement } from './types';

/** Translated texts for the climate block. */
export interface ClimateCsvLabels {
  readonly instrument: string;
  /** The questionnaire's name and version in the reader's language, never its internal id. */
  readonly questionnaire: (instrumentId: string, version: number) => string;
  readonly respondents: string;
  readonly incomplete: string;
  readonly minRespondents: string;
  readonly temperature: string;
  readonly temperatureSd: string;
  /** Header of the band row ("Teamklimaat") and the band in words. */
  readonly bandHeader: string;
  readonly band: (band: ClimateBand) => string;
  readonly coldestHeader: string;
  /** Header of the first column of the element table. */
  readonly elementHeader: string;
  readonly element: (scale: ClimateScale) => string;
  readonly n: string;
  readonly mean: string;
  readonly sd: string;
  readonly rwg: string;
  readonly agreement: string;
  readonly agreementBand: (band: AgreementBand) => string;
  readonly levelHeader: string;
  readonly level: (level: ElementLevel) => string;
  /** Header of the column that says why a figure is not there. */
  readonly note: string;
  /** Why an element (energy) has no figures: fewer than the minimum (the caller puts the number in). */
  readonly withheldFewPeople: string;
}

/**
 * Decimals: the temperature and the means as whole numbers, as the screens show them and as their
 * words (band, level) are decided (`shownScore`), so a row never reads "40,4; Cold spot"; SDs
 * one decimal, the agreement index two (as in team-csv.ts).
 */
const SHOWN_DECIMALS = 0;
const SD_DECIMALS = 1;
const RWG_DECIMALS = 2;

/**
 * The rows of the climate block: (1) the questionnaire by name, members with a temperature, answer sets left
 * out, minimum group size, the team's temperature with the SD of the members' temperatures, the band in words, the coldest element; an empty row; (2) per element, then
 * energy: n, mean, SD (0–100), r*wg(J), its words and the level of the mean.
 * No lowest or highest: each is one person's number (docs/decisions.md 42).
 * A withheld energy row has its name and the reason in the last column, nothing else: not even
 * how many people have a score on it (src/model/team/disclosure.ts). Null when the team climate
 * is hidden.
 */
export function climateCsvRows(instrument: Instrument, climate: TeamClimate, labels: ClimateCsvLabels, decimal: CsvStyle['decimal'] = '.'): string[][] | null {
  if (climate.status !== 'shown') return null;
  const score = (value: number) => formatDecimal(shownScore(value), SHOWN_DECIMALS, decimal);
  const sd = (value: number) => formatDecimal(value, SD_DECIMALS, decimal);
  const row = (e: TeamElement): string[] =>
    e.status === 'shown'
      ? [
          labels.element(e.element),
          String(e.n),
          score(e.mean),
          sd(e.sd),
          formatDecimal(e.agreement.rwg, RWG_DECIMALS, decimal),
          labels.agreementBand(e.agreement.band),
          labels.level(e.level),
        ]
      : [labels.element(e.element), '', '', '', '', '', '', labels.withheldFewPeople];
  return [
    [labels.instrument, labels.questionnaire(instrument.id, instrument.version)],
    [labels.respondents, String(climate.count)],
    [labels.incomplete, String(climate.incomplete)],
    [labels.minRespondents, String(climate.minRespondents)],
    [labels.temperature, score(climate.temperature)],
    [labels.temperatureSd, sd(climate.spread.sd)],
    [labels.bandHeader, labels.band(climate.reading.band)],
    [labels.coldestHeader, labels.element(climate.reading.coldest)],
    [],
    [labels.elementHeader, labels.n, labels.mean, labels.sd, labels.rwg, labels.agreement, labels.levelHeader, labels.note],
    ...climate.elements.map(row),
    row(climate.energy),
  ];
}

/** The climate block as CSV text (CRLF, the style's separators, formula-guarded cells), or null when hidden. */
export function climateCsv(instrument: Instrument, climate: TeamClimate, labels: ClimateCsvLabels, style: CsvStyle = CSV_EN): string | null {
  const rows = climateCsvRows(instrument, climate, labels, style.decimal);
  return rows === null ? null : toCsv(rows, style);
}
