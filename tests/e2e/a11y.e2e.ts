import type { Browser } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { checkA11y, launchBrowserForFile } from './support/browser';
import {
  LAPTOP,
  PHONE,
  TEXTS,
  answerAndGoOn,
  answerRest,
  answersFrom,
  expectResultPage,
  expectStatement,
  inFreshContext,
  startFromHome,
  type Lng,
} from './support/self-check-flow';

const baseURL = inject('baseURL');
let browser: Browser;
launchBrowserForFile((b) => (browser = b));

/** "Verwijder het resultaat van {{date}}": the accessible name of each delete button, without the date. */
function deleteLabelPrefix(lng: Lng): RegExp {
  const prefix = TEXTS[lng].history.deleteLabel.split('{{')[0] ?? '';
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

const viewports = [
  ['phone', PHONE, 'nl'],
  ['laptop', LAPTOP, 'en'],
] as const;

describe('axe-core (WCAG 2.2 AA)', () => {
  it.each(viewports)('finds nothing on the home page, a statement, a result and the history, on a %s', async (label, viewport, lng: Lng) => {
    const locale = lng === 'nl' ? 'nl-NL' : 'en-GB';
    await inFreshContext(browser, baseURL, { viewport, locale }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.getByRole('heading', { level: 1, name: TEXTS[lng].home.title }).waitFor();
      await checkA11y(page, `home (${label}, ${lng})`);

      await startFromHome(page, baseURL, lng);
      await checkA11y(page, `first statement, unanswered (${label}, ${lng})`);
      await answerAndGoOn(page, lng, 0, 4);
      await expectStatement(page, lng, 1);
      await answerAndGoOn(page, lng, 1, 2);
      const group = await expectStatement(page, lng, 2);
      await group.getByRole('radio').nth(4).check();
      await page.getByRole('button', { name: TEXTS[lng].questionnaire.next, exact: true }).waitFor();
      await checkA11y(page, `third statement, answered (${label}, ${lng})`);
      await page.getByRole('button', { name: TEXTS[lng].questionnaire.previous, exact: true }).click();
      await expectStatement(page, lng, 1);

      // Back on statement 2; finish with a pattern that lands between modes (the extra note shows).
      const answers = answersFrom('4254333333333333');
      await page.getByRole('button', { name: TEXTS[lng].questionnaire.next, exact: true }).click();
      await answerRest(page, lng, answers, 2);
      await expectResultPage(page, lng, answers);
      await checkA11y(page, `result page (${label}, ${lng})`);

      await page.getByRole('link', { name: TEXTS[lng].results.allResults, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: TEXTS[lng].history.pageTitle }).waitFor();
      const deleteButtons = page.getByRole('button', { name: deleteLabelPrefix(lng) });
      await deleteButtons.first().waitFor();
      await checkA11y(page, `history page (${label}, ${lng})`);

      // The delete dialog, open.
      await deleteButtons.first().click();
      await page.getByRole('dialog', { name: TEXTS[lng].history.deleteConfirmTitle, exact: true }).waitFor();
      await checkA11y(page, `delete dialog (${label}, ${lng})`);
    });
  });

  it.each(['nl', 'en'] as const)('finds nothing on the privacy page (%s), reached from the footer', async (lng) => {
    await inFreshContext(browser, baseURL, { viewport: PHONE, locale: lng === 'nl' ? 'nl-NL' : 'en-GB' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.getByRole('heading', { level: 1, name: TEXTS[lng].home.title }).waitFor();
      await page.getByRole('contentinfo').getByRole('link', { name: TEXTS[lng].common.privacyLink, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: TEXTS[lng].privacy.pageTitle }).waitFor();
      await checkA11y(page, `privacy page (${lng})`);
    });
  });

  it('finds nothing on a page that does not exist', async () => {
    await inFreshContext(browser, baseURL, { viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/no-such-page`);
      await page.getByRole('heading', { level: 1, name: TEXTS.nl.common.notFound.title }).waitFor();
      await checkA11y(page, 'not-found page');
    });
  });
});
