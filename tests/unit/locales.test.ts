import { describe, expect, it } from 'vitest';

type Json = { [key: string]: Json | string };

// Every locale file, read the way the app bundles them.
const files = import.meta.glob<Json>('../../locales/*/*.json', { eager: true, import: 'default' });
const parsed = Object.entries(files).map(([path, json]) => {
  const [, lng = '', ns = ''] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  return { lng, ns, json };
});
const languages = [...new Set(parsed.map((f) => f.lng))];

function flatten(obj: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function load(lng: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const { ns, json } of parsed.filter((f) => f.lng === lng)) {
    for (const [k, v] of flatten(json)) all.set(`${ns}:${k}`, v);
  }
  return all;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('has Dutch and English, with the same namespaces', () => {
    const namespaces = (lng: string) => parsed.filter((f) => f.lng === lng).map((f) => f.ns).sort();
    expect(namespaces('en')).toEqual(namespaces('nl'));
    expect(languages.sort()).toEqual(['en', 'nl']);
  });

  const nl = load('nl');
  const en = load('en');

  it('gives both languages exactly the same keys', () => {
    const onlyNl = [...nl.keys()].filter((k) => !en.has(k));
    const onlyEn = [...en.keys()].filter((k) => !nl.has(k));
    expect({ onlyNl, onlyEn }).toEqual({ onlyNl: [], onlyEn: [] });
  });

  it('uses the same interpolation variables in both languages', () => {
    const mismatched = [...nl.keys()].filter(
      (k) => en.has(k) && variables(nl.get(k) ?? '').join() !== variables(en.get(k) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('leaves no text empty', () => {
    const empty = [...nl, ...en].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });
});
