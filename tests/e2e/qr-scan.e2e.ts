import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertNoOffOriginRequests, launchBrowser, newRecordedContext } from './support/browser';
import { decodeQrFromImageData } from '../../src/lib/qr-decode';
import { toQrPayload } from '../../src/model/codec/result-code';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../src/model/instruments/registry';
import type { AnswerValue, Answers } from '../../src/model/instruments/types';
import { DEFAULT_MIN_RESPONDENTS } from '../../src/model/team/anonymity';
import nlIntake from '../../locales/nl/intake.json';
import nlWorkshop from '../../locales/nl/workshop.json';

/**
 * The camera path end to end, in real Chromium: its fake camera plays a video file we write here
 * (a QR code of a real result code), the facilitator starts the camera on the workshop page, and
 * the result count goes up. No camera, no person and no network needed.
 */

const baseURL = inject('baseURL');
const WIDTH = 640;
const HEIGHT = 480;

/**
 * A Y4M video (YUV4MPEG2, 4:2:0): a text header, then per frame "FRAME\n" and the Y, U and V
 * planes. Grey chroma (128) makes it black and white. Chromium loops the frames.
 */
function y4m(luma: Uint8Array, frames = 5): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** A light grey picture with the QR code of `text` in the middle, as a phone held up shows it. */
function qrPicture(text: string): Uint8Array {
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(200);
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const side = modules.size + 2 * quiet;
  const pixels = Math.floor((HEIGHT * 0.8) / side);
  const left = Math.floor((WIDTH - side * pixels) / 2);
  const top = Math.floor((HEIGHT - side * pixels) / 2);
  for (let y = 0; y < side * pixels; y += 1) {
    for (let x = 0; x < side * pixels; x += 1) {
      const row = Math.floor(y / pixels) - quiet;
      const col = Math.floor(x / pixels) - quiet;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
      // Video levels (16–235): what a camera delivers, and safe for any YUV→RGB conversion.
      luma[(top + y) * WIDTH + left + x] = dark ? 16 : 235;
    }
  }
  return luma;
}

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

const dir = mkdtempSync(join(tmpdir(), 'modusspiegel-camera-'));
const video = join(dir, 'camera.y4m');
let browser: Browser;

beforeAll(async () => {
  // The path is a launch flag; Chromium opens the file only when a page starts the camera, so a
  // test can write the picture it needs (a code for the workshop it just made) after launch.
  writeFileSync(video, y4m(new Uint8Array(WIDTH * HEIGHT).fill(128)));
  browser = await launchBrowser(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
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
      writeFileSync(video, y4m(qrPicture(toQrPayload({ workshopCode: code, nonce: 0x2a5f3, questionnaires: [{ instrument: SELF_CHECK, answers }] }))));

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
