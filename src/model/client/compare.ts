import { isAnswerValue, type Answers, type Instrument } from '../instruments/types';
import { scoreInstrument } from '../scoring/score';
import { mean } from '../team/statistics';

/**
 * How the professional's mirror form and the clients' view differ (docs/client.md). A difference
 * is named only when it is larger than the measurement error allows:
 * - on a scale (6 statements, 2 of 3 per keying needed): at least SCALE_GAP points on 0–100. A
 *   scale this short has a standard error of measurement of about 10 points for one person, so
 *   the difference of two such scores needs about 2 × √2 × 10 ≈ 28 points; 30 until there are
 *   data to estimate it;
 * - on one statement: at least STATEMENT_GAP answer steps between the mirror answer and the mean
 *   answer of the clients, and only when at least MIN_CLIENTS_PER_STATEMENT clients answered it:
 *   one person's single answer is too noisy to be a finding.
 * With a single client at the table nothing is a finding: the same rules pick "talk about this"
 * prompts instead.
 */
export const SCALE_GAP = 30;
export const STATEMENT_GAP = 2;
export const MIN_CLIENTS_PER_STATEMENT = 3;

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
  /** The client's answer, or the mean of the clients who answered it. */
  readonly clients: number | null;
  /** Clients who answered it 1–5. */
  readonly clientsAnswered: number;
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
  const scales: ScaleRow[] = client.scales.map((scale) => ({
    scale: scale.id,
    mirror: meanScale(mirror, mirrorAnswers, scale.id),
    clients: meanScale(client, clientAnswers, scale.id),
  }));
  const statements: StatementRow[] = client.items.map((item) => {
    const mirrorValues = answeredValues(mirrorAnswers, item.id);
    const clientValues = answeredValues(clientAnswers, item.id);
    return {
      itemId: item.id,
      scale: item.scale,
      mirror: mirrorValues.length > 0 ? mean(mirrorValues) : null,
      clients: clientValues.length > 0 ? mean(clientValues) : null,
      clientsAnswered: clientValues.length,
    };
  });
  const minAnswered = kind === 'prompts' ? 1 : MIN_CLIENTS_PER_STATEMENT;
  const scaleGaps: ScaleGap[] = scales.flatMap((row) => {
    if (row.mirror === null || row.clients === null) return [];
    const gap = row.clients - row.mirror;
    return Math.abs(gap) >= SCALE_GAP ? [{ level: 'scale', scale: row.scale, gap, direction: directionOf(gap) }] : [];
  });
  const statementGaps: StatementGap[] = statements.flatMap((row) => {
    if (row.mirror === null || row.clients === null || row.clientsAnswered < minAnswered) return [];
    const gap = row.clients - row.mirror;
    return Math.abs(gap) >= STATEMENT_GAP
      ? [{ level: 'statement', itemId: row.itemId, scale: row.scale, gap, direction: directionOf(gap) }]
      : [];
  });
  return { kind, scales, statements, gaps: [...bySize(scaleGaps), ...bySize(statementGaps)] };
}

function meanScale(instrument: Instrument, answerSets: readonly Answers[], scaleId: string): number | null {
  const scores = answerSets
    .map((answers) => scoreInstrument(instrument, answers).scales.find((s) => s.scale === scaleId)?.score ?? null)
    .filter((score): score is number => score !== null);
  return scores.length > 0 ? mean(scores) : null;
}

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
