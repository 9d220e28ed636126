// What the built app loads before the first screen: the entry script, every module it preloads,
// and the texts of one language (imported before the first render; the larger language counts).
// Shared by the bundle-budget browser test and `npm run bench`, so both measure the same thing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget of issue 13: initial JavaScript, gzip level 9, in bytes. */
export const INITIAL_JS_BUDGET = 100 * 1024;

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** @param {string} dist @returns {{ files: { path: string, raw: number, gzip: number, why: string }[], js: number, css: number }} */
export function initialBundle(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (pattern) => [...html.matchAll(pattern)].map((match) => match[1].replace(/^(\.\/|\/)/, ''));
  const scripts = [
    ...refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g).map((path) => ({ path, why: 'entry' })),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g).map((path) => ({ path, why: 'preload' })),
  ];
  const styles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map((path) => ({ path, why: 'css' }));
  const seen = new Set(scripts.map((s) => s.path));
  // Language chunks are named start-<lng>-<hash>.js (src/lib/locales/): one is awaited before the first render.
  const locales = readdirSync(join(dist, 'assets'))
    .filter((name) => /^start-[a-z]{2}-.*\.js$/.test(name))
    .map((name) => `assets/${name}`)
    .filter((path) => !seen.has(path))
    .map((path) => ({ path, why: 'language', gzip: gzip(readFileSync(join(dist, path))) }))
    .sort((a, b) => b.gzip - a.gzip);
  const measured = [...scripts, ...locales.slice(0, 1), ...styles].map(({ path, why }) => {
    const content = readFileSync(join(dist, path));
    return { path, why, raw: content.length, gzip: gzip(content) };
  });
  // The start's stylesheet is inline in index.html (vite.config.ts, inlineStartStyles).
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
  if (inlineCss) measured.push({ path: 'index.html <style>', why: 'css', raw: Buffer.byteLength(inlineCss), gzip: gzip(inlineCss) });
  const sum = (list) => list.reduce((total, file) => total + file.gzip, 0);
  return {
    files: measured,
    js: sum(measured.filter((f) => f.why !== 'css')),
    css: sum(measured.filter((f) => f.why === 'css')),
  };
}
