// Makes docs/screenshots/result-nl.png for the README: two self-checks in Dutch on a laptop-sized
// screen, so the result page shows a clear mode and the movement since the first one.
// Usage: npm run build && node scripts/readme-screenshot.mjs (serves dist/ itself).
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const executablePath = process.env.CHROME_PATH || execFileSync('which', ['chromium']).toString().trim();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
const labels = ['Helemaal oneens', 'Oneens', 'Niet eens, niet oneens', 'Eens', 'Helemaal eens'];

async function selfCheck(pattern) {
  await page.goto(`${base}#/self-check`);
  for (let i = 0; i < pattern.length; i++) {
    await page.getByLabel(labels[Number(pattern[i]) - 1], { exact: true }).check();
    await page.getByRole('button', { name: i === pattern.length - 1 ? 'Bekijk mijn resultaat' : 'Volgende' }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Jouw resultaat' }).waitFor();
}

await selfCheck('4422433444224424'); // first time: between modes, leaning towards MET
await selfCheck('5512512555115515'); // months later: clearly MET
await page.waitForTimeout(500);
await page.screenshot({ path: 'docs/screenshots/result-nl.png', fullPage: true });
await browser.close();
await server.close();
console.log('docs/screenshots/result-nl.png written');
