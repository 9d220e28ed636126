import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowserForFile } from './support/browser';
import { answerAndGoOn, answerOf, answersFrom, fill, inFreshContext, ITEMS, PHONE, TOTAL } from './support/self-check-flow';
import { createWorkshop, selfCheckCodes } from './support/workshop-tabs';
import type { LikertItem } from '../../src/model/instruments/types';
import nlWorkshop from '../../locales/nl/workshop.json';
import nlParticipant from '../../locales/nl/participant.json';
import nlReport from '../../locales/nl/report.json';

/**
 * Withdraw and forget (decisions 79 and 80): a phone answers, hands in its code, then withdraws;
 * its withdrawal code, taken in on the facilitator's laptop, removes the result (the count
 * drops), and the phone keeps no answer. Then "keep only the team report" leaves no answer and no
 * fingerprint anywhere in the laptop's storage.
 */

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

/** Everything this origin keeps in localStorage, as one text. */
/** The result count as the workshop page says it (from the minimum on). */
const countText = (count: number) => fill(nlWorkshop.count_other, { count });
const allStorage = (page: Page) => page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))));

async function paste(page: Page, codes: readonly string[]): Promise<void> {
  await page.getByRole('textbox', { name: nlWorkshop.pasteLabel }).fill(codes.join('\n'));
  await page.getByRole('button', { name: nlWorkshop.pasteButton }).click();
}

describe('withdraw and forget', () => {
  it('a withdrawal code removes the result on the laptop; keeping only the report leaves no answers', async () => {
    await inFreshContext(browser, baseURL, {}, async (laptopContext) => {
      const laptop = await laptopContext.newPage();
      const joinCode = await createWorkshop(laptop, baseURL, 'Team Zuid');
      const others = selfCheckCodes(joinCode, 4000, 5);
      await paste(laptop, others);
      await laptop.getByText(countText(5), { exact: true }).first().waitFor();

      await inFreshContext(browser, baseURL, { viewport: PHONE }, async (phoneContext) => {
        const phone = await phoneContext.newPage();
        await phone.goto(`${baseURL}/#/join/${joinCode}`);
        await phone.getByRole('button', { name: nlParticipant.join }).click();
        const answers = answersFrom('5151515151515151');
        for (let i = 0; i < TOTAL; i++) await answerAndGoOn(phone, 'nl', i, answerOf(answers, ITEMS[i] as LikertItem));
        await phone.getByRole('heading', { level: 1, name: nlParticipant.handoverTitle }).waitFor();
        const resultCode = (await phone.locator('.code-text').textContent())?.trim() ?? '';

        // Handed in: the laptop counts six.
        await paste(laptop, [resultCode]);
        await laptop.getByText(countText(6), { exact: true }).first().waitFor();

        // The participant changes their mind.
        await phone.getByRole('button', { name: nlParticipant.withdraw.button }).click();
        await phone.getByRole('dialog', { name: nlParticipant.withdraw.confirmTitle }).getByRole('button', { name: nlParticipant.withdraw.confirm }).click();
        await phone.getByRole('heading', { level: 1, name: nlParticipant.withdraw.doneTitle }).waitFor();
        const withdrawalCode = (await phone.getByRole('status', { name: nlParticipant.withdraw.codeLabel }).textContent())?.trim() ?? '';
        expect(withdrawalCode).toMatch(/^MS3(-[0-9A-Z]{5}){4}$/);
        await phone.getByRole('img', { name: new RegExp(nlParticipant.withdraw.qrLabel.replace('{{code}}', '.*')) }).waitFor();
        // The phone forgot the answers: nothing of them is stored, not the code, not the own result.
        const phoneStorage = await allStorage(phone);
        expect(phoneStorage).not.toContain('"answers"');
        expect(phoneStorage).not.toContain(resultCode.replace(/-/g, ''));

        // Taken in on the laptop: the count drops, and the intake says so plainly.
        await paste(laptop, [withdrawalCode]);
        const outcome = laptop.getByRole('status', { name: nlWorkshop.outcomeLabel });
        await outcome.getByText(fill(nlWorkshop.entryLabel, { source: withdrawalCode, message: nlWorkshop.status.withdrawn }), { exact: true }).waitFor();
        await outcome.getByText(fill(nlWorkshop.summaryWithdrawn_one, { count: 1 })).waitFor();
        await laptop.getByText(countText(5), { exact: true }).first().waitFor();
        // The result handed in again later stays out.
        await paste(laptop, [resultCode]);
        await outcome.getByText(fill(nlWorkshop.entryLabel, { source: resultCode, message: nlWorkshop.status.withdrawnLink }), { exact: true }).waitFor();
        await laptop.getByText(countText(5), { exact: true }).first().waitFor();

        // Closed on the phone: nothing of that workshop is left there.
        await phone.getByRole('button', { name: nlParticipant.withdraw.close }).click();
        await phone.waitForURL(/#\/$/);
        expect(await allStorage(phone)).not.toContain('"root"');
      });

      // After the workshop: keep only the team report.
      const panel = laptop.getByRole('region', { name: nlWorkshop.keepReport.title });
      await panel.getByRole('button', { name: nlWorkshop.keepReport.button }).click();
      await laptop.getByRole('dialog', { name: nlWorkshop.keepReport.confirmTitle }).getByRole('button', { name: nlWorkshop.keepReport.confirm }).click();
      await laptop.getByText(nlReport.kept.note).waitFor();
      await laptop.getByRole('heading', { level: 1, name: nlReport.title }).waitFor();
      const laptopStorage = await allStorage(laptop);
      expect(laptopStorage).toContain('keptReport');
      expect(laptopStorage).not.toContain('"answers"');
      for (const code of others) expect(laptopStorage).not.toContain(code.replace(/-/g, ''));
      // After a reload too: the presenter of this workshop shows the kept report, nothing else.
      await laptop.goto(`${laptop.url()}/present`);
      await laptop.getByText(nlReport.kept.note).waitFor();
    });
  });
});
