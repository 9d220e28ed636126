import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { startStaticServer } from './server';

declare module 'vitest' {
  interface ProvidedContext {
    /** Origin of the preview server that serves dist/, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}

/**
 * Runs once before the browser tests: fails fast when there is no Chromium or no build, then
 * serves dist/ and hands its URL to the tests (`inject('baseURL')`). Returns the teardown.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  const server = await startStaticServer();
  project.provide('baseURL', server.url);
  return () => server.close();
}
