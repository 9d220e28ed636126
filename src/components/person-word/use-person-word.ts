import { useTranslation } from 'react-i18next';
import { usePersonWordStore } from '../../stores/person-word-store';
import type { PersonWord } from '../../model/people/person-word';

/** A text by its full key ("ns:key", or keys to try in turn), naming the person worked with by the chosen word. */
export type PersonText = (key: string | readonly string[], values?: Readonly<Record<string, unknown>>) => string;

/**
 * Texts that name the person worked with (decision 85). Such a text nests
 * `$t(common:person.word)`, and a nested text inherits the context of the text around it, so
 * `t(key, { context: 'youth' })` reads "jongere". Without a context a text reads "cliënt", as
 * before: a text shown anywhere this hook is not used stays correct.
 *
 * The key is a plain string: i18next's key types allow a context only on keys that have context
 * variants themselves, and these texts have none (the nested word has).
 */
export function usePersonText(word?: PersonWord): PersonText {
  const { t } = useTranslation();
  const chosen = usePersonWordStore((s) => s.word);
  const context = word ?? chosen;
  return (key, values) => String(t(key as never, { ...values, context } as never));
}
