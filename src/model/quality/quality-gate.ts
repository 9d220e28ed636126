/**
 * The gate of "Does the questionnaire hold?" (docs/quality.md §1): a form is shown from 100 people
 * in 10 teams. Apart from the counting (quality-data.ts), so the page can say what a form still
 * needs without loading what counts.
 */

/** Shown only from this many people in this many teams (issue 23). */
export const QUALITY_GATE = { people: 100, teams: 10 } as const;

/** The counts a form has reached. */
export interface FormCounts {
  /** Complete results in the teams that count. */
  readonly people: number;
  /** Workshops (not demo) at or above their minimum for this form. */
  readonly teams: number;
  /** Workshops (not demo) that hold the form but stay below their minimum: left out. */
  readonly teamsBelowMinimum: number;
}

/** True when a form has reached the gate. */
export function passesGate(counts: FormCounts): boolean {
  return counts.people >= QUALITY_GATE.people && counts.teams >= QUALITY_GATE.teams;
}

/** What a form still needs to reach the gate: people and teams, 0 when reached. */
export function stillNeeded(counts: FormCounts): { readonly people: number; readonly teams: number } {
  return { people: Math.max(0, QUALITY_GATE.people - counts.people), teams: Math.max(0, QUALITY_GATE.teams - counts.teams) };
}
