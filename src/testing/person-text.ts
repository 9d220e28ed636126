import nlCommon from '../../locales/nl/common.json';
import enCommon from '../../locales/en/common.json';
import type { PersonWord } from '../model/people/person-word';

/**
 * A locale text as the app shows it for a chosen word for the person worked with (decision 85):
 * the nested `$t(common:person.word|words)` replaced by that word. For tests that compare the
 * page with the locale files.
 */
export function withPersonWord(text: string, lng: 'nl' | 'en', word: PersonWord = 'client'): string {
  const person = (lng === 'nl' ? nlCommon : enCommon).person as Record<string, unknown>;
  const pick = (key: 'word' | 'words') => String(person[word === 'client' ? key : `${key}_${word}`]);
  return text.replaceAll('$t(common:person.words)', pick('words')).replaceAll('$t(common:person.word)', pick('word'));
}
