import { describe, expect, it } from 'vitest';
import nlInstrument from '../../../locales/nl/instrument.json';
import enInstrument from '../../../locales/en/instrument.json';
import { instrumentCodeOf } from '../codec/instrument-codes';
import { CURRENT_SELF_CHECK, findInstrument, INSTRUMENTS, instrumentTextKey, latestInstrument } from '../instruments/registry';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { CLIMATE_REFLECTION_IDS } from './reflection';
import { CLIMATE_ELEMENTS, CLIMATE_SCALES } from './temperature';
import { withPersonWord } from '../../testing/person-text';

const IDS = TEAM_CLIMATE.items.map((item) => item.id);
const LANGUAGES = { nl: nlInstrument, en: enInstrument } as const;
type Lng = keyof typeof LANGUAGES;
// As shown: the person worked with named by the longest word a professional can choose (decision 85).
const items = (lng: Lng) =>
  Object.fromEntries(Object.entries(LANGUAGES[lng].teamClimate.items as Record<string, string>).map(([id, text]) => [id, withPersonWord(text, lng, 'youth')]));

// DOMAIN.md §7: no negations (the same lists as the self-check's test).
const NEGATIONS = {
  nl: [' niet ', ' geen ', ' nooit ', ' niemand ', ' niets ', ' zonder '],
  en: [' not ', "n't", ' never ', ' no ', ' nobody ', ' nothing ', ' without ', ' cannot '],
} as const;
const padded = (text: string) => ` ${text.toLowerCase().replace(/[.,;:!?()"]/g, ' ')} `;

describe('TEAM_CLIMATE: the questionnaire', () => {
  it('is team-climate version 1, without a window, with "does not apply to our team"', () => {
    expect(TEAM_CLIMATE.id).toBe('team-climate');
    expect(TEAM_CLIMATE.version).toBe(1);
    expect(TEAM_CLIMATE.window).toBeUndefined();
    expect(TEAM_CLIMATE.answerScale).toEqual({ id: 'agreementTeam', points: [1, 2, 3, 4, 5], notApplicable: true });
    expect(TEAM_CLIMATE.scales.map((s) => s.id)).toEqual([...CLIMATE_SCALES]);
    // Keying-balanced, 2 of 3 statements per keying (energy 1 of 2): docs/decisions.md 65.
    for (const scale of TEAM_CLIMATE.scales) {
      expect(scale.keyingBalanced).toBe(true);
      expect(scale.completeness).toEqual({ minShare: scale.id === 'energy' ? 1 / 2 : 2 / 3, perKeying: true });
    }
  });

  it('has 28 statements c01 … c28 in order', () => {
    expect(IDS).toEqual(Array.from({ length: 28 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`));
  });

  it.each(CLIMATE_ELEMENTS)('element %s has 3 warm (plus) and 3 cold (minus) statements', (element) => {
    const own = TEAM_CLIMATE.items.filter((item) => item.scale === element);
    expect(own.filter((item) => item.keying === 'plus').length).toBe(3);
    expect(own.filter((item) => item.keying === 'minus').length).toBe(3);
  });

  it('energy has 2 plus and 2 minus statements', () => {
    const own = TEAM_CLIMATE.items.filter((item) => item.scale === 'energy');
    expect(own.map((item) => item.keying).sort()).toEqual(['minus', 'minus', 'plus', 'plus']);
  });

  it('changes element and keying on every next screen', () => {
    TEAM_CLIMATE.items.slice(1).forEach((item, i) => {
      const before = TEAM_CLIMATE.items[i];
      expect(item.scale, item.id).not.toBe(before?.scale);
      expect(item.keying, item.id).not.toBe(before?.keying);
    });
  });

  it('alternates the keying within each element and puts all four elements in every round of four', () => {
    for (const scale of CLIMATE_SCALES) {
      const keys = TEAM_CLIMATE.items.filter((item) => item.scale === scale).map((item) => item.keying);
      keys.slice(1).forEach((key, i) => expect(key, scale).not.toBe(keys[i]));
    }
    const elementOrder = TEAM_CLIMATE.items.filter((item) => item.scale !== 'energy').map((item) => item.scale);
    for (let round = 0; round < 6; round++) {
      expect(new Set(elementOrder.slice(round * 4, round * 4 + 4)).size).toBe(4);
    }
  });

  it('is in the registry, has a result-code number, and leaves the current self-check alone', () => {
    expect(INSTRUMENTS).toContain(TEAM_CLIMATE);
    expect(findInstrument('team-climate', 1)).toBe(TEAM_CLIMATE);
    expect(latestInstrument('team-climate')).toBe(TEAM_CLIMATE);
    expect(CURRENT_SELF_CHECK).toBe(SELF_CHECK_V2);
    expect(instrumentCodeOf('team-climate')).toBe(3);
    expect(instrumentTextKey(TEAM_CLIMATE.id)).toBe('teamClimate');
  });
});

describe('TEAM_CLIMATE: texts', () => {
  it.each(['nl', 'en'] as const)('%s has exactly one text per statement, title and intro', (lng) => {
    expect(Object.keys(items(lng)).sort()).toEqual([...IDS].sort());
    expect(LANGUAGES[lng].teamClimate.title.length).toBeGreaterThan(5);
    expect(LANGUAGES[lng].teamClimate.intro).toContain('{{number}}');
  });

  it.each(['nl', 'en'] as const)('%s statements are one sentence without a negation word', (lng) => {
    for (const [id, text] of Object.entries(items(lng))) {
      expect(text.trim().length, id).toBeGreaterThan(20);
      expect(text.trim().endsWith('.'), id).toBe(true);
      expect(text.slice(0, -1), `${lng} ${id} is one sentence`).not.toMatch(/[.!?]/);
      for (const word of NEGATIONS[lng]) {
        expect(padded(text).includes(word), `${lng} ${id} contains "${word.trim()}": ${text}`).toBe(false);
      }
    }
  });

  it('keeps every Dutch statement at 15 words or fewer', () => {
    for (const [id, text] of Object.entries(items('nl'))) {
      expect(text.split(/\s+/).length, `${id}: ${text}`).toBeLessThanOrEqual(15);
    }
  });

  it('takes the team as the subject: "ons team" / "dit team" in every Dutch statement', () => {
    for (const [id, text] of Object.entries(items('nl'))) expect(text, id).toMatch(/\b(ons|dit) team\b/);
    for (const [id, text] of Object.entries(items('en'))) expect(text, id).toMatch(/\b(our|this) team\b/);
  });

  it.each(['nl', 'en'] as const)('%s names every element and has the team answer scale', (lng) => {
    const json = LANGUAGES[lng];
    for (const scale of CLIMATE_SCALES) {
      expect((json.scales as Record<string, string>)[scale], scale).toBeTypeOf('string');
      expect((json.teamClimate.elementLong as Record<string, string>)[scale], scale).toBeTypeOf('string');
    }
    expect(Object.keys(json.answerScales.agreementTeam).sort()).toEqual(['1', '2', '3', '4', '5', 'na']);
  });

  it.each(['nl', 'en'] as const)('%s has a text for every reflection question and no other', (lng) => {
    expect(Object.keys(LANGUAGES[lng].teamClimate.reflection).sort()).toEqual([...CLIMATE_REFLECTION_IDS].sort());
  });

  it('says "does not apply to our team", not "to my work"', () => {
    expect(nlInstrument.answerScales.agreementTeam.na).toBe('Past niet bij ons team');
    expect(enInstrument.answerScales.agreementTeam.na).toBe('Does not apply to our team');
  });
});
