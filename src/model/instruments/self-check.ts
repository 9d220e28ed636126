import type { AnswerScale, Instrument } from './types';

/** Five points from helemaal oneens to helemaal eens, without a "does not apply" answer. */
export const AGREEMENT_SCALE: AnswerScale = { id: 'agreement', points: [1, 2, 3, 4, 5], notApplicable: false };

/**
 * The professional self-check, version 1: 16 statements, 8 per axis, 4 `plus` and 4 `minus` on
 * each axis, and 4 statements that illustrate each mode. The texts live in
 * `locales/<lng>/instrument.json` under `selfCheck.items.<id>`; the full item table with both
 * languages is in docs/scoring.md.
 *
 * Why this shape (see docs/scoring.md for the whole argument):
 * - 8 per axis is the top of the 5–8 range for professionals (DOMAIN.md §7) and gives an exact
 *   balance: someone who answers the same value everywhere scores exactly 50 on both axes.
 * - `minus` statements describe the opposite behaviour in positive words (a DOOR or NIET
 *   behaviour on the support axis, a VOOR or NIET behaviour on the expectations axis); no
 *   statement is a negation, because negated items are misread by about one person in five.
 * - Axes alternate (odd ids: support, even ids: expectations), and the keying within an axis is
 *   mixed, so stopping early still leaves a balanced set and consecutive screens differ.
 *
 * ORDER MATTERS: this is the order shown and the order encoded in result codes. Changing items,
 * order or keying needs a new version; old results keep the version they were made with.
 */
/**
 * The two scales of every self-check version: keying-balanced (the mean of the `plus` mean and the
 * `minus` mean), with at least 2 of the 4 `plus` and 2 of the 4 `minus` statements answered. The
 * same answer on every statement then gives exactly 50 whatever is skipped, so two honest "does
 * not apply" answers never remove the window (decision 62, docs/scoring.md §2). A result with every
 * statement answered keeps its score: with 4 + 4 answered both means give the plain mean.
 *
 * The rules changed after version 1 and 2 were in use (docs/scoring.md, "What changed for old
 * results"): old results are re-scored with them, as with every corrected rule, because only
 * answers are stored (decision 3).
 */
export const SELF_CHECK_SCALES: Instrument['scales'] = [
  { id: 'support', completeness: { minShare: 0.5, perKeying: true }, keyingBalanced: true },
  { id: 'expectations', completeness: { minShare: 0.5, perKeying: true }, keyingBalanced: true },
];

export const SELF_CHECK: Instrument = {
  id: 'self-check',
  version: 1,
  answerScale: AGREEMENT_SCALE,
  scales: SELF_CHECK_SCALES,
  window: { support: 'support', expectations: 'expectations' },
  items: [
    // Listens when a client tells something difficult.
    { id: 's01', scale: 'support', keying: 'plus', illustrates: 'MET' },
    // Agrees clear goals together and checks them later.
    { id: 's02', scale: 'expectations', keying: 'plus', illustrates: 'MET' },
    // Missed appointment: notes it in the file and moves on.
    { id: 's03', scale: 'support', keying: 'minus', illustrates: 'NIET' },
    // Task is hard for the client: does it for them.
    { id: 's04', scale: 'expectations', keying: 'minus', illustrates: 'VOOR' },
    // Worried client: reassures them, "I am here to help".
    { id: 's05', scale: 'support', keying: 'plus', illustrates: 'VOOR' },
    // Expects little change any more from a long-term client.
    { id: 's06', scale: 'expectations', keying: 'minus', illustrates: 'NIET' },
    // Fight in the group: sends the young person away; the reason matters less.
    { id: 's07', scale: 'support', keying: 'minus', illustrates: 'DOOR' },
    // Holds a client to the house rules, even when the client gets angry.
    { id: 's08', scale: 'expectations', keying: 'plus', illustrates: 'DOOR' },
    // Asks how a client is really doing, beyond the plan.
    { id: 's09', scale: 'support', keying: 'plus', illustrates: 'MET' },
    // Expects the client to do part of the work (a form, a phone call).
    { id: 's10', scale: 'expectations', keying: 'plus', illustrates: 'MET' },
    // Client gets angry or sad: keeps the conversation short and businesslike.
    { id: 's11', scale: 'support', keying: 'minus', illustrates: 'NIET' },
    // Young person finds an agreement hard: changes it quickly to keep things pleasant.
    { id: 's12', scale: 'expectations', keying: 'minus', illustrates: 'VOOR' },
    // Client has a hard time: phones in between appointments.
    { id: 's13', scale: 'support', keying: 'plus', illustrates: 'VOOR' },
    // A plan stalls: waits until the client gets in touch again.
    { id: 's14', scale: 'expectations', keying: 'minus', illustrates: 'NIET' },
    // Client keeps arriving late: looks at the rules more than at the client's life.
    { id: 's15', scale: 'support', keying: 'minus', illustrates: 'DOOR' },
    // Client breaks an agreement: raises it the same day.
    { id: 's16', scale: 'expectations', keying: 'plus', illustrates: 'DOOR' },
  ],
};
