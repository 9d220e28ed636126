import type { Page } from 'playwright-core';
import nlShared from '../../../locales/nl/shared.json';

/** The facilitator leaves the locked shared device on purpose: the button, then the typed stop word. */
export async function stopSharedDevice(page: Page): Promise<void> {
  await page.getByRole('button', { name: nlShared.stopButton }).click();
  const dialog = page.getByRole('dialog', { name: nlShared.stopTitle });
  await dialog.getByRole('textbox', { name: nlShared.stopLabel.replace('{{word}}', nlShared.stopWord) }).fill(nlShared.stopWord);
  await dialog.getByRole('button', { name: nlShared.stopConfirm }).click();
}
