import { describe, expect, it } from 'vitest';
import nlCommon from '../../locales/nl/common.json';
import enCommon from '../../locales/en/common.json';
import { PERSON_WORDS } from '../../src/model/people/person-word';

/**
 * The words decision 86 took out of the texts people read, and the rule of decision 85: the
 * person worked with is named by the professional's own choice, never by a word written into a
 * text. docs/glossary.md has the words to use instead.
 */
type Json = { [key: string]: Json | string };
const files = import.meta.glob<Json>('../../locales/*/*.json', { eager: true, import: 'default' });

function flatten(obj: Json, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

function texts(lng: 'nl' | 'en'): [string, string][] {
  return Object.entries(files)
    .filter(([path]) => path.includes(`/locales/${lng}/`))
    .flatMap(([path, json]) => {
      const ns = /\/([^/]+)\.json$/.exec(path)?.[1] ?? '';
      return flatten(json).map(([key, text]) => [`${ns}:${key}`, text] as [string, string]);
    });
}

/** Self-check version 1 is frozen: its results keep their statements (docs/scoring.md). */
const FROZEN = /^instrument:selfCheck\.items\.s(0[1-9]|1[0-6])$/;

const FORBIDDEN_NL: { word: string; pattern: RegExp; instead: string; except?: RegExp }[] = [
  // "Modusspiegel" is the app's name; the About page says once where the name comes from.
  { word: 'modus/modi', pattern: /\bmod(us|i)\b/i, instead: 'werkwijze, werkwijzen', except: /^about:origin\.text3$/ },
  { word: 'spaak', pattern: /\bspa(a)?k(en)?\b/i, instead: 'een eigen lijn in de figuur' },
  // The questionnaire-quality table is read beside Cronbach's alpha: there "schaal" is the field's word.
  { word: 'schaal', pattern: /\bscha(a)?l(en)?\b/i, instead: 'onderdeel, of: bij steun en bij verwachtingen', except: /^quality:csv\.scale$/ },
  { word: 'grenzen over', pattern: /grenzen over/i, instead: 'open naar buiten' },
  // Once, in English, on the About page: the words Gratton uses.
  { word: 'hot spot / cold spot', pattern: /\b(hot|cold) ?spots?\b/i, instead: 'warm, koud', except: /^about:climate\.text2$/ },
  // One word per zone of the temperature: "lauw", never "midden" (that is the team's centre).
  { word: 'midden als zone', pattern: /(grijs|grijze|vlak)[^.]*midden|"?midden"? \(tussen 40/i, instead: 'lauw' },
];

describe('the glossary words in every Dutch text', () => {
  const nl = texts('nl');
  it.each(FORBIDDEN_NL)('uses no "$word" (use: $instead)', ({ pattern, except }) => {
    const found = nl.filter(([key, text]) => !FROZEN.test(key) && !except?.test(key) && pattern.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });

  it('names the temperature\'s middle zone "lauw" wherever a level or a band has a word', () => {
    const middle = nl.filter(([key]) => /(level\.middle|bands\.lukewarm)$/.test(key)).map(([, text]) => text.toLowerCase());
    expect(middle.length).toBeGreaterThanOrEqual(3);
    expect(new Set(middle)).toEqual(new Set(['lauw']));
  });
});

/** Every word a professional can choose, in both languages, as the texts nest it. */
const chosenWords = (common: typeof nlCommon | typeof enCommon) =>
  Object.entries(common.person)
    .filter(([key]) => /^words?(_|$)/.test(key))
    .map(([, word]) => word as string);

describe.each([
  ['nl', nlCommon],
  ['en', enCommon],
] as const)('the person worked with, in %s', (lng, common) => {
  const all = texts(lng);
  const words = chosenWords(common);

  it('has a singular and a plural for every word on the list', () => {
    expect(words).toHaveLength(PERSON_WORDS.length * 2);
  });

  it('is never written into a text: statements and explanations nest the chosen word', () => {
    // The client's own questionnaire and the client feature speak to or about clients as such;
    // the list of words itself, and the frozen version 1, are the other exceptions. The privacy
    // page's "visitor" is a visitor of a website.
    const own = /^(common:person\.|privacy:|client:|instrument:client(Check|Mirror)\.|home:clients|common:nav\.clients|history:importClients|workshop:tableTaken|participant:|intake:)/;
    const pattern = new RegExp(`\\b(${words.filter((w) => !['client', 'clients', 'cliënt', 'cliënten'].includes(w)).join('|')})\\b`, 'i');
    const found = all.filter(([key, text]) => !own.test(key) && !FROZEN.test(key) && pattern.test(text)).map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('names the person in the self-check\'s statements only by the chosen word', () => {
    const statements = all.filter(([key]) => /^instrument:selfCheck\.items\./.test(key) && !FROZEN.test(key));
    expect(statements.length).toBe(16);
    const direct = statements.filter(([, text]) => /\bcli(ë|e)nt(en|s)?\b/i.test(text)).map(([key]) => key);
    expect(direct).toEqual([]);
  });
});
