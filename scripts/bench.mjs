#!/usr/bin/env node
// `npm run bench`: bundle sizes (initial JavaScript against its budget), page-load figures, the
// team models' cost at 10 to 10,000 results, the overview of teams at 50, 100 and 500 report files
// (time per team), the team profile's render time at 10, 100 and 1,000
// results (as a ratio to 10), and Lighthouse (mobile defaults, median of three) on the home page,
// a question screen and a result screen. Writes bench/results/<time>.json and latest.json, and
// exits with 1 when a budget of docs/performance.md is missed. Time is checked here, never in a
// test: a shared machine makes timings noise for a test. BENCH_RUNS sets the runs (default 3).
//
// Self-contained on purpose: Node 20 cannot import the TypeScript helpers in tests/e2e/support,
// so the Chromium lookup and flags below mirror tests/e2e/support/{chromium,browser}.ts.
// Keep the two in step.
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import lighthouse from 'lighthouse';
import { createServer as createNetServer } from 'node:net';
import { INITIAL_JS_BUDGET, initialBundle } from './initial-bundle.mjs';

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
  const initial = initialBundle(DIST);
  console.log(`\nInitial JavaScript (entry, preloads, one language's first-screen texts; scripts/initial-bundle.mjs): ${kb(initial.js)} gzip, budget ${kb(INITIAL_JS_BUDGET)}; CSS ${kb(initial.css)}.`);
  check('initial JavaScript ≤ 100 kB gzip', initial.js <= INITIAL_JS_BUDGET, kb(initial.js));
  return { files, initial };
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
    console.log('\nService workers are blocked, so requests are the page’s own.');
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

const budgets = [];
function check(name, ok, value) {
  budgets.push({ name, ok, value });
}

/** The team models (TypeScript, run through Vite): cost per size, and per result. */
async function reportModel() {
  const server = await createServer({ root: ROOT, logLevel: 'warn', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const fixtures = await server.ssrLoadModule('/src/testing/bench-fixtures.ts');
    const costs = fixtures.modelCost([10, 100, 1000, 10000]);
    console.log('\n## Team models, median time per call\n');
    const us = (ms, n) => `${((ms * 1000) / n).toFixed(1)} µs`;
    printTable(
      ['results', 'aggregateTeam', 'per result', 'climateOfTeam', 'per result'],
      costs.map((c) => [c.n, `${c.aggregateTeamMs.toFixed(2)} ms`, us(c.aggregateTeamMs, c.n), `${c.climateOfTeamMs.toFixed(2)} ms`, us(c.climateOfTeamMs, c.n)]),
    );
    // Linear or better: the cost per result at 10,000 is at most 1.5 × that at 1,000.
    const at = (n) => costs.find((c) => c.n === n);
    for (const key of ['aggregateTeamMs', 'climateOfTeamMs']) {
      const growth = at(10000)[key] / 10000 / (at(1000)[key] / 1000);
      check(`${key.replace('Ms', '')} grows linearly (per-result cost 10,000 vs 1,000 ≤ 1.5)`, growth <= 1.5, growth.toFixed(2));
    }
    return { costs, fixtures, overview: reportOverview(fixtures) };
  } finally {
    await server.close();
  }
}

/**
 * The overview of teams (issue 23): parse and check n report files and build the overview, at
 * 50, 100 and 500 files. The cost per team stays flat: per team at 500 ≤ 1.5 × per team at 50.
 */
function reportOverview(fixtures) {
  const costs = fixtures.overviewCost([50, 100, 500]);
  console.log('\n## Overview of teams, median time per call (parse n report files + buildOverview)\n');
  printTable(
    ['report files', 'overview', 'per team'],
    costs.map((c) => [c.n, `${c.overviewMs.toFixed(1)} ms`, `${(c.perTeamMs * 1000).toFixed(1)} µs`]),
  );
  const at = (n) => costs.find((c) => c.n === n);
  const growth = at(500).perTeamMs / at(50).perTeamMs;
  console.log(`\nPer team at 500 / per team at 50: ${growth.toFixed(2)} (budget ≤ 1.5)`);
  check('overview: per team at 500 ≤ 1.5 × per team at 50', growth <= 1.5, growth.toFixed(2));
  return costs;
}

/**
 * The team profile's first step (the dots in the window, the table beside it) for a workshop of n
 * results in storage: the time from "show the profile" to the last change of the page (a quiet
 * 300 ms after), measured inside the page.
 */
async function profileRender(browser, url, stored, startLabel) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', serviceWorkers: 'block' });
  try {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [stored.key, stored.value]);
    const page = await context.newPage();
    await page.goto(`${url}#/workshops/${stored.id}`);
    await page.getByRole('button', { name: startLabel, exact: true }).waitFor({ timeout: 60_000 });
    return await page.evaluate(async (label) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      let last = 0;
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      button.click();
      await new Promise((resolve) => {
        const quiet = () => (performance.now() - Math.max(last, start) > 300 ? resolve() : setTimeout(quiet, 50));
        setTimeout(quiet, 50);
      });
      observer.disconnect();
      return last - start;
    }, startLabel);
  } finally {
    await context.close();
  }
}

async function reportProfile(fixtures, browser, url) {
  const startLabel = JSON.parse(readFileSync(join(ROOT, 'locales/nl/team.json'), 'utf8')).reveal.start;
  const rows = [];
  for (const n of [10, 100, 1000]) {
    const stored = fixtures.storedWorkshop(n);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await profileRender(browser, url, stored, startLabel));
    rows.push({ n, ms: median(runs) });
  }
  const base = rows[0].ms;
  console.log(`\n## Team profile, first step rendered (median of ${RUNS})\n`);
  printTable(['results', 'render', 'ratio to 10'], rows.map((r) => [r.n, ms(r.ms), (r.ms / base).toFixed(2)]));
  const ratio = rows[2].ms / base;
  check('team profile of 1,000 renders within 2× the time of 10', ratio <= 2, ratio.toFixed(2));
  return rows.map((r) => ({ ...r, ratio: r.ms / base }));
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Lighthouse with its default (mobile, simulated throttling) settings on three screens. Storage is
 * seeded through the same browser before each run (Lighthouse's own reset would clear it), after
 * clearing the cache, service workers and storage of the origin, so every run is a cold first visit.
 */
async function reportLighthouse(fixtures, url) {
  const executablePath = findChromium();
  const port = await freePort();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`], headless: true });
  const origin = new URL(url).origin;
  const result = fixtures.storedResult();
  const screens = [
    { name: 'home', path: '#/', values: {} },
    { name: 'question', path: '#/self-check', values: fixtures.storedProgress() },
    { name: 'result', path: `#/result/${result.id}`, values: result.values },
  ];
  const rows = [];
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    for (const screen of screens) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        await cdp.send('Network.clearBrowserCache');
        await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
        // A file of the origin that runs no app code, to write its localStorage.
        await page.goto(`${url}icon.svg`);
        await page.evaluate((values) => {
          for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
        }, screen.values);
        const { lhr } = await lighthouse(`${url}${screen.path}`, {
          port,
          output: 'json',
          logLevel: 'error',
          disableStorageReset: true,
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const audit = (id) => lhr.audits[id]?.numericValue;
        runs.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          failing: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
            .map((a) => a.id),
        });
      }
      const pick = (key) => median(runs.map((r) => r[key]));
      rows.push({
        screen: screen.name,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        fcp: pick('fcp'),
        lcp: pick('lcp'),
        tbt: pick('tbt'),
        cls: pick('cls'),
        failing: [...new Set(runs.flatMap((r) => r.failing))],
        runs,
      });
    }
  } finally {
    await browser.close();
  }
  console.log(`\n## Lighthouse ${lighthouse.version ?? ''} (mobile defaults, simulated throttling), median of ${RUNS}\n`);
  printTable(
    ['screen', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS'],
    rows.map((r) => [r.screen, r.performance, r.accessibility, r.bestPractices, ms(r.fcp), ms(r.lcp), ms(r.tbt), r.cls.toFixed(3)]),
  );
  for (const r of rows) {
    if (r.failing.length) console.log(`  ${r.screen}: audits below 100 in some run: ${r.failing.join(', ')}`);
    check(`Lighthouse ${r.screen}: 100/100/100`, r.performance === 100 && r.accessibility === 100 && r.bestPractices === 100, `${r.performance}/${r.accessibility}/${r.bestPractices}`);
    check(`Lighthouse ${r.screen}: CLS 0`, r.cls === 0, r.cls.toFixed(3));
  }
  return rows;
}

if (process.env.BENCH_NO_BUILD !== '1') {
  console.log('Building (vite build)…');
  await build({ root: ROOT, logLevel: 'warn' });
}
const report = { date: new Date().toISOString(), runs: RUNS };
report.bundle = reportBundle();
report.pageLoad = await reportPageLoad();
const { costs, fixtures, overview } = await reportModel();
report.model = costs;
report.overview = overview;
{
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    report.profile = await reportProfile(fixtures, browser, url);
  } finally {
    await browser.close();
  }
  try {
    report.lighthouse = await reportLighthouse(fixtures, url);
  } finally {
    await server.close();
  }
}
report.budgets = budgets;

console.log('\n## Budgets (docs/performance.md)\n');
printTable(['budget', 'measured', ''], budgets.map((b) => [b.name, b.value, b.ok ? 'ok' : 'MISSED']));
const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const json = JSON.stringify(report, (key, value) => (key === 'files' && Array.isArray(value) && value.length > 20 ? undefined : value), 2);
writeFileSync(join(out, `${report.date.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join(out, 'latest.json'), json);
console.log(`\nWritten: bench/results/latest.json`);
if (budgets.some((b) => !b.ok)) process.exitCode = 1;
