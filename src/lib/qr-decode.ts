import jsQR from 'jsqr';

/**
 * QR reading for the intake: raw strings only. What a string means (a result code, a workshop
 * file, noise) is decided by the codec (`decodeResultCode`), never here.
 *
 * jsQR is imported statically in this module on purpose: the module itself is meant to be loaded
 * with `await import('../lib/qr-decode')` (as QrScanner does), so jsQR (about 48 KB gzip) only loads once
 * somebody scans, and the synchronous {@link decodeQrFromImageData} stays simple.
 */

/** The pixels of an image, as `ImageData` has them: RGBA, 4 bytes per pixel, row by row. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface DecodeOptions {
  /**
   * Also try the image with light and dark swapped (a code shown in dark mode). Doubles the work
   * on an image without a code, so camera frames skip it; still images keep it.
   */
  tryInverted?: boolean;
}

/** The text of the QR code in the image, or null when there is none (or it holds no text). */
export function decodeQrFromImageData(image: RgbaImage, { tryInverted = true }: DecodeOptions = {}): string | null {
  if (image.width <= 0 || image.height <= 0 || image.data.length < image.width * image.height * 4) return null;
  const found = jsQR(image.data, image.width, image.height, {
    inversionAttempts: tryInverted ? 'attemptBoth' : 'dontInvert',
  });
  return found?.data ? found.data : null;
}

export type QrSource = HTMLVideoElement | ImageBitmap | HTMLCanvasElement;
/** Finds the QR codes in one frame and returns their texts (empty when there are none). */
export type QrDetector = (source: QrSource) => Promise<string[]>;

// The Shape Detection API is not in TypeScript's DOM library; this is the part we use.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: QrSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorConstructor {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's own QR detector, or null when it has none or none for QR codes. */
async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  if (!('BarcodeDetector' in globalThis)) return null;
  const Detector = (globalThis as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
  try {
    // Chromium on Windows and Linux exposes the class but supports no format at all.
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) return null;
    return new Detector({ formats: ['qr_code'] });
  } catch {
    return null;
  }
}

/**
 * Longest side, in pixels, of the frame jsQR reads. A phone held up to a laptop camera fills a
 * good part of the frame, so a 960-pixel copy keeps ≥ 3 pixels per module while cutting the work
 * of a 1920 × 1080 frame by four.
 */
const MAX_SIDE = 960;

function sourceSize(source: QrSource): { width: number; height: number } {
  if (typeof HTMLVideoElement !== 'undefined' && source instanceof HTMLVideoElement) {
    return { width: source.videoWidth, height: source.videoHeight };
  }
  return { width: source.width, height: source.height };
}

function canvasDetector(): QrDetector {
  const canvas = document.createElement('canvas');
  // The frame is read back on every scan: keep it in memory rather than on the GPU.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (source) => {
    const { width, height } = sourceSize(source);
    if (!context || width === 0 || height === 0) return [];
    const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    const text = decodeQrFromImageData(context.getImageData(0, 0, canvas.width, canvas.height), { tryInverted: false });
    return text === null ? [] : [text];
  };
}

/**
 * A detector for camera frames: the browser's `BarcodeDetector` when it supports `qr_code`
 * (fast, native), else jsQR on a canvas copy of the frame. If the native detector fails on a
 * frame (some platforms expose it without a working backend), it switches to jsQR for good.
 */
export async function createQrDetector(): Promise<QrDetector> {
  const native = await nativeDetector();
  if (!native) return canvasDetector();
  let fallback: QrDetector | null = null;
  return async (source) => {
    if (fallback) return fallback(source);
    try {
      const found = await native.detect(source);
      return found.map((barcode) => barcode.rawValue).filter((text) => text !== '');
    } catch {
      fallback = canvasDetector();
      return fallback(source);
    }
  };
}
