import { describe, expect, it } from 'vitest';
import nlInstrument from '../../../locales/nl/instrument.json';
import enInstrument from '../../../locales/en/instrument.json';
import nlModes from '../../../locales/nl/modes.json';
import enModes from '../../../locales/en/modes.json';
import { SELF_CHECK } from './self-check';
import { AXES, MODES } from './types';

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
  it('has a stable id, version and the 75 % rule', () => {
    expect(SELF_CHECK.id).toBe('self-check');
    expect(SELF_CHECK.version).toBe(1);
    expect(SELF_CHECK.scales.map((s) => s.id)).toEqual(['support', 'expectations']);
    for (const scale of SELF_CHECK.scales) expect(scale.completeness.minShare).toBe(0.75);
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
    expect(Object.keys(TEXTS[lng]).sort()).toEqual(SELF_CHECK.items.map((item) => item.id).sort());
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
