#!/usr/bin/env node
// Prints bundle sizes and page-load figures of the production build. It measures, it never
// judges: no threshold here fails a run, because timings on a shared machine are noise, not
// a contract. See docs/testing.md.
//
// Self-contained on purpose: Node 20 cannot import the TypeScript helpers in tests/e2e/support,
// so the Chromium lookup and flags below mirror tests/e2e/support/{chromium,browser}.ts.
// Keep the two in step.
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = process.cwd();
const DIST = resolve(ROOT, 'dist');
const ASSETS = join(DIST, 'assets');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
];
// Same flags as the browser tests; --disable-background-networking and friends keep Chromium's
// own traffic (updates, sync) off this machine's closed network and out of the request count.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const INSTALL_HINT =
  'No Chromium found. Install it with: apt-get update && apt-get install -y chromium, or set CHROME_PATH to a Chromium or Chrome executable.';

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file. ${INSTALL_HINT}`);
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of dirs) {
      if (isExecutableFile(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error(INSTALL_HINT);
}

const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`);
const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);
const mb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Files that index.html loads before any user action: entry script, modulepreloads, stylesheets. */
function initialAssets() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = (pattern) => [...html.matchAll(pattern)].map((match) => match[1].replace(/^(\.\/|\/)/, ''));
  return {
    entry: new Set(refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)),
    preloaded: new Set([
      ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
      ...refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    ]),
  };
}

function reportBundle() {
  const { entry, preloaded } = initialAssets();
  const files = readdirSync(ASSETS)
    .filter((name) => ['.js', '.css'].includes(extname(name)))
    .map((name) => {
      const content = readFileSync(join(ASSETS, name));
      const path = `assets/${name}`;
      const kind = entry.has(path) ? 'entry' : preloaded.has(path) ? 'initial' : 'lazy';
      return { path, kind, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => ['entry', 'initial', 'lazy'].indexOf(a.kind) - ['entry', 'initial', 'lazy'].indexOf(b.kind) || b.gzip - a.gzip);

  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const group = (kinds) => files.filter((file) => kinds.includes(file.kind));
  console.log('\n## Bundle (dist/assets, gzip level 9)\n');
  printTable(
    ['file', 'loaded', 'raw', 'gzip'],
    files.map((file) => [file.path, file.kind, kb(file.raw), kb(file.gzip)]),
  );
  console.log();
  printTable(
    ['group', 'files', 'raw', 'gzip'],
    [
      ['entry chunk', group(['entry']).length, kb(sum(group(['entry']), 'raw')), kb(sum(group(['entry']), 'gzip'))],
      ['loaded at start (entry + preloads + css)', group(['entry', 'initial']).length, kb(sum(group(['entry', 'initial']), 'raw')), kb(sum(group(['entry', 'initial']), 'gzip'))],
      ['lazy chunks', group(['lazy']).length, kb(sum(group(['lazy']), 'raw')), kb(sum(group(['lazy']), 'gzip'))],
      ['total', files.length, kb(sum(files, 'raw')), kb(sum(files, 'gzip'))],
    ],
  );
}

/** One cold load (fresh context, empty cache, service worker blocked) of the home page. */
async function measure(browser, url, viewport) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', serviceWorkers: 'block' });
  let requests = 0;
  context.on('request', () => requests++);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // The app renders after its scripts run; wait for it, but a missing heading is not a bench error.
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 10_000 }).catch(() => {});
    await page.waitForLoadState('networkidle').catch(() => {});
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { dcl: nav?.domContentLoadedEventEnd, load: nav?.loadEventEnd, fcp: fcp?.startTime };
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    return { ...timing, heap, requests };
  } finally {
    await context.close();
  }
}

function median(values) {
  const known = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}

async function reportPageLoad() {
  const executablePath = findChromium();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
    console.log(`\n## Home page, cold load, median of ${RUNS} run(s) (BENCH_RUNS to change)\n`);
    console.log(`${browser.version()} at ${executablePath}, served by vite preview at ${url}\n`);
    const rows = [];
    for (const viewport of VIEWPORTS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url, { width: viewport.width, height: viewport.height }));
      const pick = (key) => median(runs.map((run) => run[key]));
      rows.push([
        `${viewport.name} ${viewport.width}×${viewport.height}`,
        ms(pick('dcl')),
        ms(pick('load')),
        ms(pick('fcp')),
        mb(pick('heap')),
        String(pick('requests')),
      ]);
    }
    printTable(['viewport', 'DOMContentLoaded', 'load', 'first contentful paint', 'JS heap used', 'requests'], rows);
    console.log('\nFigures only: nothing here is asserted. Service workers are blocked, so requests are the page’s own.');
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('dist/index.html is missing: building first (vite build).');
  await build({ root: ROOT, logLevel: 'warn' });
}
reportBundle();
await reportPageLoad();
