/**
 * Who the professional works with (decision 85). The statements, the result and the About page
 * name that person with the word the professional chose: "cliënt" in care, "jongere" in youth
 * work, and so on. The word changes no act: every statement holds in every field, so a result
 * scores the same whatever word it was answered with.
 *
 * Only "de"-words in Dutch and words that take "a" in English are on the list: the statements say
 * "een cliënt", "de cliënt" and "a client", and a word like "kind" (het) would break them.
 * "Deelnemer" is not on it: it names the participant of a workshop (docs/glossary.md).
 */
export const PERSON_WORDS = ['client', 'youth', 'resident', 'pupil', 'patient', 'visitor'] as const;

export type PersonWord = (typeof PERSON_WORDS)[number];

/** The word of every text before decision 85, and of a join link that carries none. */
export const DEFAULT_PERSON_WORD: PersonWord = 'client';

/** The word a stored value or an address names, or the default for anything else. */
export function readPersonWord(value: unknown): PersonWord {
  return (PERSON_WORDS as readonly unknown[]).includes(value) ? (value as PersonWord) : DEFAULT_PERSON_WORD;
}

/** True for a value that names a word on the list (an unknown value is not silently "client"). */
export function isPersonWord(value: unknown): value is PersonWord {
  return (PERSON_WORDS as readonly unknown[]).includes(value);
}
