import { describe, expect, it } from 'vitest';

/**
 * Plain Dutch (B1) in every text a user reads: short sentences, no jargon. Dutch is the first
 * language; the English texts follow it, as natural British English (the phrases that sound
 * translated are listed below). See docs/glossary.md for the words we use instead.
 */
type Json = { [key: string]: Json | string };
const files = import.meta.glob<Json>('../../locales/nl/*.json', { eager: true, import: 'default' });

function flatten(obj: Json, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

/** Every Dutch text as `namespace:key` → text. */
const dutch: [string, string][] = Object.entries(files).flatMap(([path, json]) => {
  const ns = /\/([^/]+)\.json$/.exec(path)?.[1] ?? '';
  return flatten(json).map(([key, text]) => [`${ns}:${key}`, text] as [string, string]);
});

const MAX_WORDS = 20;

/**
 * The statements of self-check version 1 (s01–s16) are frozen: results made with that version
 * keep their statements, and an id always names one text (docs/scoring.md, "Self-check version 2").
 * Version 2 replaced them; its statements (s17–s32) are checked like every other text.
 */
const FROZEN = /^instrument:selfCheck\.items\.s(0[1-9]|1[0-6])$/;

/** Sentences end at . ! ? (not inside a number such as 0,7 or a variable) and at line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Words are runs without spaces; a {{variable}} counts as one word. */
export function wordCount(sentence: string): number {
  return sentence
    .replace(/\{\{[^}]*\}\}/g, 'X')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Words a B1 reader trips over, or that judge a person. Each is matched as a whole word, case
 * does not matter unless said. The plain words to use instead are in the comment.
 */
const JARGON: { word: string; pattern: RegExp; instead: string }[] = [
  { word: 'spreiding', pattern: /\bspreiding/i, instead: 'hoe ver uit elkaar' },
  { word: 'SD', pattern: /\bSD\b/, instead: 'hoe ver uit elkaar' },
  { word: 'standaardafwijking', pattern: /standaardafwijking/i, instead: 'hoe ver uit elkaar' },
  { word: 'rwg', pattern: /\br\*?wg\b|rwg/i, instead: 'overeenstemming, in woorden' },
  { word: 'acquiescentie', pattern: /acquiescent/i, instead: 'snel "eens" zeggen' },
  { word: 'klinisch', pattern: /klinisch/i, instead: 'afstandelijk' },
  { word: 'uitspraak', pattern: /\buitspra(ak|ken)\b/i, instead: 'stelling' },
  { word: 'item', pattern: /\bitems?\b/i, instead: 'stelling' },
  { word: 'as', pattern: /\b(as|assen)\b/i, instead: 'steun of verwachtingen' },
  { word: 'dimensie', pattern: /\bdimensie/i, instead: 'schaal of element' },
  { word: 'respondent', pattern: /\brespondent/i, instead: 'deelnemer' },
  { word: 'Likert', pattern: /\blikert/i, instead: 'antwoordschaal' },
  // The professional terms of the window judge a person: only the About page names them, and explains them.
  { word: 'paternalistisch', pattern: /paternalist/i, instead: 'voor de ander bepalen' },
  { word: 'verwaarlozend', pattern: /verwaarloz/i, instead: 'weinig steun en weinig verwachtingen' },
  { word: 'bestraffend', pattern: /bestraff/i, instead: 'veel verwachtingen, weinig steun' },
  { word: 'autoritair', pattern: /autorit/i, instead: 'van bovenaf bepalen' },
  { word: 'onverantwoordelijk', pattern: /onverantwoordelijk/i, instead: 'langs de ander heen' },
  { word: 'toegevend', pattern: /\btoegevend/i, instead: 'veel steun, weinig verwachtingen' },
  { word: 'gezaghebbend', pattern: /gezaghebbend/i, instead: 'samen met de ander' },
];

/**
 * Texts a client reads (A2 readers among them, decision 89): the client's start, form, end screen,
 * read-aloud, withdrawal and the screens at the table after the device is handed over. At most
 * 12 words a sentence, and a statement is a "vraag" to them, never a "stelling".
 */
const CLIENT_TEXT =
  /^client:(phone|together|withdraw|readAloud)\.|^client:table\.(forClient|done|notSaved|stays|whoSees|review|give|takeBack|takenBack|return|held|saveIn|saveReplacing)|^instrument:clientCheck\.|^instrument:answerScales\.frequency\.|^questionnaire:(client\.|instructionFor\.frequency)/;
const CLIENT_MAX_WORDS = 12;

/** Keys that may name the professional terms, because they explain them. */
const ALLOWED: { key: RegExp; words: string[] }[] = [
  {
    key: /^about:/,
    words: ['paternalistisch', 'verwaarlozend', 'bestraffend', 'autoritair', 'onverantwoordelijk', 'toegevend', 'gezaghebbend'],
  },
];

/** The workshop's leader is the gespreksleider; "begeleider" is only the care worker a client sees. */
const WORKSHOP_TEXT = /^(workshop|participant|team|intake|script):|^home:workshop/;
const WORKSHOP_WORDS: { word: string; pattern: RegExp }[] = [
  { word: 'begeleider', pattern: /\bbegeleider/i },
  { word: 'trainer', pattern: /\btrainer/i },
];

const allowed = (key: string, word: string) => ALLOWED.some((a) => a.key.test(key) && a.words.includes(word));

describe('plain Dutch', () => {
  it('counts words and splits sentences the way a reader does', () => {
    expect(sentences('Vanaf 0,7 noemen we het veel. Daaronder: geen.\nKlaar!')).toEqual(['Vanaf 0,7 noemen we het veel', 'Daaronder: geen', 'Klaar']);
    expect(wordCount('{{count}} van minimaal {{min}} resultaten · binnen')).toBe(6);
  });

  it(`keeps every Dutch sentence at ${MAX_WORDS} words or fewer`, () => {
    const long = dutch
      .filter(([key]) => !FROZEN.test(key))
      .flatMap(([key, text]) =>
      sentences(text)
        .filter((s) => wordCount(s) > MAX_WORDS)
        .map((s) => `${key} (${wordCount(s)}): ${s}`),
    );
    expect(long).toEqual([]);
  });

  it(`keeps every sentence a client reads at ${CLIENT_MAX_WORDS} words or fewer, and calls a statement a vraag`, () => {
    const clientTexts = dutch.filter(([key]) => CLIENT_TEXT.test(key));
    // The pattern must keep finding the client's texts, or this test would pass on nothing.
    expect(clientTexts.map(([key]) => key)).toEqual(expect.arrayContaining(['client:phone.what', 'instrument:clientCheck.items.k13', 'client:together.intro', 'questionnaire:client.notEnough_other']));
    const long = clientTexts.flatMap(([key, text]) =>
      sentences(text)
        .filter((s) => wordCount(s) > CLIENT_MAX_WORDS)
        .map((s) => `${key} (${wordCount(s)}): ${s}`),
    );
    expect(long).toEqual([]);
    expect(clientTexts.filter(([, text]) => /\bstelling/i.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('uses no jargon and no judging words outside the texts that explain them', () => {
    const found = dutch.flatMap(([key, text]) =>
      JARGON.filter((j) => j.pattern.test(text) && !allowed(key, j.word)).map((j) => `${key}: "${j.word}" (use: ${j.instead})`),
    );
    expect(found).toEqual([]);
  });

  it('reads the script (draaiboek) of issue 22 with the rest: its questions are said aloud to a team', () => {
    // The globs pick up every namespace; this fails if the script's texts ever move out of reach.
    expect(dutch.map(([key]) => key)).toEqual(expect.arrayContaining(['script:steps.climate.questions.agreedCold', 'script:avoid.whose']));
    expect(dutch.filter(([key]) => WORKSHOP_TEXT.test(key) && key.startsWith('script:')).length).toBeGreaterThan(50);
  });

  it('calls the workshop leader the gespreksleider', () => {
    const found = dutch.flatMap(([key, text]) =>
      WORKSHOP_TEXT.test(key) ? WORKSHOP_WORDS.filter((w) => w.pattern.test(text)).map((w) => `${key}: "${w.word}"`) : [],
    );
    expect(found).toEqual([]);
  });

  it('checks the jargon list itself', () => {
    const hits = (text: string) => JARGON.filter((j) => j.pattern.test(text)).map((j) => j.word);
    expect(hits('De spreiding op de as')).toEqual(['spreiding', 'as']);
    expect(hits('Overeenstemming (r*wg) en SD')).toEqual(['SD', 'rwg']);
    expect(hits('Dat was het. Hij las het, alsof het vast stond.')).toEqual([]);
  });
});

/** Every English text as `namespace:key` → text. */
const englishFiles = import.meta.glob<Json>('../../locales/en/*.json', { eager: true, import: 'default' });
const english: [string, string][] = Object.entries(englishFiles).flatMap(([path, json]) => {
  const ns = /\/([^/]+)\.json$/.exec(path)?.[1] ?? '';
  return flatten(json).map(([key, text]) => [`${ns}:${key}`, text] as [string, string]);
});

/**
 * English that reads as translated Dutch (issue 21, decision 90). Each was seen by a reader; the
 * words to write instead are in docs/glossary.md, "English that sounds translated".
 */
const TRANSLATED: { phrase: string; pattern: RegExp }[] = [
  { phrase: 'Expectations (control)', pattern: /\(control\)/i },
  { phrase: 'Place (as a label)', pattern: /^Place( in the window)?$/ },
  { phrase: 'There your answers', pattern: /\bthere your answers\b/i },
  { phrase: 'All your results, and saving a copy', pattern: /\ball your results, and saving\b/i },
  { phrase: 'Restorative means you make the other person stronger', pattern: /\bmake the other person stronger\b/i },
  { phrase: 'when I tell something', pattern: /\btells? something\b/i },
  { phrase: 'How do you find', pattern: /\bhow do you find\b/i },
  { phrase: 'speaks to me when I cross a line', pattern: /\bspeaks? to (me|my client|them) when\b/i },
  { phrase: 'lies at / lay at (ligt)', pattern: /\b(lies|lay) (at|in|between|around)\b/i },
  { phrase: 'in half a year', pattern: /\bhalf a year\b/i },
  { phrase: 'per mode / per element (in a sentence)', pattern: /\bper (mode|element|statement|scale)\b/i },
  { phrase: 'caring that', pattern: /\bcaring that\b/i },
  { phrase: 'Careful: (let op)', pattern: /\bCareful:/ },
  { phrase: 'Do you …? Then …', pattern: /\? Then\b/ },
  { phrase: 'appears from 5 (vanaf)', pattern: /\b(appears?|is there) from\b|\bfrom \d+ (points|steps)\b/i },
];

describe('natural English', () => {
  it('keeps every phrase that sounds translated out of the English texts', () => {
    const found = english
      .filter(([key]) => !FROZEN.test(key))
      .flatMap(([key, text]) =>
        TRANSLATED.filter((p) => p.pattern.test(text)).map(
          (p) => `${key}: "${p.phrase}" in "${text}"`,
        ),
      );
    expect(found).toEqual([]);
  });

  it('reads the English script with the rest', () => {
    expect(english.map(([key]) => key)).toEqual(expect.arrayContaining(['script:steps.climate.questions.agreedCold', 'script:avoid.whose']));
  });

  it('checks the phrase list itself against what readers tripped over', () => {
    const hits = (text: string) => TRANSLATED.filter((p) => p.pattern.test(text)).map((p) => p.phrase);
    expect(hits('Expectations (control)')).toEqual(['Expectations (control)']);
    expect(hits('Place')).toEqual(['Place (as a label)']);
    expect(hits('Grey band: between modes. There your answers do not clearly point to one mode.')).toEqual(['There your answers']);
    expect(hits('My care worker is in a hurry when I tell something.')).toEqual(['when I tell something']);
    expect(hits('How do you find your coach?')).toEqual(['How do you find']);
    expect(hits('The team’s centre lies in MET (WITH).')).toEqual(['lies at / lay at (ligt)']);
    // Natural English passes: a place to write, a position, telling someone something.
    expect(hits('Room to write, in place of the old answers. Position in the window.')).toEqual([]);
    expect(hits('When a client tells me something, I give them my full attention.')).toEqual([]);
    expect(hits('What do you think of your coach? The average appears once there are 5 results.')).toEqual([]);
  });
});
