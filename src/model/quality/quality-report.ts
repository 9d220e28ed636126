import { isAnswerValue, itemsOfScale, NOT_APPLICABLE } from '../instruments/types';
import type { Answers, Keying } from '../instruments/types';
import { keyedValue, scaleScore } from '../scoring/score';
import type { Workshop } from '../workshop/workshop';
import { omegaEstimate, type BootstrapOptions } from './bootstrap';
import { covarianceMatrix } from './covariance';
import { teamIcc, type TeamIcc } from './icc';
import { collectForms, passesGate, type FormCounts, type FormData } from './quality-data';
import { alphaEstimate, itemRest, type Estimate } from './reliability';

/**
 * "Does the questionnaire hold?" (issue 23; docs/quality.md): per questionnaire version, per
 * scale, alpha and omega with their intervals, item–rest correlations, ICC(1) and ICC(2) across
 * teams, and per statement the share of "does not apply". A form below the gate is `hidden` and
 * carries only the counts it reached.
 *
 * Work per form is independent, so a page that must not block can run `collectForms` once and
 * `formQuality` per form (or `scaleQuality` per scale) in separate tasks or a worker; the
 * bootstrap of omega is the costly part (about B × distinct answer patterns × k² steps).
 */

/** The questionnaires whose people answer as members of a team: ICC across teams is read for these. */
export const TEAM_FORMS: readonly string[] = ['self-check', 'team-climate'];

export interface StatementQuality {
  readonly item: string;
  readonly keying: Keying;
  /** Correlation of the keyed statement with the rest of its scale, over the scale's n; null without variance. */
  readonly itemRest: number | null;
  /** Alpha of the scale without this statement. */
  readonly alphaIfDeleted: number | null;
}

export interface ScaleQuality {
  readonly scale: string;
  /** Statements on the scale (k). */
  readonly statements: number;
  /** People who answered every statement of the scale 1–5 (listwise): the n of alpha, omega and item–rest. */
  readonly n: number;
  readonly alpha: Estimate | null;
  readonly omega: Estimate | null;
  readonly items: readonly StatementQuality[];
  /** Across teams, from the people's scale scores; null for a client form or when it cannot be computed. */
  readonly icc: TeamIcc | null;
}

export interface NotApplicableShare {
  readonly item: string;
  readonly scale: string;
  /** Share of answer sets with "does not apply" on this statement; null when the form does not offer it. */
  readonly share: number | null;
  /** Answer sets of the form in the teams that count, complete or not. */
  readonly n: number;
}

interface FormBase {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly reached: FormCounts;
}

export interface HiddenForm extends FormBase {
  readonly status: 'hidden';
}

export interface ShownForm extends FormBase {
  readonly status: 'shown';
  readonly scales: readonly ScaleQuality[];
  readonly notApplicable: readonly NotApplicableShare[];
}

export type FormQuality = HiddenForm | ShownForm;

export interface QualityReport {
  /** Every questionnaire version the app knows, in the registry's order. */
  readonly forms: readonly FormQuality[];
}

/** The keyed answers (1–5) of every person who answered all of `items` 1–5; the rest are left out (listwise). */
function listwiseRows(people: readonly Answers[], items: ReturnType<typeof itemsOfScale>): number[][] {
  const rows: number[][] = [];
  for (const answers of people) {
    const row: number[] = [];
    for (const item of items) {
      const answer: unknown = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      if (!isAnswerValue(answer)) break;
      row.push(keyedValue(item, answer));
    }
    if (row.length === items.length) rows.push(row);
  }
  return rows;
}

/** The figures of one scale of a form that passed the gate. */
export function scaleQuality(form: FormData, scaleId: string, options: BootstrapOptions = {}): ScaleQuality {
  const { instrument } = form;
  const items = itemsOfScale(instrument, scaleId);
  const rows = listwiseRows(form.teams.flat(), items);
  const cov = covarianceMatrix(rows, items.length);
  const n = rows.length;
  const perItem = n >= 3 ? itemRest(cov) : [];
  const icc = TEAM_FORMS.includes(instrument.id)
    ? teamIcc(form.teams.map((team) => team.map((answers) => scaleScore(instrument, answers, scaleId).score ?? Number.NaN)))
    : null;
  return {
    scale: scaleId,
    statements: items.length,
    n,
    alpha: alphaEstimate(cov, n),
    omega: omegaEstimate(rows, items.length, `${instrument.id}@${instrument.version}/${scaleId}`, options),
    items: items.map((item, i) => ({ item: item.id, keying: item.keying, itemRest: perItem[i]?.r ?? null, alphaIfDeleted: perItem[i]?.alphaIfDeleted ?? null })),
    icc,
  };
}

/** Per statement, the share of "does not apply" among the form's answer sets in the teams that count. */
export function notApplicableShares(form: FormData): NotApplicableShare[] {
  const { instrument, answerSets } = form;
  const n = answerSets.length;
  return instrument.items.map((item) => {
    const chosen = answerSets.filter((answers) => Object.hasOwn(answers, item.id) && answers[item.id] === NOT_APPLICABLE).length;
    const share = instrument.answerScale.notApplicable && n > 0 ? chosen / n : null;
    return { item: item.id, scale: item.scale, share, n };
  });
}

/** One form: hidden below the gate (counts only), else every scale's figures and the "does not apply" shares. */
export function formQuality(form: FormData, options: BootstrapOptions = {}): FormQuality {
  const base = { instrumentId: form.instrument.id, instrumentVersion: form.instrument.version, reached: form.counts };
  if (!passesGate(form.counts)) return { ...base, status: 'hidden' };
  return {
    ...base,
    status: 'shown',
    scales: form.instrument.scales.map((scale) => scaleQuality(form, scale.id, options)),
    notApplicable: notApplicableShares(form),
  };
}

/** The whole report from the workshops (and client collections as workshops) kept on this device. */
export function qualityReport(workshops: readonly Workshop[], options: BootstrapOptions = {}): QualityReport {
  return { forms: collectForms(workshops).map((form) => formQuality(form, options)) };
}
