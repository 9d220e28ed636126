import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { fill, inFreshContext } from './support/self-check-flow';
import { countWorkshopEvents, createWorkshop, fillStorage, selfCheckCodes, storedWorkshops } from './support/workshop-tabs';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * Issue 18: with storage full, tab A takes 5 codes in ("added to this page, not saved") and offers
 * the file; tab B then saves a smaller change (a shorter name for another workshop). Tab A read
 * storage again on B's write and showed 0, and the file it then saved held 0: the 5 were gone. Tab
 * A must keep them, merged with what B wrote, and its file must hold all 5.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

describe('two tabs and a full storage', () => {
  it('tab A keeps the 5 results storage refused when tab B renames another workshop: 5 of 5 in its file', async () => {
    await inFreshContext(browser, baseURL, { viewport: { width: 1000, height: 800 } }, async (context) => {
      const a = await context.newPage();
      const code = await createWorkshop(a, baseURL, 'Vol');
      const workshopA = a.url();
      await createWorkshop(a, baseURL, 'Een andere workshop met een lange naam');
      const b = await context.newPage();
      await b.goto(a.url());
      await a.goto(workshopA);
      await a.getByText(fill(nlWorkshop.countOf, { received: 0, min: 5 })).waitFor();

      expect(await fillStorage(a)).toBeGreaterThan(0);
      await a.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(selfCheckCodes(code, 1, 5).join('\n'));
      await a.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      const outcome = a.getByRole('status', { name: nlWorkshop.outcomeLabel });
      // In the page, not in storage: the summary counts them as taken in, the lines and the alert say "not saved".
      await outcome.getByText(fill(nlWorkshop.summary, { added: 5, duplicates: 0, refused: 0 })).waitFor();
      expect(await outcome.getByText(nlWorkshop.status.notSaved, { exact: false }).count()).toBe(5);
      await a.getByRole('alert').filter({ hasText: nlWorkshop.notSavedAlert }).waitFor();
      await a.getByText(fill(nlWorkshop.count_other, { count: 5 })).waitFor();
      expect((await storedWorkshops(a)).find((w) => w.name === 'Vol')?.results).toEqual([]);

      // Tab B saves a smaller change: it fits, and reaches tab A as a storage event.
      const events = await countWorkshopEvents(a);
      await b.getByRole('textbox', { name: nlWorkshop.renameLabel }).fill('Kort');
      await b.getByRole('button', { name: nlWorkshop.rename }).click();
      await b.getByText(nlWorkshop.renamed).waitFor();
      expect((await storedWorkshops(b)).map((w) => w.name).sort()).toEqual(['Kort', 'Vol']);
      await expect.poll(events).toBeGreaterThan(0);

      // Tab A still shows its 5, and the file it saves holds all 5.
      await a.getByText(fill(nlWorkshop.count_other, { count: 5 })).waitFor();
      const [download] = await Promise.all([
        a.waitForEvent('download'),
        a.getByRole('alert').filter({ hasText: nlWorkshop.notSavedAlert }).getByRole('button', { name: nlWorkshop.exportWorkshop }).click(),
      ]);
      const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { workshop: { name: string; results: unknown[] } };
      expect({ name: file.workshop.name, results: file.workshop.results.length }).toEqual({ name: 'Vol', results: 5 });
      expect(await a.getByText(fill(nlWorkshop.count_other, { count: 5 })).count()).toBe(1);

      // Room again: tab A's next write stores its 5 without writing away B's new name.
      await a.evaluate(() => localStorage.removeItem('e2e:filler'));
      await a.getByRole('textbox', { name: nlWorkshop.renameLabel }).fill('Vol, bewaard');
      await a.getByRole('button', { name: nlWorkshop.rename }).click();
      await a.getByText(nlWorkshop.renamed).waitFor();
      const stored = await storedWorkshops(a);
      expect(stored.map((w) => [w.name, w.results.length]).sort()).toEqual([
        ['Kort', 0],
        ['Vol, bewaard', 5],
      ]);
    });
  });
});
