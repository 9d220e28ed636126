import { isAnswerValue, type Answers, type Instrument } from '../instruments/types';
import { scoreInstrument } from '../scoring/score';
import { mean, orderFreeSum } from '../team/statistics';

/**
 * How the professional's mirror form and the clients' view differ (docs/client.md, decision 66).
 *
 * With several clients (`findings`) a difference is named only on the two scales and only beyond
 * what chance gives: at most 10 % of comparisons in which both sides have the same true levels
 * name anything, proved by simulation in compare.simulation.test.ts. Each side's scale scores
 * vary from person to person; that variation is estimated from the scores themselves (pooled over
 * the two scales) and a difference is named when it exceeds t · s · √(1/n_mirror + 1/n_clients)
 * at 2 % per scale (Bonferroni over two). The spread is never taken below a floor (a short
 * scale's SEM), so clients who all answer alike do not make every small difference a finding.
 *
 * A group's statements are shown as shares, never as means, and named as no finding (decision
 * 74): per statement only the share of all forms that answered "vaak" or "altijd"
 * (`oftenShare`). One client more or less moves that share only by whether their answer was 4–5
 * or not, so at least two answers stay possible for that client after any update; a mean of n
 * and of n + 1 gives the newcomer's answer back (6 × m₆ − 5 × m₅), and any rounding of a mean
 * still pins an extreme answer where it crosses a boundary (compare.privacy.test.ts).
 *
 * With a single client at the table nothing is a finding: differences of at least SCALE_GAP
 * points or STATEMENT_GAP steps are offered as "talk about this" prompts. A client who gave the
 * same answer everywhere gets no statement prompts (they would only repeat the mirror form).
 */
export const SCALE_GAP = 30;
export const STATEMENT_GAP = 2;
/** The answers a group's statement share counts: "vaak" (4) and "altijd" (5). */
export const OFTEN_FROM = 4;
/** Two-sided normal quantile of the Bonferroni-split level: 2 % per scale (two scales). */
const Z_SCALE = 2.3263;
/** Floor of the estimated spread: 10 points (a 6-statement scale's SEM) per scale. */
const SCALE_SD_FLOOR = 10;

/** `clientsMore`: the clients' view is higher than the mirror form (more support, more often). */
export type GapDirection = 'clientsMore' | 'clientsLess';

export interface ScaleGap {
  readonly level: 'scale';
  readonly scale: string;
  /** Clients' score (one client, or the clients' mean) minus the mirror score, 0–100 points. */
  readonly gap: number;
  readonly direction: GapDirection;
}

export interface StatementGap {
  readonly level: 'statement';
  readonly itemId: string;
  readonly scale: string;
  /** Clients' answer (one client, or their mean) minus the mirror answer, in answer steps (raw, not keyed). */
  readonly gap: number;
  readonly direction: GapDirection;
}

export type Gap = ScaleGap | StatementGap;

/**
 * One statement of the comparison. A single form's side is its raw answer 1–5 (the
 * professional's own mirror form, the one client at the table); a group's side is only its share
 * of "vaak" or "altijd" (decision 74). Null where there is nothing to show.
 */
export interface StatementRow {
  readonly itemId: string;
  readonly scale: string;
  /** The one mirror form's answer. */
  readonly mirror: number | null;
  /** Several mirror forms (a team): percentage of them that answered 4–5. */
  readonly mirrorOften: number | null;
  /** The one client's answer (at the table). */
  readonly clients: number | null;
  /** Several clients: percentage of them that answered 4–5 ("weet ik niet" counts as not). */
  readonly clientsOften: number | null;
}

export interface ScaleRow {
  readonly scale: string;
  readonly mirror: number | null;
  readonly clients: number | null;
}

export interface Comparison {
  /** `prompts`: one client at the table, differences are conversation starters; `findings`: a mean of several clients. */
  readonly kind: 'prompts' | 'findings';
  readonly scales: readonly ScaleRow[];
  readonly statements: readonly StatementRow[];
  /** Named differences: scales first, then (one client only) statements; each by size, largest first; ties in item order. */
  readonly gaps: readonly Gap[];
  /** One client at the table who gave the same answer to every statement: no statement prompts. */
  readonly sameAnswerEverywhere: boolean;
}

/**
 * Compares mirror forms with client results of the same statements (`mirror` and `client` must
 * share items and scales, as CLIENT_MIRROR and CLIENT_CHECK do). Scale scores of each side are
 * the mean of the complete results' scale scores; a statement's value is the mean raw answer of
 * those who answered it 1–5. `kind` is `prompts` for exactly one client result, else `findings`,
 * where a statement gap also needs MIN_CLIENTS_PER_STATEMENT answers. Showing a group only from
 * its anonymity minimum is the caller's business (client-collection.ts).
 */
export function compareViews(
  mirror: Instrument,
  mirrorAnswers: readonly Answers[],
  client: Instrument,
  clientAnswers: readonly Answers[],
): Comparison {
  const kind = clientAnswers.length === 1 ? 'prompts' : 'findings';
  const scaleScores = (instrument: Instrument, sets: readonly Answers[], scaleId: string) =>
    sets.map((answers) => scoreInstrument(instrument, answers).scales.find((s) => s.scale === scaleId)?.score ?? null).filter((x): x is number => x !== null);
  const scaleValues = client.scales.map((scale) => ({ scale: scale.id, mirror: scaleScores(mirror, mirrorAnswers, scale.id), clients: scaleScores(client, clientAnswers, scale.id) }));
  const scales: ScaleRow[] = scaleValues.map((v) => ({ scale: v.scale, mirror: meanOrNull(v.mirror), clients: meanOrNull(v.clients) }));
  const itemValues = client.items.map((item) => ({ item, mirror: answeredValues(mirrorAnswers, item.id), clients: answeredValues(clientAnswers, item.id) }));
  const single = (values: readonly number[], forms: number) => (forms === 1 ? meanOrNull(values) : null);
  const group = (values: readonly number[], forms: number) => (forms === 1 ? null : oftenShare(values, forms));
  const statements: StatementRow[] = itemValues.map(({ item, mirror: m, clients: c }) => ({
    itemId: item.id,
    scale: item.scale,
    mirror: single(m, mirrorAnswers.length),
    mirrorOften: group(m, mirrorAnswers.length),
    clients: single(c, clientAnswers.length),
    clientsOften: group(c, clientAnswers.length),
  }));
  const sameAnswerEverywhere = kind === 'prompts' && new Set(itemValues.flatMap((v) => v.clients)).size === 1;

  const scalePooled = pooledSd(scaleValues.flatMap((v) => [v.mirror, v.clients]));
  const scaleSd = Math.max(SCALE_SD_FLOOR, scalePooled.sd);
  const scaleDf = scalePooled.df;
  const scaleGaps: ScaleGap[] = scales.flatMap((row, i) => {
    if (row.mirror === null || row.clients === null) return [];
    const gap = row.clients - row.mirror;
    const values = scaleValues[i];
    const needed = kind === 'prompts' ? SCALE_GAP : Math.max(SCALE_GAP, beyondChance(Z_SCALE, scaleDf, scaleSd, values?.mirror.length ?? 1, values?.clients.length ?? 1));
    return Math.abs(gap) >= needed ? [{ level: 'scale', scale: row.scale, gap, direction: directionOf(gap) }] : [];
  });

  // Statement prompts only for one client with one mirror form: a group's statement is a share,
  // which names no difference (decision 74).
  const statementGaps: StatementGap[] =
    kind === 'findings' || sameAnswerEverywhere
      ? []
      : statements.flatMap((row) => {
          if (row.mirror === null || row.clients === null) return [];
          const gap = row.clients - row.mirror;
          return Math.abs(gap) >= STATEMENT_GAP ? [{ level: 'statement', itemId: row.itemId, scale: row.scale, gap, direction: directionOf(gap) }] : [];
        });
  return { kind, scales, statements, gaps: [...bySize(scaleGaps), ...bySize(statementGaps)], sameAnswerEverywhere };
}

/**
 * A group's figure for one statement: the share of all `forms` (clients, or the team's mirror
 * forms) that answered it OFTEN_FROM or higher, in whole percents (half up). "Weet ik niet"
 * counts with 1–3 as "not often": with those who answered as the base, a change of the base
 * would tell that one person skipped. The figure depends only on how many said 4–5 out of how
 * many, so one person more, less or answering again shows no more than which of two groups
 * their answer fell in, {4, 5} or {1, 2, 3, weet ik niet} (compare.privacy.test.ts proves it for
 * every group size up to 30).
 */
export function oftenShare(values: readonly number[], forms: number): number | null {
  if (forms <= 0) return null;
  const often = values.filter((v) => v >= OFTEN_FROM).length;
  return Math.floor((100 * often) / forms + 0.5);
}

/**
 * The smallest difference of two group means beyond chance at the two-sided level whose normal
 * quantile is `z`: t · sd · √(1/a + 1/b), with t from z by the Cornish–Fisher expansion for `df`
 * degrees of freedom (within 1 % of the exact t quantile from 5 df; the simulation is the proof).
 */
function beyondChance(z: number, df: number, sd: number, a: number, b: number): number {
  const t = df > 0 ? z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2) : Number.POSITIVE_INFINITY;
  return t * sd * Math.sqrt(1 / Math.max(1, a) + 1 / Math.max(1, b));
}

/** The pooled within-group standard deviation of several groups of values, with its degrees of freedom. */
function pooledSd(groups: readonly (readonly number[])[]): { sd: number; df: number } {
  let squares = 0;
  let df = 0;
  for (const group of groups) {
    if (group.length < 2) continue;
    const m = mean(group);
    squares += orderFreeSum(group.map((x) => (x - m) ** 2));
    df += group.length - 1;
  }
  return { sd: df > 0 ? Math.sqrt(squares / df) : 0, df };
}

const meanOrNull = (values: readonly number[]) => (values.length > 0 ? mean(values) : null);

function answeredValues(answerSets: readonly Answers[], itemId: string): number[] {
  return answerSets.map((answers) => (Object.hasOwn(answers, itemId) ? answers[itemId] : undefined)).filter(isAnswerValue);
}

function directionOf(gap: number): GapDirection {
  return gap > 0 ? 'clientsMore' : 'clientsLess';
}

/** Largest first; `sort` is stable, so equal sizes keep item order. */
function bySize<T extends Gap>(gaps: readonly T[]): T[] {
  return [...gaps].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}
