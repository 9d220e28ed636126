import { readRaw, removeRaw, writeRaw } from './storage';
import { DEFAULT_PERSON_WORD, readPersonWord, type PersonWord } from '../model/people/person-word';

/** Where the facilitator says the app is hosted, for a copy opened as a file (a setting, on this device). */
export const APP_ADDRESS_KEY = 'modusspiegel:app-address';

/** An http(s) address without its fragment, or null when the text is not one. */
export function parseAppAddress(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

export function storedAppAddress(): string | null {
  const raw = readRaw(APP_ADDRESS_KEY);
  return raw === null ? null : parseAppAddress(raw);
}

/** Saves the address (or forgets it with null); false when storage refused it. */
export function saveAppAddress(address: string | null): boolean {
  if (address === null) {
    removeRaw(APP_ADDRESS_KEY);
    return true;
  }
  return writeRaw(APP_ADDRESS_KEY, address);
}

/**
 * The address a participant's phone opens: this same static app, with the workshop code in the
 * fragment. A fragment is never sent to any server, so the code stays on the devices.
 *
 * A copy opened as a file (the single-file build on a USB stick) has a file:// address that no
 * phone can open: it uses the address the facilitator configured, and without one there is none
 * (null), so the page offers the shared device instead.
 */
export function joinUrl(
  code: string,
  location: Pick<Location, 'origin' | 'pathname' | 'protocol'> = window.location,
  configured: string | null = storedAppAddress(),
  personWord: PersonWord = DEFAULT_PERSON_WORD,
): string | null {
  const route = `#/join/${code}${personWordQuery(personWord)}`;
  if (location.protocol === 'file:') return configured ? `${configured}${route}` : null;
  return `${location.origin}${location.pathname}${route}`;
}

/** The name of the join address's parameter that carries who the participants work with. */
export const PERSON_WORD_PARAM = 'w';

/**
 * The word for the person worked with, in the join address (decision 85): `?w=youth`. The code
 * cannot hold it (six characters, decision 6), and the fragment never reaches a server. "cliënt"
 * is left out, so the address of such a workshop is the one it always was.
 */
export function personWordQuery(word: PersonWord): string {
  return word === DEFAULT_PERSON_WORD ? '' : `?${PERSON_WORD_PARAM}=${word}`;
}

/** The word a join address names; "cliënt" for an address without one (older links) or with an unknown one. */
export function personWordOf(search: URLSearchParams): PersonWord {
  return readPersonWord(search.get(PERSON_WORD_PARAM));
}
