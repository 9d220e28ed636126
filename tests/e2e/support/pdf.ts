import { inflateSync } from 'node:zlib';

/**
 * Reading a PDF written by Chromium (Skia: no object streams, Flate content) with zlib only: its
 * page objects, their size and drawing, and its title. Shared by print.e2e.ts and team-report.e2e.ts.
 */
export interface PdfPage {
  mediaBox: number[];
  /** The page's decompressed drawing operators. */
  content: string;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const m of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = (m.index ?? 0) + m[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? NaN);
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  const pages: PdfPage[] = [];
  for (const { dict } of objects.values()) {
    // `/Type /Page`, not `/Type /Pages` (the page tree).
    if (!/\/Type\s*\/Page(?![A-Za-z])/.test(dict)) continue;
    const mediaBox = (/\/MediaBox\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '').trim().split(/\s+/).map(Number);
    const refs = [...(/\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(dict)?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((r) => Number(r[1]));
    const content = refs.map((ref) => objects.get(ref)?.stream?.toString('latin1') ?? '').join('\n');
    pages.push({ mediaBox, content });
  }
  return pages;
}

/** The document title Chromium writes into the PDF (UTF-16BE hex, or a literal string). */
export function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text)?.[1];
  if (hex) return Buffer.from(hex, 'hex').swap16().toString('utf16le');
  return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
}

/** Width and height from a PNG's header (IHDR), after checking its signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
