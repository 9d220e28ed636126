import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import nlClient from '../../locales/nl/client.json';
import nlHistory from '../../locales/nl/history.json';
import nlWorkshop from '../../locales/nl/workshop.json';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { fill, inFreshContext, LAPTOP, storedJson } from './support/self-check-flow';
import { clientStatement, tableConversationReady } from './support/client-flow';
import { CLIENT_CHECK_V2, CLIENT_MIRROR_V2 } from '../../src/model/instruments/client-check';
import { compareViews } from '../../src/model/client/compare';
import { toQrPayload, toTextCode } from '../../src/model/codec/result-code';
import { toBackupFile } from '../../src/model/results/backup-file';
import type { ClientCollection } from '../../src/model/client/collection';
import type { Answers } from '../../src/model/instruments/types';

/**
 * Issue 18: a personal backup could plant a client's answers. It held a real client's fingerprint
 * beside answers the client never gave; the import said "Teruggezet: 0", the real code was then
 * refused as "al ontvangen" and the comparison showed the forged answers.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const c = nlClient;
const MIRROR: Answers = Object.fromEntries(CLIENT_MIRROR_V2.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1]));
// The real client's view, as in client-voice.e2e.ts: differences on expectations, k02, k08, k03 and k14.
const CLIENT: Answers = { k01: 5, k02: 2, k03: 3, k04: 2, k05: 'na', k13: 4, k07: 1, k08: 4, k09: 4, k14: 3, k11: 1, k12: 2 };
// What the forged backup says the client answered: "nooit" everywhere.
const FORGED: Answers = Object.fromEntries(CLIENT_CHECK_V2.items.map((i) => [i.id, 1]));
const NONCE = 4242;

/** The differences the page names for these answers, in the model's order and the page's words. */
function expectedGaps(client: Answers): string[] {
  return compareViews(CLIENT_MIRROR_V2, [MIRROR], CLIENT_CHECK_V2, [client]).gaps.map((gap) =>
    gap.level === 'statement'
      ? fill(c.compare.statementGap[gap.direction].one, { statement: clientStatement('clientCheck', gap.itemId) })
      : c.compare.scale[gap.scale as 'support'][gap.direction].one,
  );
}

describe('a backup with a forged client answer', () => {
  it('is refused with a count; the real code then counts, and the comparison shows the real answers', async () => {
    // The two views differ, so the comparison tells which one the page uses.
    expect(expectedGaps(FORGED)).not.toEqual(expectedGaps(CLIENT));

    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context) => {
      const page = await context.newPage();
      const link = await tableConversationReady(page, baseURL, MIRROR);
      const code = /#\/client\/([0-9A-Z]{6})\//.exec(link)?.[1] ?? '';
      const conversationUrl = page.url();
      const stored = (await storedJson(page, 'modusspiegel:clients')) as { state: { collections: ClientCollection[] } };
      const conversation = stored.state.collections.find((x) => x.code === code);
      if (!conversation) throw new Error('the conversation is not stored');

      // The client answered on their own phone and handed the code to the professional elsewhere.
      const real = { workshopCode: code, nonce: NONCE, questionnaires: [{ instrument: CLIENT_CHECK_V2, answers: CLIENT }] };
      const realCode = toTextCode(real);
      const forgedResult = { fingerprint: toQrPayload(real), parts: { [CLIENT_CHECK_V2.id]: { answers: FORGED, marks: [] } }, nonce: NONCE };
      const backup = toBackupFile([], new Date(), [{ ...conversation, results: [...conversation.results, forgedResult] }]);

      await page.goto(`${baseURL}/#/history`);
      await page.getByRole('heading', { name: nlHistory.backupTitle }).waitFor();
      await page.getByLabel(nlHistory.open_file).setInputFiles({ name: 'modusspiegel-backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
      const status = page.getByRole('status').filter({ hasText: fill(nlHistory.importedClients, { added: 0, duplicates: 1, refused: 1 }) });
      await status.waitFor();
      expect(await status.textContent()).toContain(nlHistory.importClientsRefused);
      await checkA11y(page, 'history page with the refusal');
      // Nothing of the forged answers reached storage.
      const after = (await storedJson(page, 'modusspiegel:clients')) as { state: { collections: ClientCollection[] } };
      expect(after.state.collections.find((x) => x.id === conversation.id)?.results).toEqual(conversation.results);

      await page.goto(conversationUrl);
      await page.getByRole('heading', { level: 1, name: c.collection.titleTable }).waitFor();
      await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(realCode);
      await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      await page.getByText(nlWorkshop.status.added).first().waitFor();
      expect(await page.getByText(nlWorkshop.status.duplicate).count()).toBe(0);

      await page.getByRole('heading', { name: c.compare.promptsTitle }).waitFor();
      await page.locator('.gap-list li').first().waitFor();
      const lines = await page.locator('.gap-list li').allTextContents();
      const expected = expectedGaps(CLIENT);
      expect(lines).toHaveLength(expected.length);
      expected.forEach((text, i) => expect(lines[i]).toContain(text));
    });
  });
});
