import type { Instrument, LikertItem, ScaleDefinition } from './types';

/**
 * The client's voice (docs/client.md): 12 statements a client answers about their professional,
 * and the professional's mirror form with the same statements in the first person. Client views
 * are compared with the mirror form only, never with the 16-statement self-check: only the same
 * statements on the same answer scale can be put side by side, statement by statement.
 *
 * Each scale has 3 `plus` and 3 `minus` statements, balanced by content (a `minus` statement
 * describes a real behaviour from the other side of the window, never a negation). The texts take
 * the word the client uses for the professional (`{{word}}`: begeleider, coach, …) and live in
 * `locales/<lng>/instrument.json` under `clientCheck.items` and `clientMirror.items`.
 *
 * Clients agree more readily than professionals (acquiescence), so both scales are scored
 * `keyingBalanced`: the mean of the `plus` mean and the `minus` mean. The same answer on every
 * statement then gives exactly 50 whatever is skipped, and the completeness rule (2 of 3 of each
 * keying: one "weet ik niet" of each kind is allowed) never lets a pattern leave the middle zone.
 *
 * ORDER MATTERS: this is the order shown and the order encoded in result codes. Odd positions
 * support, even positions expectations, keying alternating in pairs, so any 8 first statements
 * are balanced too.
 */
const items: readonly LikertItem[] = [
  // Listens well.
  { id: 'k01', scale: 'support', keying: 'plus' },
  // Asks me to arrange things myself.
  { id: 'k02', scale: 'expectations', keying: 'plus' },
  // Pays more attention to the rules than to me.
  { id: 'k03', scale: 'support', keying: 'minus' },
  // Does things for me that I can do myself.
  { id: 'k04', scale: 'expectations', keying: 'minus' },
  // Helps me when something is hard.
  { id: 'k05', scale: 'support', keying: 'plus' },
  // Speaks to me when I cross a line.
  { id: 'k06', scale: 'expectations', keying: 'plus' },
  // Is in a hurry when I tell something.
  { id: 'k07', scale: 'support', keying: 'minus' },
  // Lets me do anything I like.
  { id: 'k08', scale: 'expectations', keying: 'minus' },
  // Says so when something goes well.
  { id: 'k09', scale: 'support', keying: 'plus' },
  // Holds me to what we decided together.
  { id: 'k10', scale: 'expectations', keying: 'plus' },
  // Grumbles when I make a mistake.
  { id: 'k11', scale: 'support', keying: 'minus' },
  // Forgets what we decided together.
  { id: 'k12', scale: 'expectations', keying: 'minus' },
];

const scales: readonly ScaleDefinition[] = [
  { id: 'support', completeness: { minShare: 2 / 3, perKeying: true }, keyingBalanced: true },
  { id: 'expectations', completeness: { minShare: 2 / 3, perKeying: true }, keyingBalanced: true },
];

/** What a client answers about their professional ("Mijn begeleider luistert goed naar mij."). */
export const CLIENT_CHECK: Instrument = {
  id: 'client-check',
  version: 1,
  answerScale: { id: 'frequency', points: [1, 2, 3, 4, 5], notApplicable: true },
  scales,
  window: { support: 'support', expectations: 'expectations' },
  items,
};

/** The professional's mirror form: the same statements and scale ("Ik luister goed naar mijn cliënt."). */
export const CLIENT_MIRROR: Instrument = { ...CLIENT_CHECK, id: 'client-mirror', version: 1 };
