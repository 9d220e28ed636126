import { z } from 'zod/mini';
import { readRaw, removeRaw, STORAGE_PREFIX, writeRaw } from '../lib/storage';
import { MAX_ACTION_WHAT, MAX_ACTION_WHEN, MAX_ACTION_WHO, MAX_ACTIONS, wantedPointSchema } from '../model/workshop/workshop';
import type { TeamPoint } from '../model/team/types';
import type { WorkshopAction } from '../model/workshop/workshop';

/**
 * What the facilitator's view holds but has not yet saved with the workshop: an action typed in
 * the form and not yet added, a wanted point moved less than 0.4 s ago. A tab's unsaved text is
 * data too: it is written here at every keystroke, so a reload (F5) or a closed window gives it
 * back. One small key per workshop, removed with the workshop and by "Wis alles"; never in a
 * file or backup, and never read by the wall.
 */
const keyOf = (workshopId: string) => `${STORAGE_PREFIX}presenting-draft:${workshopId}`;

export interface ActionDraft extends WorkshopAction {
  /** The action being edited (its place in the list), or null for a new one. */
  readonly editing: number | null;
}

export interface PresentingDraft {
  /** A wanted point not yet written; `point` undefined is "taken away". */
  readonly wanted?: { readonly point?: TeamPoint | undefined };
  readonly action?: ActionDraft;
}

const draftSchema = z.object({
  wanted: z.optional(z.object({ point: z.optional(wantedPointSchema) })),
  action: z.optional(
    z.object({
      what: z.string().check(z.maxLength(MAX_ACTION_WHAT)),
      who: z.string().check(z.maxLength(MAX_ACTION_WHO)),
      when: z.string().check(z.maxLength(MAX_ACTION_WHEN)),
      editing: z.nullable(z.number().check(z.int(), z.gte(0), z.lt(MAX_ACTIONS))),
    }),
  ),
});

/** The draft of a workshop; empty when there is none or what is stored is not one. */
export function readDraft(workshopId: string): PresentingDraft {
  const raw = readRaw(keyOf(workshopId));
  if (raw === null) return {};
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Keeps (or, with undefined, forgets) one part of the draft; the key goes when nothing is left. */
export function keepDraft<K extends keyof PresentingDraft>(workshopId: string, part: K, value: PresentingDraft[K] | undefined): void {
  const next: PresentingDraft = { ...readDraft(workshopId), [part]: value };
  if (next.wanted === undefined && next.action === undefined) removeRaw(keyOf(workshopId));
  else writeRaw(keyOf(workshopId), JSON.stringify(next));
}
