import { create } from 'zustand';
import { readRaw, removeRaw, writeRaw } from '../lib/storage';
import { DEFAULT_PERSON_WORD, readPersonWord, type PersonWord } from '../model/people/person-word';
import { syncAcrossTabs } from './sync-tabs';

/** Who the professional works with (decision 85): one word, kept on this device only. */
export const PERSON_WORD_KEY = 'modusspiegel:person-word';

interface PersonWordState {
  word: PersonWord;
  /** True once the professional chose (the default "cliënt" included): the choice is then not offered first. */
  chosen: boolean;
  choose: (word: PersonWord) => void;
  /** Back to "cliënt", as if never chosen ("erase all my data"). */
  forget: () => void;
}

function stored(): Pick<PersonWordState, 'word' | 'chosen'> {
  const raw = readRaw(PERSON_WORD_KEY);
  // Anything else than a word on the list reads as never chosen: a plain string, no parse to fail.
  return raw === null ? { word: DEFAULT_PERSON_WORD, chosen: false } : { word: readPersonWord(raw), chosen: readPersonWord(raw) === raw };
}

export const usePersonWordStore = create<PersonWordState>()((set) => ({
  ...stored(),
  choose: (word) => {
    // Shown at once even when storage refuses it: the choice then lasts for this visit.
    writeRaw(PERSON_WORD_KEY, word);
    set({ word, chosen: true });
  },
  forget: () => {
    removeRaw(PERSON_WORD_KEY);
    set({ word: DEFAULT_PERSON_WORD, chosen: false });
  },
}));

// Another tab's choice shows here too.
syncAcrossTabs(PERSON_WORD_KEY, { persist: { rehydrate: () => usePersonWordStore.setState(stored()) } });
