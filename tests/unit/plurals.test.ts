import { describe, expect, it } from 'vitest';

type Json = { [key: string]: Json | string };
const files = import.meta.glob<Json>('../../locales/*/*.json', { eager: true, import: 'default' });

function entries(obj: Json, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : entries(v, `${prefix}${k}.`)));
}

describe('counted texts', () => {
  // "1 resultaten ontvangen" is wrong in both languages: a text with {{count}} needs its plural forms.
  it('give every text that shows {{count}} a _one and an _other form', () => {
    const missing = Object.entries(files).flatMap(([path, json]) =>
      entries(json)
        .filter(([key, text]) => /\{\{\s*count\s*\}\}/.test(text) && !/_(one|other|zero|two|few|many)$/.test(key))
        .map(([key]) => `${path}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
