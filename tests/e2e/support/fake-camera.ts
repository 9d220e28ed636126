import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

/**
 * Chromium's fake camera, playing a picture the test writes: a QR code held up to the camera,
 * with no camera, no person and no network needed.
 */

export const WIDTH = 640;
export const HEIGHT = 480;

/**
 * A Y4M video (YUV4MPEG2, 4:2:0): a text header, then per frame "FRAME\n" and the Y, U and V
 * planes. Grey chroma (128) makes it black and white. Chromium loops the frames.
 */
export function y4m(luma: Uint8Array, frames = 5): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** A light grey picture with the QR code of `text` in the middle, as a phone held up shows it. */
export function qrPicture(text: string): Uint8Array {
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

export interface FakeCamera {
  browser: Browser;
  /** What the camera shows from the next time a page starts it: a QR code of `text`. */
  show: (text: string) => void;
  close: () => Promise<void>;
}

/**
 * A Chromium whose camera plays a file of ours. The path is a launch flag; Chromium opens the
 * file only when a page starts the camera, so a test can write the picture it needs (a code for
 * the workshop it just made) after launch. Until then the camera shows grey.
 */
export async function launchWithFakeCamera(): Promise<FakeCamera> {
  const dir = mkdtempSync(join(tmpdir(), 'modusspiegel-camera-'));
  const video = join(dir, 'camera.y4m');
  writeFileSync(video, y4m(new Uint8Array(WIDTH * HEIGHT).fill(128)));
  const browser = await launchBrowser(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  return {
    browser,
    show: (text) => writeFileSync(video, y4m(qrPicture(text))),
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
