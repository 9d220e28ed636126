import { isAnswerValue, type Answers, type Instrument } from '../instruments/types';
import { scoreInstrument } from '../scoring/score';
import { DEFAULT_MIN_RESPONDENTS } from '../team/anonymity';
import { enoughPeople } from '../team/disclosure';
import { mean, orderFreeSum } from '../team/statistics';

/**
 * How the professional's mirror form and the clients' view differ (docs/client.md, decision 66).
 *
 * With several clients (`findings`) a difference is named only beyond what chance gives: at most
 * 10 % of comparisons in which both sides have the same true levels name anything (scales and
 * statements together), proved by simulation in compare.simulation.test.ts. Each side's answers
 * vary from person to person and from answer to answer; that variation is estimated from the
 * answers themselves (pooled over the statements, or over the two scales) and a difference is
 * named when it exceeds t · s · √(1/n_mirror + 1/n_clients), Bonferroni-split: 2 % per scale
 * (two scales) and 0.5 % per statement (twelve). The spread is never taken below a floor (one
 * answer step's worth per statement, a short scale's SEM per scale), so clients who all answer
 * alike do not make every small difference a finding. A statement also needs a difference of
 * STATEMENT_GAP steps, and its clients' mean is shown (and can be a finding) only when at least
 * the collection's minimum number of clients answered it (the disclosure rule,
 * src/model/team/disclosure.ts); below that it is withheld, never one or two clients' answers.
 *
 * With a single client at the table nothing is a finding: differences of at least SCALE_GAP
 * points or STATEMENT_GAP steps are offered as "talk about this" prompts. A client who gave the
 * same answer everywhere gets no statement prompts (they would only repeat the mirror form).
 */
export const SCALE_GAP = 30;
export const STATEMENT_GAP = 2;
/** Two-sided normal quantiles of the Bonferroni-split levels: 2 % per scale, 0.5 % per statement. */
const Z_SCALE = 2.3263;
const Z_STATEMENT = 2.807;
/** Floors of the estimated spread: half an answer step per statement, 10 points (a 6-statement scale's SEM) per scale. */
const STATEMENT_SD_FLOOR = 0.5;
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

/** One statement of the comparison profile: raw answers 1–5, null where not answered. */
export interface StatementRow {
  readonly itemId: string;
  readonly scale: string;
  /** The mirror answer (or the mean of several mirror forms). */
  readonly mirror: number | null;
  /** The client's answer, or the mean of the clients who answered it; null when nobody did or when withheld. */
  readonly clients: number | null;
  /**
   * True when several clients are compared and fewer than the minimum answered it 1–5: their mean
   * would be one or two clients' answers (the disclosure rule), so it is not given.
   */
  readonly clientsWithheld: boolean;
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
  /** Named differences: scales first, then statements; each by size, largest first; ties in item order. */
  readonly gaps: readonly Gap[];
  /** One client at the table who gave the same answer to every statement: no statement prompts. */
  readonly sameAnswerEverywhere: boolean;
}

/**
 * Compares mirror forms with client results of the same statements (`mirror` and `client` must
 * share items and scales, as CLIENT_MIRROR and CLIENT_CHECK do). Scale scores of each side are
 * the mean of the complete results' scale scores; a statement's value is the mean raw answer of
 * those who answered it 1–5. `kind` is `prompts` for exactly one client result, else `findings`,
 * where a statement's mean is withheld unless at least `minClients` (clamped: default 5, never
 * below 3) answered it. Showing a group only from its anonymity minimum is the caller's business
 * (client-view.ts).
 */
export function compareViews(
  mirror: Instrument,
  mirrorAnswers: readonly Answers[],
  client: Instrument,
  clientAnswers: readonly Answers[],
  options: { readonly minClients?: number } = {},
): Comparison {
  const kind = clientAnswers.length === 1 ? 'prompts' : 'findings';
  const minClients = options.minClients ?? DEFAULT_MIN_RESPONDENTS;
  const withheld = (answered: number) => kind === 'findings' && !enoughPeople(answered, minClients);
  const scaleScores = (instrument: Instrument, sets: readonly Answers[], scaleId: string) =>
    sets.map((answers) => scoreInstrument(instrument, answers).scales.find((s) => s.scale === scaleId)?.score ?? null).filter((x): x is number => x !== null);
  const scaleValues = client.scales.map((scale) => ({ scale: scale.id, mirror: scaleScores(mirror, mirrorAnswers, scale.id), clients: scaleScores(client, clientAnswers, scale.id) }));
  const scales: ScaleRow[] = scaleValues.map((v) => ({ scale: v.scale, mirror: meanOrNull(v.mirror), clients: meanOrNull(v.clients) }));
  const itemValues = client.items.map((item) => ({ item, mirror: answeredValues(mirrorAnswers, item.id), clients: answeredValues(clientAnswers, item.id) }));
  const statements: StatementRow[] = itemValues.map(({ item, mirror: m, clients: c }) => ({
    itemId: item.id,
    scale: item.scale,
    mirror: meanOrNull(m),
    clients: withheld(c.length) ? null : meanOrNull(c),
    clientsWithheld: withheld(c.length),
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

  const pooled = pooledSd(itemValues.flatMap((v) => [v.mirror, v.clients]));
  const statementSd = Math.max(STATEMENT_SD_FLOOR, pooled.sd);
  const statementGaps: StatementGap[] = sameAnswerEverywhere
    ? []
    : statements.flatMap((row, i) => {
        if (row.mirror === null || row.clients === null) return [];
        const gap = row.clients - row.mirror;
        const values = itemValues[i];
        // A withheld statement has no clients' mean, so it never reaches this point.
        if (kind === 'findings' && Math.abs(gap) < beyondChance(Z_STATEMENT, pooled.df, statementSd, values?.mirror.length ?? 1, values?.clients.length ?? 1)) return [];
        return Math.abs(gap) >= STATEMENT_GAP ? [{ level: 'statement', itemId: row.itemId, scale: row.scale, gap, direction: directionOf(gap) }] : [];
      });
  return { kind, scales, statements, gaps: [...bySize(scaleGaps), ...bySize(statementGaps)], sameAnswerEverywhere };
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
