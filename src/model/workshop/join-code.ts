import { generateWorkshopCode, normaliseWorkshopCode, workshopCodeFromValues, workshopCodeValues } from '../codec/workshop-code';

/**
 * The workshop code also carries the facilitator's choices that a participant's phone must know,
 * in the first symbol (5 bits), so a code typed by hand works exactly like a scanned join link
 * (no server to ask):
 * - bit 0: whether results are shown only together (participants do not see their own result);
 * - bits 1–2: which questionnaires the workshop asks: 0 = the self-check, 1 = the team climate,
 *   2 = both, 3 = reserved for a newer app (a phone that reads it asks for a reload).
 * Bits 3–4 stay random. That leaves 4 · 32⁴ ≈ 4.2 million codes per choice, plenty for one
 * facilitator's workshops.
 *
 * Workshops created before the questionnaire bits existed have random bits 1–2. Only bit 0 is
 * therefore checked against a stored workshop (`hidesOwnResult`); bits 1–2 are read only by the
 * phone that joins.
 */
export type QuestionnaireSet = 'self-check' | 'team-climate' | 'both';

export interface WorkshopOptions {
  /** True when results are shown only together, on the facilitator's screen. */
  readonly hideOwnResult: boolean;
  /** Which questionnaires a participant answers. */
  readonly questionnaires: QuestionnaireSet;
}

/** The instrument ids of each set, in the order a participant answers them: the self-check first. */
export const QUESTIONNAIRE_SET_IDS: Readonly<Record<QuestionnaireSet, readonly string[]>> = {
  'self-check': ['self-check'],
  'team-climate': ['team-climate'],
  both: ['self-check', 'team-climate'],
};

/** Sorts a workshop's questionnaires into the order a participant answers them: the self-check first. */
export function inAnswerOrder<T extends { readonly instrumentId: string }>(questionnaires: readonly T[]): T[] {
  const order = QUESTIONNAIRE_SET_IDS.both;
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...questionnaires].sort((a, b) => rank(a.instrumentId) - rank(b.instrumentId));
}

const SET_BITS: readonly QuestionnaireSet[] = ['self-check', 'team-climate', 'both'];
const HIDE_BIT = 0b001;
const SET_MASK = 0b110;
const SET_SHIFT = 1;

/** The set of a list of instrument ids, or undefined when no set has exactly these. */
export function questionnaireSetOf(instrumentIds: readonly string[]): QuestionnaireSet | undefined {
  const key = [...instrumentIds].sort().join(',');
  return SET_BITS.find((set) => [...QUESTIONNAIRE_SET_IDS[set]].sort().join(',') === key);
}

/** A new workshop code carrying the options; without `questionnaires`, the self-check. */
export function createJoinCode(
  random: () => number,
  options: Pick<WorkshopOptions, 'hideOwnResult'> & Partial<Pick<WorkshopOptions, 'questionnaires'>>,
): string {
  const values = workshopCodeValues(generateWorkshopCode(random)) ?? [0, 0, 0, 0, 0];
  const [first = 0, ...rest] = values;
  const set = SET_BITS.indexOf(options.questionnaires ?? 'self-check');
  const flagged = (first & ~(HIDE_BIT | SET_MASK)) | (set << SET_SHIFT) | (options.hideOwnResult ? HIDE_BIT : 0);
  return workshopCodeFromValues([flagged, ...rest]);
}

/** What a typed or scanned workshop code says. */
export type JoinCodeReading =
  | { readonly kind: 'ok'; readonly code: string; readonly options: WorkshopOptions }
  /** Not a valid workshop code (mistyped, or not a code at all). */
  | { readonly kind: 'invalid' }
  /** Valid, but made by a newer app: its questionnaire bits hold a value this app does not know. */
  | { readonly kind: 'newer'; readonly code: string };

export function readJoinCode(text: string): JoinCodeReading {
  const code = normaliseWorkshopCode(text);
  const values = workshopCodeValues(code);
  if (!values) return { kind: 'invalid' };
  const first = values[0] ?? 0;
  const set = SET_BITS[(first & SET_MASK) >> SET_SHIFT];
  if (!set) return { kind: 'newer', code };
  return { kind: 'ok', code, options: { hideOwnResult: (first & HIDE_BIT) === HIDE_BIT, questionnaires: set } };
}

/** The options a valid code carries, or null when the code is not valid or from a newer app. */
export function joinCodeOptions(code: string): WorkshopOptions | null {
  const reading = readJoinCode(code);
  return reading.kind === 'ok' ? reading.options : null;
}

/**
 * Only the own-result bit of a valid code, or null when the code is not valid. For checking a
 * stored workshop: older workshops have random questionnaire bits, which must not make them fail.
 */
export function hidesOwnResult(code: string): boolean | null {
  const values = workshopCodeValues(normaliseWorkshopCode(code));
  return values ? ((values[0] ?? 0) & HIDE_BIT) === HIDE_BIT : null;
}

/** "ABC-DEF" reads better aloud and on a projector than "ABCDEF". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
