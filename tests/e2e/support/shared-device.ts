import type { Page } from 'playwright-core';
import nlShared from '../../../locales/nl/shared.json';

/** The PIN the facilitator chooses in these tests. */
export const PIN = '2580';

/** The facilitator chooses the PIN, twice, before the device is handed round. */
export async function lockWithPin(page: Page, pin = PIN): Promise<void> {
  await page.getByLabel(nlShared.pin.label).fill(pin);
  await page.getByLabel(nlShared.pin.againLabel).fill(pin);
  await page.getByRole('button', { name: nlShared.pin.lock }).click();
}

/** Opens the lock's dialog and types a PIN. */
export async function typePin(page: Page, pin: string, button = nlShared.unlock.buttonWorkshop): Promise<void> {
  const dialog = page.getByRole('dialog', { name: nlShared.unlock.title });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: button }).click();
  await dialog.getByLabel(nlShared.unlock.label, { exact: true }).fill(pin);
  await dialog.getByRole('button', { name: nlShared.unlock.confirm, exact: true }).click();
}

/** The facilitator leaves the locked shared device on purpose: the button, then the PIN. */
export async function stopSharedDevice(page: Page, pin = PIN): Promise<void> {
  await typePin(page, pin);
}
