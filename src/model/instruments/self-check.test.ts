import { describe, expect, it } from 'vitest';
import nlInstrument from '../../../locales/nl/instrument.json';
import enInstrument from '../../../locales/en/instrument.json';
import nlModes from '../../../locales/nl/modes.json';
import enModes from '../../../locales/en/modes.json';
import { SELF_CHECK } from './self-check';
import { SELF_CHECK_V2 } from './self-check-v2';
import { INSTRUMENTS } from './registry';
import { AXES, MODES } from './types';
import type { Answers } from './types';
import { scaleScore } from '../scoring/score';
import { withPersonWord } from '../../testing/person-text';

/** Every key path of a nested JSON object, e.g. `selfCheck.items.s01`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** Every string leaf of a nested JSON object. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

const TEXTS = { nl: nlInstrument.selfCheck.items, en: enInstrument.selfCheck.items } as const;

// Negations are misread by about one respondent in five (DOMAIN.md §7); the brief's words plus a
// few close relatives. Matched on the lower-cased text with punctuation turned into spaces.
const NEGATIONS = {
  nl: [' niet ', ' geen ', ' nooit ', ' niemand ', ' niets ', ' zonder '],
  en: [' not ', "n't", ' never ', ' no ', ' nobody ', ' nothing ', ' without ', ' cannot '],
} as const;

function padded(text: string): string {
  return ` ${text.toLowerCase().replace(/[.,;:!?()"]/g, ' ')} `;
}

describe('SELF_CHECK: balance', () => {
  it('has a stable id, version and the keying-balanced rule (2 of 4 per keying)', () => {
    expect(SELF_CHECK.id).toBe('self-check');
    expect(SELF_CHECK.version).toBe(1);
    expect(SELF_CHECK.scales.map((s) => s.id)).toEqual(['support', 'expectations']);
    for (const scale of SELF_CHECK.scales) expect(scale).toMatchObject({ completeness: { minShare: 0.5, perKeying: true }, keyingBalanced: true });
    expect(SELF_CHECK.window).toEqual({ support: 'support', expectations: 'expectations' });
    expect(SELF_CHECK.items.length).toBeGreaterThanOrEqual(16);
    expect(SELF_CHECK.items.length).toBeLessThanOrEqual(20);
  });

  it('has unique ids s01, s02, … in order', () => {
    const ids = SELF_CHECK.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ids.map((_, i) => `s${String(i + 1).padStart(2, '0')}`));
  });

  it.each(AXES)('axis %s has at least 8 statements, plus and minus within 1 of each other', (axis) => {
    const items = SELF_CHECK.items.filter((item) => item.scale === axis);
    const plus = items.filter((item) => item.keying === 'plus').length;
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(Math.abs(plus - (items.length - plus))).toBeLessThanOrEqual(1);
  });

  it('alternates the axes so consecutive screens differ', () => {
    SELF_CHECK.items.slice(1).forEach((item, i) => expect(item.scale).not.toBe(SELF_CHECK.items[i]?.scale));
  });

  it('keys minus statements to the opposite modes of their axis', () => {
    for (const item of SELF_CHECK.items) {
      const high: readonly (string | undefined)[] = item.scale === 'support' ? ['MET', 'VOOR'] : ['MET', 'DOOR'];
      expect(high.includes(item.illustrates)).toBe(item.keying === 'plus');
    }
  });

  it('illustrates every mode equally often', () => {
    const counts = MODES.map((mode) => SELF_CHECK.items.filter((item) => item.illustrates === mode).length);
    expect(new Set(counts).size).toBe(1);
  });
});

describe('SELF_CHECK: texts', () => {
  it.each(['nl', 'en'] as const)('%s has exactly one non-empty text per statement', (lng) => {
    // The texts of every version share `selfCheck.items`; ids never repeat across versions.
    const allIds = INSTRUMENTS.filter((i) => i.id === 'self-check').flatMap((i) => i.items.map((item) => item.id));
    expect(new Set(allIds).size).toBe(allIds.length);
    expect(Object.keys(TEXTS[lng]).sort()).toEqual(allIds.sort());
    for (const item of SELF_CHECK.items) expect(TEXTS[lng]).toHaveProperty(item.id);
    for (const text of Object.values(TEXTS[lng])) expect(text.trim().length).toBeGreaterThan(20);
  });

  it.each(['nl', 'en'] as const)('%s statements contain no negation word', (lng) => {
    for (const [id, text] of Object.entries(TEXTS[lng])) {
      for (const word of NEGATIONS[lng]) {
        expect(padded(text).includes(word), `${lng} ${id} contains "${word.trim()}": ${text}`).toBe(false);
      }
    }
  });

  it('nl and en have identical keys in instrument.json and modes.json', () => {
    expect(keyPaths(enInstrument).sort()).toEqual(keyPaths(nlInstrument).sort());
    expect(keyPaths(enModes).sort()).toEqual(keyPaths(nlModes).sort());
  });

  it('uses only i18next {{name}} interpolation', () => {
    const all = [nlInstrument, enInstrument, nlModes, enModes].flatMap(strings);
    for (const text of all) {
      expect(text.replace(/\{\{[a-zA-Z]+\}\}/g, '')).not.toMatch(/[{}]|\$\{/);
    }
  });

  it('keeps the mode names DOOR, VOOR, NIET, MET in both languages', () => {
    for (const mode of MODES) {
      expect(nlModes[mode].name).toBe(mode);
      expect(enModes[mode].name).toBe(mode);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Version 2 (docs/scoring.md, "Self-check version 2").

const V2_IDS = SELF_CHECK_V2.items.map((item) => item.id);
// As shown: the person worked with named by the chosen word, here the longest (decision 85).
const textsOf = (lng: 'nl' | 'en'): Record<string, string> =>
  Object.fromEntries(Object.entries(TEXTS[lng] as Record<string, string>).map(([id, text]) => [id, withPersonWord(text, lng, lng === 'nl' ? 'resident' : 'youth')]));

// DOMAIN.md §7: true for any client in any setting, one meaning per word.
const SETTING_WORDS_NL = ['jongere', 'groep', 'huisregel', 'kamer', 'afspra', 'tussendoor', 'bellen', 'bel '];
// "verwachten" reads as a prognosis as well as a demand (version 1, s06).
const AMBIGUOUS_NL = ['verwacht'];

describe('SELF_CHECK_V2: balance', () => {
  it('is version 2 of the self-check, with a does-not-apply answer and the keying-balanced rule', () => {
    expect(SELF_CHECK_V2.id).toBe('self-check');
    expect(SELF_CHECK_V2.version).toBe(2);
    expect(SELF_CHECK_V2.answerScale).toEqual({ id: 'agreement', points: [1, 2, 3, 4, 5], notApplicable: true });
    expect(SELF_CHECK_V2.scales).toEqual([
      { id: 'support', completeness: { minShare: 0.5, perKeying: true }, keyingBalanced: true },
      { id: 'expectations', completeness: { minShare: 0.5, perKeying: true }, keyingBalanced: true },
    ]);
    expect(SELF_CHECK_V2.window).toEqual({ support: 'support', expectations: 'expectations' });
  });

  it('has 16 statements with the ids s17 … s32 in order', () => {
    expect(V2_IDS).toEqual(Array.from({ length: 16 }, (_, i) => `s${i + 17}`));
  });

  it('shares no statement id with version 1', () => {
    const v1 = new Set(SELF_CHECK.items.map((item) => item.id));
    for (const id of V2_IDS) expect(v1.has(id)).toBe(false);
  });

  it.each(AXES)('axis %s has 8 statements, 4 plus and 4 minus', (axis) => {
    const items = SELF_CHECK_V2.items.filter((item) => item.scale === axis);
    expect(items.length).toBe(8);
    expect(items.filter((item) => item.keying === 'plus').length).toBe(4);
    expect(items.filter((item) => item.keying === 'minus').length).toBe(4);
  });

  it('puts support on odd positions and expectations on even positions', () => {
    SELF_CHECK_V2.items.forEach((item, i) => expect(item.scale).toBe(i % 2 === 0 ? 'support' : 'expectations'));
  });

  it('mixes the keying within an axis (never more than two equal in a row)', () => {
    for (const axis of AXES) {
      const keys = SELF_CHECK_V2.items.filter((item) => item.scale === axis).map((item) => item.keying);
      keys.slice(2).forEach((key, i) => expect(key === keys[i] && key === keys[i + 1]).toBe(false));
    }
  });

  it('keys minus statements to the opposite modes of their axis', () => {
    for (const item of SELF_CHECK_V2.items) {
      const high: readonly (string | undefined)[] = item.scale === 'support' ? ['MET', 'VOOR'] : ['MET', 'DOOR'];
      expect(high.includes(item.illustrates), item.id).toBe(item.keying === 'plus');
    }
  });

  it('illustrates every mode 4 times, and 2 times in the first 8 statements', () => {
    for (const mode of MODES) {
      expect(SELF_CHECK_V2.items.filter((item) => item.illustrates === mode).length).toBe(4);
      expect(SELF_CHECK_V2.items.slice(0, 8).filter((item) => item.illustrates === mode).length).toBe(2);
    }
  });

  it('is in the registry next to version 1', () => {
    expect(INSTRUMENTS).toContain(SELF_CHECK);
    expect(INSTRUMENTS).toContain(SELF_CHECK_V2);
  });
});

describe('SELF_CHECK_V2: texts', () => {
  it.each(['nl', 'en'] as const)('%s has a non-empty text for every statement', (lng) => {
    for (const id of V2_IDS) {
      const text = textsOf(lng)[id];
      expect(text, `${lng} ${id}`).toBeTypeOf('string');
      expect(text?.trim().length, `${lng} ${id}`).toBeGreaterThan(20);
    }
  });

  it.each(['nl', 'en'] as const)('%s statements contain no negation word', (lng) => {
    for (const id of V2_IDS) {
      const text = textsOf(lng)[id] ?? '';
      for (const word of NEGATIONS[lng]) {
        expect(padded(text).includes(word), `${lng} ${id} contains "${word.trim()}": ${text}`).toBe(false);
      }
    }
  });

  it('Dutch statements have at most 15 words and one sentence', () => {
    for (const id of V2_IDS) {
      const text = textsOf('nl')[id] ?? '';
      expect(text.trim().split(/\s+/).length, `${id}: ${text}`).toBeLessThanOrEqual(15);
      expect(text.replace(/[.?!]$/, ''), `${id} has more than one sentence: ${text}`).not.toMatch(/[.?!]/);
    }
  });

  it('Dutch statements are free of setting-bound and ambiguous words', () => {
    for (const id of V2_IDS) {
      const text = padded(textsOf('nl')[id] ?? '');
      for (const word of [...SETTING_WORDS_NL, ...AMBIGUOUS_NL]) {
        expect(text.includes(word), `nl ${id} contains "${word.trim()}"`).toBe(false);
      }
    }
  });

  it('has no "…, so that …" motive and no "and then" second act', () => {
    for (const id of V2_IDS) {
      expect(padded(textsOf('nl')[id] ?? ''), id).not.toMatch(/ zodat | om te | dan is | en dan | tenminste /);
      expect(padded(textsOf('en')[id] ?? ''), id).not.toMatch(/ so that | and then | at least | that way /);
    }
  });

  it.each(['nl', 'en'] as const)('%s has an intro for version 2 with the {{number}} variable', (lng) => {
    const selfCheck = lng === 'nl' ? nlInstrument.selfCheck : enInstrument.selfCheck;
    expect(selfCheck.introV2).toContain('{{number}}');
    expect(selfCheck.intro).toContain('{{number}}');
  });

  it('keeps the texts of version 1: ids s01 … s16 still exist in both languages', () => {
    for (const lng of ['nl', 'en'] as const) {
      for (let n = 1; n <= 16; n += 1) {
        const id = `s${String(n).padStart(2, '0')}`;
        expect(textsOf(lng)[id]?.length ?? 0, `${lng} ${id}`).toBeGreaterThan(20);
      }
    }
    // Two spot checks, so a rewrite of version 1's texts shows up here.
    expect(textsOf('nl').s01).toBe('Als een cliënt iets moeilijks vertelt, neem ik de tijd om echt te luisteren.');
    expect(textsOf('en').s16).toBe('When a client breaks an agreement, I raise it with them the same day.');
  });
});

describe('SELF_CHECK_V2: scoring rules', () => {
  const all = (value: 1 | 2 | 3 | 4 | 5): Answers => Object.fromEntries(V2_IDS.map((id) => [id, value]));

  it.each(AXES)('gives exactly 50 on %s to the same answer everywhere', (axis) => {
    expect(scaleScore(SELF_CHECK_V2, all(5), axis).score).toBe(50);
    expect(scaleScore(SELF_CHECK_V2, all(1), axis).score).toBe(50);
  });

  it.each(AXES)('needs 2 of the 4 minus statements of %s: two "does not apply" keep the score at 50, three remove it', (axis) => {
    const minus = SELF_CHECK_V2.items.filter((item) => item.scale === axis && item.keying === 'minus');
    const two: Answers = { ...all(5), [minus[0]!.id]: 'na', [minus[1]!.id]: 'na' };
    expect(scaleScore(SELF_CHECK_V2, two, axis)).toMatchObject({ score: 50, notApplicable: 2, byKeying: { plus: 4, minus: 2 } });
    const three: Answers = { ...two, [minus[2]!.id]: 'na' };
    expect(scaleScore(SELF_CHECK_V2, three, axis).score).toBeNull();
    // One "does not apply" no longer tilts "agree with everything" (it gave 400 / 7 = 57.1 before).
    expect(scaleScore(SELF_CHECK_V2, { ...all(5), [minus[0]!.id]: 'na' }, axis).score).toBe(50);
  });
});
