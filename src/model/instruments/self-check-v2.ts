import { SELF_CHECK_SCALES } from './self-check';
import type { Instrument } from './types';

/**
 * The professional self-check, version 2: 16 new statements (ids s17–s32, so that an id always
 * names one text), 8 per axis, 4 `plus` and 4 `minus` on each axis, 4 statements per mode, and a
 * "does not apply to my work" answer. The texts live in `locales/<lng>/instrument.json` under
 * `selfCheck.items.<id>`; docs/scoring.md ("Self-check version 2") has the full table, the
 * findings on version 1 that led to it and how each is fixed.
 *
 * Rules every statement follows (DOMAIN.md §7, "Writing a statement"):
 * - one act per statement, never an act plus a motive; at most 15 words in Dutch; no negations;
 * - true for any client in any setting (no group, young person, house rules, room, phoning);
 * - "afspraak" is never used (it means both an appointment and an agreement); "verwachten" is
 *   never used either (it reads as a prognosis as well as a demand);
 * - every part of each axis's definition has a `plus` and a `minus` statement on the support
 *   axis (attention, warmth, encouragement, help) and at least one statement on the
 *   expectations axis (asking, limits, structure);
 * - a `minus` statement describes a real behaviour from the other side of the window (a DOOR or
 *   NIET behaviour on the support axis, a VOOR or NIET behaviour on the expectations axis), not a
 *   realistic judgement that a good professional could agree with.
 *
 * The keying and mode pattern by position is the same as in version 1 (odd positions support,
 * even positions expectations; the first 8 statements hold 2 `plus`, 2 `minus` per axis and 2
 * per mode), so stopping early still leaves a balanced set.
 *
 * ORDER MATTERS: this is the order shown and the order encoded in result codes. Changing items,
 * order, keying or rules needs a new version; old results keep the version they were made with.
 */
export const SELF_CHECK_V2: Instrument = {
  id: 'self-check',
  version: 2,
  answerScale: { id: 'agreement', points: [1, 2, 3, 4, 5], notApplicable: true },
  // Keying-balanced, 2 of 4 per keying: the same scales as version 1 (self-check.ts).
  scales: SELF_CHECK_SCALES,
  window: { support: 'support', expectations: 'expectations' },
  items: [
    // Attention: gives full attention when a client tells something.
    { id: 's17', scale: 'support', keying: 'plus', illustrates: 'MET' },
    // Structure: sets clear goals together with the client.
    { id: 's18', scale: 'expectations', keying: 'plus', illustrates: 'MET' },
    // Attention, low: during a conversation, thinks about other work.
    { id: 's19', scale: 'support', keying: 'minus', illustrates: 'NIET' },
    // Asking, low: takes over a task the client finds hard.
    { id: 's20', scale: 'expectations', keying: 'minus', illustrates: 'VOOR' },
    // Warmth: comforts a client who is sad.
    { id: 's21', scale: 'support', keying: 'plus', illustrates: 'VOOR' },
    // Limits, low: looks the other way when a client crosses a line.
    { id: 's22', scale: 'expectations', keying: 'minus', illustrates: 'NIET' },
    // Encouragement, low: answers a client's mistake mainly with criticism.
    { id: 's23', scale: 'support', keying: 'minus', illustrates: 'DOOR' },
    // Limits: holds a client to the rules, even when the client gets angry.
    { id: 's24', scale: 'expectations', keying: 'plus', illustrates: 'DOOR' },
    // Encouragement: encourages a client who tries something new.
    { id: 's25', scale: 'support', keying: 'plus', illustrates: 'MET' },
    // Asking: asks the client to take the next step themselves.
    { id: 's26', scale: 'expectations', keying: 'plus', illustrates: 'MET' },
    // Warmth, low: changes the subject when a client becomes emotional.
    { id: 's27', scale: 'support', keying: 'minus', illustrates: 'NIET' },
    // Limits, low: gives in when a client keeps pushing.
    { id: 's28', scale: 'expectations', keying: 'minus', illustrates: 'VOOR' },
    // Help: quickly makes time when a client needs help.
    { id: 's29', scale: 'support', keying: 'plus', illustrates: 'VOOR' },
    // Structure, low: leaves it at that when a client leaves a task undone.
    { id: 's30', scale: 'expectations', keying: 'minus', illustrates: 'NIET' },
    // Help, low: helps only once the client does what the professional asks.
    { id: 's31', scale: 'support', keying: 'minus', illustrates: 'DOOR' },
    // Structure: checks whether the client has done the tasks in the plan.
    { id: 's32', scale: 'expectations', keying: 'plus', illustrates: 'DOOR' },
  ],
};
