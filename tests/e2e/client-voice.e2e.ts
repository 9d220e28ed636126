import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import nlClient from '../../locales/nl/client.json';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlShared from '../../locales/nl/shared.json';
import nlInstrument from '../../locales/nl/instrument.json';
import nlQuestionnaire from '../../locales/nl/questionnaire.json';
import { lockWithPin, PIN, typePin } from './support/shared-device';
import { checkA11y, launchBrowserForFile } from './support/browser';
import { fill, inFreshContext, LAPTOP, PHONE } from './support/self-check-flow';
import { answerClientForm, clientStatement, tableConversationReady, WORD } from './support/client-flow';
import { CLIENT_CHECK_V2, CLIENT_MIRROR_V2 } from '../../src/model/instruments/client-check';
import { compareViews } from '../../src/model/client/compare';
import { toTextCode } from '../../src/model/codec/result-code';
import type { Answers } from '../../src/model/instruments/types';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

const c = nlClient;
const frequency = nlInstrument.answerScales.frequency;
// The professional sees themselves at the top of the window: "altijd" on every plus, "nooit" on every minus.
const MIRROR: Answers = Object.fromEntries(CLIENT_MIRROR_V2.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1]));
// The client differs by 3 steps on k02 and k08, by 2 on k03 and k14, by 1 on four others; k05 "weet ik niet".
const CLIENT: Answers = { k01: 5, k02: 2, k03: 3, k04: 2, k05: 'na', k13: 4, k07: 1, k08: 4, k09: 4, k14: 3, k11: 1, k12: 2 };

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the client’s voice', () => {
  for (const zoom of [1, 2]) {
    it(`a client who never saw the app answers on a phone (${zoom * 100} %), hands over a code, and the professional sees where the views differ`, async () => {
      await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (proContext) => {
        const pro = await proContext.newPage();
        const link = await tableConversationReady(pro, baseURL, MIRROR);
        expect(link).toMatch(new RegExp(`#/client/[0-9A-Z]{6}/${WORD}/v2$`));

        // 200 % zoom on a 375 px phone is a 188 px wide layout at twice the pixels.
        const viewport = { width: Math.round(PHONE.width / zoom), height: Math.round(PHONE.height / zoom) };
        let code = '';
        await inFreshContext(browser, baseURL, { viewport, locale: 'nl-NL' }, async (phoneContext) => {
          const phone = await phoneContext.newPage();
          await phone.goto(link);
          await phone.getByRole('heading', { level: 1, name: fill(c.phone.title, { word: WORD }) }).waitFor();
          // The start says where the answers go, and there is nothing to navigate to.
          await phone.getByText(fill(c.phone.stays, { word: WORD })).waitFor();
          expect(await phone.getByRole('navigation').count()).toBe(0);
          await noHorizontalScroll(phone);
          await checkA11y(phone, `client start at ${zoom * 100} %`);
          await phone.getByRole('button', { name: c.phone.start, exact: true }).click();
          await phone.getByRole('group', { name: clientStatement('clientCheck', 'k01') }).waitFor();
          await noHorizontalScroll(phone);
          await checkA11y(phone, `client statement at ${zoom * 100} %`);
          await answerClientForm(phone, 'clientCheck', CLIENT);
          await phone.getByRole('heading', { level: 1, name: c.phone.doneTitle }).waitFor();
          await noHorizontalScroll(phone);
          await checkA11y(phone, `client hand-over at ${zoom * 100} %`);
          code = (await phone.getByRole('status', { name: c.phone.codeLabel }).or(phone.locator('output.code-text')).first().textContent()) ?? '';
        });
        expect(code).toMatch(/^MS3-/);

        await pro.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(code);
        await pro.getByRole('button', { name: nlWorkshop.pasteButton }).click();
        await pro.getByText(nlWorkshop.status.added).first().waitFor();

        // One screen: both points, the two profiles, and only the differences the rules let through.
        await pro.getByRole('heading', { name: c.compare.promptsTitle }).waitFor();
        await pro.getByRole('figure', { name: c.compare.windowCaption }).waitFor();
        await pro.getByRole('figure', { name: c.compare.statementsTitle }).waitFor();
        const expected = compareViews(CLIENT_MIRROR_V2, [MIRROR], CLIENT_CHECK_V2, [CLIENT]).gaps;
        expect(expected.map((g) => (g.level === 'scale' ? g.scale : g.itemId))).toEqual(['expectations', 'k02', 'k08', 'k03', 'k14']);
        const lines = await pro.locator('.gap-list li').allTextContents();
        expect(lines).toHaveLength(expected.length);
        expect(lines[0]).toContain(c.compare.scale.expectations.clientsLess.one);
        expected.slice(1).forEach((gap, i) => {
          if (gap.level !== 'statement') throw new Error('statements follow the scales');
          expect(lines[i + 1]).toBe(fill(c.compare.statementGap[gap.direction].one, { statement: clientStatement('clientCheck', gap.itemId) }));
        });
        await checkA11y(pro, 'the comparison');
        // A one-step difference (k04) and the "weet ik niet" (k05) are never named.
        expect(lines.join(' ')).not.toContain(clientStatement('clientCheck', 'k04'));
        expect(lines.join(' ')).not.toContain(clientStatement('clientCheck', 'k05'));
      });
    });
  }

  it('two clients at the table in a row: the device is locked, the second sees nothing of the first, the end screen shows only the two views, Back leads nowhere', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context) => {
      const pro = await context.newPage();
      await tableConversationReady(pro, baseURL, MIRROR);
      const first = pro.url();
      const profView = pro.getByRole('table', { name: fill(c.together.caption, { word: WORD }) });
      /** A client at the table: reads where the answers go, answers, gives them, and looks. */
      const atTable = async (answers: Answers) => {
        await pro.getByText(fill(c.table.whoSees, { word: WORD })).waitFor();
        await pro.getByRole('button', { name: c.phone.start, exact: true }).click();
        await pro.getByRole('group', { name: clientStatement('clientCheck', 'k01') }).waitFor();
        // Nothing of anyone before: no answer chosen.
        expect(await pro.getByRole('radio', { checked: true }).count()).toBe(0);
        await answerClientForm(pro, 'clientCheck', answers);
        await pro.getByRole('button', { name: fill(c.table.give, { word: WORD }) }).click();
        await pro.getByRole('heading', { level: 1, name: c.table.doneTitle }).waitFor();
        expect(await pro.getByRole('alert').count()).toBe(0);
        await pro.getByRole('button', { name: c.table.viewTogether }).click();
        await profView.waitFor();
      };
      /** The end screen: the two views in the client's words, nothing else of the professional's. */
      const onlyTheTwoViews = async (answers: Answers) => {
        const headers = await profView.getByRole('columnheader').allTextContents();
        expect(headers).toEqual([c.together.statement, c.together.you, fill(c.together.professional, { word: WORD })]);
        const rows = await profView.getByRole('row').allTextContents();
        expect(rows[1]).toBe(`${clientStatement('clientCheck', 'k01')}${frequency[String(answers.k01) as '1']}${frequency['5']}`);
        const text = (await pro.locator('body').textContent()) ?? '';
        for (const word of ['DOOR', 'MET', c.compare.legendBetween, 'wederkerigheid', c.compare.promptsTitle]) expect(text).not.toContain(word);
        expect(await pro.getByRole('navigation').count()).toBe(0);
        expect(await pro.getByRole('link').count()).toBe(0);
        expect(await pro.getByRole('img', { name: /QR/ }).count()).toBe(0);
        expect(await pro.getByRole('textbox', { name: nlWorkshop.pasteLabel }).count()).toBe(0);
        await checkA11y(pro, 'the end screen at the table');
      };

      await pro.getByRole('link', { name: c.collection.answerHere }).click();
      await lockWithPin(pro);
      await atTable(CLIENT);
      await onlyTheTwoViews(CLIENT);

      // Back, again and again, and a typed address: only the client frame, nothing of the professional's.
      for (let n = 0; n < 3; n++) {
        await pro.goBack();
        await pro.getByRole('heading', { level: 1, name: fill(c.table.returnTitle, { word: WORD }) }).waitFor();
        expect(pro.url()).toMatch(/\/table$/);
        expect(await pro.getByRole('navigation').count()).toBe(0);
      }
      await pro.goto(`${baseURL}/#/clients`);
      await pro.getByRole('heading', { level: 1, name: fill(c.table.returnTitle, { word: WORD }) }).waitFor();
      expect(await pro.getByRole('heading', { level: 1, name: c.overview.title }).count()).toBe(0);

      // The professional opens it with the PIN, and chooses for the next client before handing it over.
      await typePin(pro, PIN, fill(nlShared.unlock.buttonTable, { word: WORD }));
      await pro.getByRole('heading', { level: 1, name: c.collection.titleTable }).waitFor();
      await pro.getByRole('link', { name: c.collection.nextClientHere }).click();
      await pro.getByRole('heading', { level: 1, name: c.table.takenTitle }).waitFor();
      await checkA11y(pro, 'the choice for a second client at the table');
      await pro.getByRole('button', { name: c.table.newConversation }).click();
      await lockWithPin(pro);
      const second: Answers = Object.fromEntries(CLIENT_CHECK_V2.items.map((i) => [i.id, 3]));
      await atTable(second);
      await onlyTheTwoViews(second);
      expect(pro.url()).not.toBe(first);

      // Both conversations are kept, each with its own client and the professional's own answers.
      const stored = await pro.evaluate(() => JSON.parse(localStorage.getItem('modusspiegel:clients') ?? '{}') as { state: { collections: { results: { parts: Record<string, { answers: Answers }> }[] }[] } });
      const clients = stored.state.collections.map((col) => col.results.filter((r) => r.parts['client-check']).map((r) => r.parts['client-check']?.answers));
      expect(clients).toEqual([[second], [CLIENT]]);
      expect(stored.state.collections.every((col) => col.results.some((r) => r.parts['client-mirror']))).toBe(true);
    });
  });

  it('at the table, a reload mid-way greets the next client with an empty form, and a client who takes the answers back leaves nothing', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context) => {
      const pro = await context.newPage();
      await tableConversationReady(pro, baseURL, MIRROR);
      await pro.getByRole('link', { name: c.collection.answerHere }).click();
      await lockWithPin(pro);
      await pro.getByRole('button', { name: c.phone.start, exact: true }).click();
      for (const id of ['k01', 'k02', 'k03']) {
        const group = pro.getByRole('group', { name: clientStatement('clientCheck', id) });
        await group.getByRole('radio', { name: frequency['1'], exact: true }).check();
        await pro.getByRole('button', { name: nlQuestionnaire.next, exact: true }).click();
      }
      await pro.getByRole('group', { name: clientStatement('clientCheck', 'k04') }).waitFor();
      await pro.reload();
      await pro.getByRole('button', { name: c.phone.start, exact: true }).click();
      await pro.getByRole('group', { name: clientStatement('clientCheck', 'k01') }).waitFor();
      expect(await pro.getByRole('radio', { checked: true }).count()).toBe(0);

      await answerClientForm(pro, 'clientCheck', CLIENT);
      await pro.getByRole('button', { name: c.table.takeBack }).click();
      await pro.getByRole('heading', { level: 1, name: c.table.takenBackTitle }).waitFor();
      const stored = await pro.evaluate(() => [localStorage.getItem('modusspiegel:clients') ?? '', localStorage.getItem('modusspiegel:progress') ?? '']);
      expect(stored[0]).not.toContain('client-check');
      expect(stored[1]).not.toContain('table:');

      // The professional hears of the dropped answers, and sees no client in the conversation.
      await typePin(pro, PIN, fill(nlShared.unlock.buttonTable, { word: WORD }));
      await pro.getByText(nlShared.droppedUnfinished_one).waitFor();
      await pro.getByText(c.collection.needClient).waitFor();
    });
  });

  it('collected: five clients’ codes in one batch show nothing until the professional updates, then only the average', async () => {
    await inFreshContext(browser, baseURL, { viewport: LAPTOP, locale: 'nl-NL' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/clients`);
      await page.getByRole('radio', { name: c.overview.collected }).check();
      await page.getByRole('button', { name: c.overview.create, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: c.collection.titleCollected }).waitFor();
      await page.getByRole('link', { name: c.collection.mirrorStart }).click();
      await answerClientForm(page, 'clientMirror', MIRROR);
      const link = (await page.getByRole('link', { name: /#\/client\// }).getAttribute('href')) ?? '';
      const workshopCode = /#\/client\/([0-9A-Z]{6})\//.exec(link)?.[1] ?? '';
      const codes = [1, 2, 3, 4, 5].map((nonce) =>
        toTextCode({ workshopCode, nonce, questionnaires: [{ instrument: CLIENT_CHECK_V2, answers: { ...CLIENT, k05: (nonce % 5) + 1 } as Answers }] }),
      );
      await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(codes.slice(0, 4).join('\n'));
      await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      await page.getByRole('button', { name: c.collection.update, exact: true }).click();
      await page.getByText(fill(c.collection.waiting_other, { count: 4, min: 5 })).waitFor();
      await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(codes[4] ?? '');
      await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
      // The fifth code waits for the professional: the view does not change by itself.
      await page.getByText(fill(c.collection.pending_one, { count: 1 })).waitFor();
      expect(await page.getByRole('heading', { name: c.compare.findingsTitle }).count()).toBe(0);
      await page.getByRole('button', { name: c.collection.update, exact: true }).click();
      await page.getByRole('heading', { name: c.compare.findingsTitle }).waitFor();
      await page.getByText(fill(c.collection.shownCount_other, { count: 5 })).waitFor();
    });
  });
});
