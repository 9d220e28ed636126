import { generateWorkshopCode, normaliseWorkshopCode, workshopCodeFromValues, workshopCodeValues } from '../codec/workshop-code';

/**
 * The workshop code also carries the facilitator's one choice that a participant's phone must
 * know: whether participants see their own result. It sits in the lowest bit of the first
 * symbol, so a code typed by hand works exactly like a scanned join link (no server to ask).
 * That leaves 16 · 32⁴ ≈ 16.8 million codes, plenty for one facilitator's workshops.
 */
export interface WorkshopOptions {
  /** True when results are shown only together, on the facilitator's screen. */
  readonly hideOwnResult: boolean;
}

export function createJoinCode(random: () => number, options: WorkshopOptions): string {
  const values = workshopCodeValues(generateWorkshopCode(random)) ?? [0, 0, 0, 0, 0];
  const [first = 0, ...rest] = values;
  const flagged = (first & ~1) | (options.hideOwnResult ? 1 : 0);
  return workshopCodeFromValues([flagged, ...rest]);
}

/** The options a valid code carries, or null when the code is not valid. */
export function joinCodeOptions(code: string): WorkshopOptions | null {
  const values = workshopCodeValues(normaliseWorkshopCode(code));
  if (!values) return null;
  return { hideOwnResult: ((values[0] ?? 0) & 1) === 1 };
}

/** "ABC-DEF" reads better aloud and on a projector than "ABCDEF". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
