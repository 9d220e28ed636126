/**
 * A chart's SVG as a stand-alone picture, for a trainer's own slides. An SVG drawn by an <img>
 * sees none of the page's stylesheets, so every style that shapes the drawing is copied from the
 * live element onto the copy (computed values: colours, lines, fonts), the size is fixed, and a
 * white background goes under it (a PNG is transparent otherwise, and a dark slide would swallow
 * the dark text). Text scales with the drawing, so labels stay as large, relative to the chart,
 * as on the screen.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties that recharts and our own charts set by CSS or inherit from the page. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
] as const;

/** The width of a projector slide, in pixels. */
export const PROJECTOR_WIDTH = 1920;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The drawing's own coordinates: its viewBox, else its width and height, else its size on the page. */
function drawingBox(svg: SVGSVGElement): Box | null {
  const numbers = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (numbers.length === 4 && numbers.every(Number.isFinite) && (numbers[2] ?? 0) > 0 && (numbers[3] ?? 0) > 0) {
    const [x = 0, y = 0, width = 0, height = 0] = numbers;
    return { x, y, width, height };
  }
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { x: 0, y: 0, width, height };
  const rect = svg.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? { x: 0, y: 0, width: rect.width, height: rect.height } : null;
}

export interface SerializedSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The SVG as stand-alone markup of `width` pixels wide (the height follows the drawing's
 * proportions), its styles inlined and a background under it. Null for an SVG without a size.
 */
export function serializeSvg(svg: SVGSVGElement, width: number = PROJECTOR_WIDTH, background = '#ffffff'): SerializedSvg | null {
  const drawn = drawingBox(svg);
  if (!drawn) return null;
  // A little room around the drawing: axis numbers at the very edge would touch the slide's border.
  const margin = Math.round(Math.min(drawn.width, drawn.height) * 0.02);
  const box = { x: drawn.x - margin, y: drawn.y - margin, width: drawn.width + 2 * margin, height: drawn.height + 2 * margin };
  const height = Math.round((width * box.height) / box.width);
  const copy = svg.cloneNode(true) as SVGSVGElement;

  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const view = svg.ownerDocument.defaultView;
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!view || !(target instanceof view.Element)) return;
    const computed = view.getComputedStyle(original);
    const style = (target as SVGElement).style;
    for (const property of INLINED) {
      const value = computed.getPropertyValue(property);
      if (value !== '') style.setProperty(property, value);
    }
  });

  // The page's sizing rules (width: 100%, max-width, aspect-ratio) mean nothing in a picture.
  for (const property of ['width', 'height', 'max-width', 'aspect-ratio', 'display']) copy.style.removeProperty(property);
  copy.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('aria-hidden');

  const backdrop = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height, fill: background })) {
    backdrop.setAttribute(name, String(value));
  }
  copy.insertBefore(backdrop, copy.firstChild);

  // An element in the SVG namespace is written with its xmlns: the markup stands on its own.
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

/**
 * The SVG as a PNG of `width` pixels wide: serialized, drawn by an <img> onto a canvas, and
 * encoded by the browser. Nothing leaves the device: the picture goes through a blob: address.
 */
export async function svgToPng(svg: SVGSVGElement, width: number = PROJECTOR_WIDTH): Promise<Blob> {
  const serialized = serializeSvg(svg, width);
  if (!serialized) throw new Error('The chart has no size to draw.');
  const url = URL.createObjectURL(new Blob([serialized.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(serialized.width, serialized.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = serialized.width;
    canvas.height = serialized.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw a picture.');
    context.drawImage(image, 0, 0, serialized.width, serialized.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('This browser cannot save a picture.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
