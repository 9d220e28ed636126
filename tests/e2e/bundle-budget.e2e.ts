import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET, initialBundle } from '../../scripts/initial-bundle.mjs';

// Bytes, not time: the same build always gives the same sizes, so this can fail a run. It reads
// the build that `npm run test:e2e` makes first (dist/). Figures and history: docs/performance.md.
describe('the JavaScript loaded before the first screen', () => {
  const bundle = initialBundle(resolve(import.meta.dirname, '../../dist'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

  it(`stays within ${kb(INITIAL_JS_BUDGET)} gzip`, () => {
    const list = bundle.files.map((f) => `${f.why} ${f.path} ${kb(f.gzip)}`).join('\n');
    expect(bundle.js, `initial JavaScript is ${kb(bundle.js)} gzip:\n${list}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('counts the entry, its preloads and the texts of one language, so nothing escapes the sum', () => {
    const kinds = new Set(bundle.files.map((f) => f.why));
    expect(kinds).toContain('entry');
    expect(kinds).toContain('language');
    // Loaded later, never at start: charts, QR, camera decoding, workshop pages.
    for (const file of bundle.files) expect(file.path).not.toMatch(/CartesianChart|qr-|workshop|jsQR|recharts/i);
  });
});

describe('the files the chunks ask for', () => {
  it('all exist: a lazy chunk never preloads a file the build left out (the inlined start stylesheet)', () => {
    const assets = resolve(import.meta.dirname, '../../dist/assets');
    const asked = new Set<string>();
    for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
      // Vite's preload list: __vite__mapDeps(...m.f=["./a.js","./b.css"]...).
      for (const list of readFileSync(resolve(assets, name), 'utf8').matchAll(/m\.f=\[([^\]]*)\]/g)) {
        for (const dep of list[1]?.matchAll(/"\.\/([^"]+)"/g) ?? []) asked.add(dep[1] ?? '');
      }
    }
    expect(asked.size).toBeGreaterThan(0);
    expect([...asked].filter((file) => !existsSync(resolve(assets, file)))).toEqual([]);
  });
});
