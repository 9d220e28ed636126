import type { Page } from 'playwright-core';
import nlClient from '../../../locales/nl/client.json';
import nlInstrument from '../../../locales/nl/instrument.json';
import nlQuestionnaire from '../../../locales/nl/questionnaire.json';
import { CLIENT_CHECK_V2 } from '../../../src/model/instruments/client-check';
import type { Answer, Answers } from '../../../src/model/instruments/types';
import { fill } from './self-check-flow';
import { withPersonWord } from '../../../src/testing/person-text';

/** The word clients use for the professional in these tests. */
export const WORD = 'coach';
const labels = nlInstrument.answerScales.frequency;

/** A statement of the client's form or the mirror form as the page shows it, in Dutch. */
export const clientStatement = (form: 'clientCheck' | 'clientMirror', id: string) => withPersonWord(fill(nlInstrument[form].items[id as 'k01'], { word: WORD }), 'nl');

/** Answers every statement of a one-per-screen form by role: the radio named by its label, then the next button. */
export async function answerClientForm(page: Page, form: 'clientCheck' | 'clientMirror', answers: Answers): Promise<void> {
  const items = CLIENT_CHECK_V2.items;
  for (const [i, item] of items.entries()) {
    const group = page.getByRole('group', { name: clientStatement(form, item.id) });
    await group.waitFor();
    const answer = answers[item.id] as Answer;
    await group.getByRole('radio', { name: labels[String(answer) as '1'], exact: true }).check();
    const last = i === items.length - 1;
    await page.getByRole('button', { name: last ? nlClient.phone.finish : nlQuestionnaire.next, exact: true }).click();
  }
}

/** The professional's device: a conversation at the table with the mirror form filled in; returns the client's link. */
export async function tableConversationReady(page: Page, baseURL: string, mirror: Answers): Promise<string> {
  const c = nlClient;
  await page.goto(`${baseURL}/#/clients`);
  await page.getByRole('heading', { level: 1, name: c.overview.title }).waitFor();
  await page.getByRole('radio', { name: c.overview.table }).check();
  await page.getByRole('combobox', { name: c.overview.wordLabel }).selectOption({ label: WORD });
  await page.getByRole('button', { name: c.overview.create, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: c.collection.titleTable }).waitFor();
  await page.getByRole('link', { name: c.collection.mirrorStart }).click();
  await answerClientForm(page, 'clientMirror', mirror);
  await page.getByText(c.collection.mirrorDone).waitFor();
  const link = page.getByRole('link', { name: /#\/client\// });
  return (await link.getAttribute('href')) ?? '';
}
