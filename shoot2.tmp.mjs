import { chromium } from 'playwright-core';
import { preview } from 'vite';
const srv = await preview({ root: '/work/wt-presenter', logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
const url = 'http://127.0.0.1:' + srv.httpServer.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
try {
  for (const [width, height] of [[1920, 1080], [1024, 768]]) {
    const ctx = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL', serviceWorkers: 'block' });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    await page.goto(`${url}/#/workshops`);
    await page.getByRole('button', { name: 'Probeer met een voorbeeldteam' }).click();
    await page.getByRole('link', { name: 'Presenteren' }).waitFor();
    await page.evaluate(() => {
      const raw = JSON.parse(localStorage.getItem('modusspiegel:workshops'));
      const demo = raw.state.workshops[0];
      raw.state.workshops.push({ ...demo, id: 'old', name: 'Voorbeeldteam, vorig jaar', createdAt: '2025-06-01T09:00:00.000Z', results: demo.results.slice(0, 6) });
      localStorage.setItem('modusspiegel:workshops', JSON.stringify(raw));
    });
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem('modusspiegel:workshops')).state.workshops[0].id);
    await page.goto(`${url}/#/workshops/${id}/present`);
    await page.reload();
    await page.getByRole('button', { name: /Toen en nu/ }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/thennow-${width}.png` });
    // A real workshop's join step.
    await page.goto(`${url}/#/workshops`);
    await page.getByRole('textbox', { name: /Naam/ }).fill('Team Noord, 3 december');
    await page.getByRole('button', { name: /Maak/ }).click();
    await page.getByRole('link', { name: 'Presenteren' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/join-${width}.png` });
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/count-${width}.png` });
    await ctx.close();
  }
} finally {
  await browser.close();
  await srv.close();
}
