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
  // Speaks to me when I cross a line (version 1 only; k13 in version 2).
  { id: 'k06', scale: 'expectations', keying: 'plus' },
  // Is in a hurry when I tell something.
  { id: 'k07', scale: 'support', keying: 'minus' },
  // Lets me do anything I like.
  { id: 'k08', scale: 'expectations', keying: 'minus' },
  // Says so when something goes well.
  { id: 'k09', scale: 'support', keying: 'plus' },
  // Holds me to what we decided together (version 1 only; k14 in version 2).
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

/**
 * Client form version 1: what a client answers about their professional ("Mijn begeleider
 * luistert goed naar mij."). Kept for conversations begun with it (docs/client.md, "Form
 * versions"); new conversations use version 2.
 */
export const CLIENT_CHECK: Instrument = {
  id: 'client-check',
  version: 1,
  answerScale: { id: 'frequency', points: [1, 2, 3, 4, 5], notApplicable: true },
  scales,
  window: { support: 'support', expectations: 'expectations' },
  items,
};

/** The professional's mirror form of version 1: the same statements and scale ("Ik luister goed naar mijn cliënt."). */
export const CLIENT_MIRROR: Instrument = { ...CLIENT_CHECK, id: 'client-mirror', version: 1 };

/**
 * Client form version 2 (decision 88): statements 6 and 10 of version 1 were hard at A2. "Spreekt
 * mij aan als ik over een grens ga" held two idioms and assumed that the client crosses lines;
 * "houdt mij aan wat we samen besloten hebben" was an idiom too. Their places take new statements
 * with new ids (an id always names one text, as in self-check version 2), on the same scale with
 * the same keying, so the balance by position stays as it was:
 * - k13 (place 6, expectations, `plus`): says clearly what is allowed: the limit, true for a
 *   client who never crosses one;
 * - k14 (place 10, expectations, `plus`): asks whether I did what I was going to do: the
 *   structure, without "houden aan".
 * The other ten statements, the scales and the scoring are those of version 1.
 */
const itemsV2: readonly LikertItem[] = items.map((item) =>
  item.id === 'k06' ? { ...item, id: 'k13' } : item.id === 'k10' ? { ...item, id: 'k14' } : item,
);

/** Client form version 2: what a client answers about their professional. */
export const CLIENT_CHECK_V2: Instrument = { ...CLIENT_CHECK, version: 2, items: itemsV2 };

/** The mirror form of version 2: the same statements as the client's, in the first person. */
export const CLIENT_MIRROR_V2: Instrument = { ...CLIENT_CHECK_V2, id: 'client-mirror', version: 2 };

/** The versions of the client form a conversation can hold. A conversation holds one, for all its results. */
export const CLIENT_FORM_VERSIONS = [1, 2] as const;
export type ClientFormVersion = (typeof CLIENT_FORM_VERSIONS)[number];

/** The version a new conversation uses. */
export const CURRENT_CLIENT_FORM: ClientFormVersion = 2;

/** The client's form and the mirror form of one version. */
export function clientForms(version: ClientFormVersion): { readonly check: Instrument; readonly mirror: Instrument } {
  return version === 2 ? { check: CLIENT_CHECK_V2, mirror: CLIENT_MIRROR_V2 } : { check: CLIENT_CHECK, mirror: CLIENT_MIRROR };
}

export function isClientFormVersion(value: unknown): value is ClientFormVersion {
  return (CLIENT_FORM_VERSIONS as readonly unknown[]).includes(value);
}
