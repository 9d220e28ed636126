import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from './chromium';

/**
 * Flags for a quiet, headless Chromium. This machine has no internet: the three networking flags
 * stop Chromium's own background traffic (component updates, sync, safe-browsing lists), which
 * would otherwise hang on the closed network and pollute the request log. QUIC is off so all
 * traffic is plain HTTP we can see.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/**
 * Launches the system Chromium headless; never downloads a browser. `extraArgs` add flags for one
 * suite, e.g. a fake camera (`--use-file-for-fake-video-capture=…`), which is a launch option.
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

export interface RecordedContextOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Service workers are blocked unless a test is about offline behaviour. */
  serviceWorkers?: 'allow' | 'block';
  /** 2 with a halved viewport is the browser at 200 % zoom: half the CSS pixels, each drawn twice as large. */
  deviceScaleFactor?: number;
  /** A phone's browser: the meta viewport and text autosizing apply, as on Android. */
  isMobile?: boolean;
}

export interface RecordedContext {
  context: BrowserContext;
  /** Every request URL the context made, in order, including those of service workers. */
  requests: string[];
}

/** A fresh context (no shared storage) that logs every request URL it makes. */
export async function newRecordedContext(
  browser: Browser,
  { viewport = { width: 1280, height: 800 }, locale = 'nl-NL', serviceWorkers = 'block', deviceScaleFactor = 1, isMobile = false }: RecordedContextOptions = {},
): Promise<RecordedContext> {
  const context = await browser.newContext({ viewport, locale, serviceWorkers, deviceScaleFactor, isMobile, hasTouch: isMobile });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return { context, requests };
}

/** The origins a page may fetch without leaving the device: its own, plus data: and blob: URLs. */
function isAllowed(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Fails, listing each one, when any request went to an origin other than the app's. */
export function assertNoOffOriginRequests(requests: readonly string[], origin: string): void {
  const appOrigin = new URL(origin).origin;
  const offOrigin = requests.filter((url) => !isAllowed(url, appOrigin));
  if (offOrigin.length > 0) {
    throw new Error(
      `${offOrigin.length} request(s) left ${appOrigin} (nothing may leave the browser):\n` +
        offOrigin.map((url) => `  - ${url}`).join('\n'),
    );
  }
}

/** The WCAG 2.2 AA rule set, the level the app promises. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe names an element per frame, and per shadow root inside a frame. */
function formatTarget(target: ReadonlyArray<string | readonly string[]>): string {
  return target.map((part) => (typeof part === 'string' ? part : part.join(' >>> '))).join(' >> iframe >> ');
}

/** Runs axe on the page as it is now and fails with one line per violation and its targets. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const targets = violation.nodes.map((node) => `      ${formatTarget(node.target)}`).join('\n');
    return `  - ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n${targets}`;
  });
  throw new Error(`${violations.length} accessibility violation(s) on ${label}:\n${lines.join('\n')}`);
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function launchBrowserForFile(use: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    use(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
}
