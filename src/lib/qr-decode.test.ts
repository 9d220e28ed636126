import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrFromImageData, type RgbaImage } from './qr-decode';

// The alphabet of result codes (Crockford base32, upper case): all in QR's alphanumeric mode.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A deterministic generator, so a failing code can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function resultLikeCode(random: () => number, length = 40): string {
  let code = 'MS1';
  for (let i = 0; i < length; i += 1) code += CROCKFORD[Math.floor(random() * CROCKFORD.length)];
  return code;
}

function blank(width: number, height: number, grey = 255): RgbaImage {
  return { data: new Uint8ClampedArray(width * height * 4).fill(grey), width, height };
}

/** Renders a QR code the way a screen shows it: black modules on white, with a quiet zone. */
function renderQr(text: string, { pixelsPerModule = 6, quietZone = 4, dark = 0, light = 255 } = {}): RgbaImage {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * quietZone) * pixelsPerModule;
  const image = blank(side, side, light);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / pixelsPerModule) - quietZone;
      const col = Math.floor(x / pixelsPerModule) - quietZone;
      const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
      if (!inside || !modules.get(row, col)) continue;
      const i = (y * side + x) * 4;
      image.data[i] = image.data[i + 1] = image.data[i + 2] = dark;
    }
  }
  return image;
}

/** The image turned by `degrees` around its centre and scaled, on a larger white canvas. */
function rotateAndScale(source: RgbaImage, degrees: number, scale: number): RgbaImage {
  const side = Math.ceil(Math.max(source.width, source.height) * scale * 1.5);
  const out = blank(side, side);
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      // Inverse mapping: for each output pixel, the source pixel it shows (nearest neighbour).
      const dx = (x - side / 2) / scale;
      const dy = (y - side / 2) / scale;
      const sx = Math.round(cos * dx + sin * dy + source.width / 2);
      const sy = Math.round(-sin * dx + cos * dy + source.height / 2);
      if (sx < 0 || sy < 0 || sx >= source.width || sy >= source.height) continue;
      const from = (sy * source.width + sx) * 4;
      const to = (y * side + x) * 4;
      for (let c = 0; c < 4; c += 1) out.data[to + c] = source.data[from + c] ?? 255;
    }
  }
  return out;
}

describe('decodeQrFromImageData', () => {
  const random = seeded(20240611);
  const codes = [resultLikeCode(random, 40), resultLikeCode(random, 40), resultLikeCode(random, 24), resultLikeCode(random, 90)];

  it.each(codes)('reads back the exact text of %s', (code) => {
    expect(decodeQrFromImageData(renderQr(code))).toBe(code);
  });

  it('reads a code with mixed case and symbols (byte mode)', () => {
    const text = 'Modusspiegel: workshop ü/42?';
    expect(decodeQrFromImageData(renderQr(text))).toBe(text);
  });

  it('reads a code that is turned and not on whole pixels', () => {
    const code = codes[0] ?? '';
    expect(decodeQrFromImageData(rotateAndScale(renderQr(code, { pixelsPerModule: 4 }), 17, 1.3))).toBe(code);
  });

  it('reads a light-on-dark code only when inversion is allowed', () => {
    const code = codes[1] ?? '';
    const inverted = renderQr(code, { dark: 255, light: 0 });
    expect(decodeQrFromImageData(inverted)).toBe(code);
    expect(decodeQrFromImageData(inverted, { tryInverted: false })).toBeNull();
  });

  it('returns null for an image without a code', () => {
    expect(decodeQrFromImageData(blank(320, 240))).toBeNull();
    expect(decodeQrFromImageData(blank(320, 240, 0))).toBeNull();
  });

  it('returns null for an empty or truncated image instead of throwing', () => {
    expect(decodeQrFromImageData(blank(0, 0))).toBeNull();
    expect(decodeQrFromImageData({ data: new Uint8ClampedArray(10), width: 100, height: 100 })).toBeNull();
  });
});
