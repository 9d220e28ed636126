import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertNoOffOriginRequests, newRecordedContext } from './support/browser';
import { launchWithFakeCamera, type FakeCamera } from './support/fake-camera';
import { decodeQrFromImageData } from '../../src/lib/qr-decode';
import { toQrPayload } from '../../src/model/codec/result-code';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../src/model/instruments/registry';
import type { AnswerValue, Answers } from '../../src/model/instruments/types';
import { DEFAULT_MIN_RESPONDENTS } from '../../src/model/team/anonymity';
import nlIntake from '../../locales/nl/intake.json';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * The camera path end to end, in real Chromium: its fake camera plays a video file the test writes
 * (a QR code of a real result code, support/fake-camera.ts), the facilitator starts the camera on the workshop page, and
 * the result count goes up. No camera, no person and no network needed.
 */

const baseURL = inject('baseURL');

/** The pixels of an <img> on the page, drawn on a canvas there, for decoding here. */
async function imagePixels(page: Page, selector: string) {
  return page.locator(selector).evaluate(async (element) => {
    const img = element as HTMLImageElement;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(img, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(data), width, height };
  });
}

async function decodeImage(page: Page, selector: string): Promise<string | null> {
  const { data, width, height } = await imagePixels(page, selector);
  return decodeQrFromImageData({ data: Uint8ClampedArray.from(data), width, height });
}

let camera: FakeCamera;
let browser: Browser;

beforeAll(async () => {
  camera = await launchWithFakeCamera();
  browser = camera.browser;
});

afterAll(async () => {
  await camera?.close();
});

/** Creates a workshop through the UI and returns its page and join code. */
async function newWorkshop(page: Page): Promise<string> {
  await page.goto(`${baseURL}/#/workshops`);
  await page.getByRole('heading', { name: nlWorkshop.createTitle }).waitFor();
  await page.getByLabel(nlWorkshop.nameLabel).fill('Team Noord');
  await page.getByRole('button', { name: nlWorkshop.create }).click();
  await page.getByRole('heading', { level: 1, name: 'Team Noord' }).waitFor();
  return (await page.locator('.join-code strong').textContent())?.trim() ?? '';
}

const countOf = (count: number) =>
  nlWorkshop.countOf.replace('{{received}}', String(count)).replace('{{min}}', String(DEFAULT_MIN_RESPONDENTS));

describe('QR codes on the workshop page', () => {
  it('reads a result code from the camera and counts it once', async () => {
    const { context, requests } = await newRecordedContext(browser);
    await context.grantPermissions(['camera'], { origin: baseURL });
    try {
      const page = await context.newPage();
      const code = await newWorkshop(page);
      expect(code).not.toBe('');

      // The join QR (QrImage) decodes, with the app's own decoder, to the join address.
      const join = await decodeImage(page, 'img.qr-image');
      expect(join).toMatch(new RegExp(`^${baseURL}/#/join/`));

      const answers: Answers = Object.fromEntries(SELF_CHECK.items.map((item, i) => [item.id, ((i % 5) + 1) as AnswerValue]));
      camera.show(toQrPayload({ workshopCode: code, nonce: 0x2a5f3, questionnaires: [{ instrument: SELF_CHECK, answers }] }));

      await expect.poll(() => page.getByText(countOf(0)).count()).toBe(1);
      await page.getByRole('button', { name: nlIntake.scanner.start }).click();
      await page.getByLabel(nlIntake.scanner.video).waitFor();
      await expect.poll(() => page.getByText(countOf(1)).count(), { timeout: 15_000 }).toBe(1);

      // The code stays in view; it must still count once.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await page.getByText(countOf(1)).count()).toBe(1);

      await page.getByRole('button', { name: nlIntake.scanner.stop }).click();
      expect(await page.locator('video').evaluate((v) => (v as HTMLVideoElement).srcObject)).toBeNull();
      assertNoOffOriginRequests(requests, baseURL);
    } finally {
      await context.close();
    }
  });

  it('explains a refused camera and offers the other ways', async () => {
    // No permission granted: headless Chromium refuses the camera as a person would.
    const { context } = await newRecordedContext(browser);
    try {
      const page = await context.newPage();
      await newWorkshop(page);
      await page.getByRole('button', { name: nlIntake.scanner.start }).click();
      const alert = page.getByRole('alert').filter({ hasText: nlIntake.scanner.errors.denied });
      await alert.waitFor();
      expect(await alert.textContent()).toContain(nlIntake.scanner.alternatives);
    } finally {
      await context.close();
    }
  });
});
