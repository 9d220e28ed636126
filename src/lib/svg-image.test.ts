import { describe, expect, it } from 'vitest';
import { serializeSvg } from './svg-image';

/** Markup as a chart leaves it on the page: sized by CSS, coloured partly by a stylesheet. */
function chart(markup: string): SVGSVGElement {
  document.body.innerHTML = `
    <style>.axis text { fill: rgb(31, 35, 40); font-size: 14px; font-family: Verdana, sans-serif; } .ring { stroke: rgb(29, 78, 95); }</style>
    <div>${markup}</div>`;
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;

describe('serializeSvg', () => {
  it('is a stand-alone SVG of the asked width, in the drawing\'s proportions, with a white background first', () => {
    const svg = chart('<svg class="recharts-surface" width="560" height="420" viewBox="0 0 560 420" style="width: 100%; max-width: 560px"><circle cx="10" cy="10" r="5" fill="#6a2c8c"/></svg>');
    const out = serializeSvg(svg, 1920);
    // 560 × 420 with a margin of 8 on every side: 576 × 436, drawn 1920 wide.
    expect(out).toMatchObject({ width: 1920, height: 1453 });
    const root = parse(out?.text ?? '');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('1920');
    expect(root.getAttribute('height')).toBe('1453');
    expect(root.getAttribute('viewBox')).toBe('-8 -8 576 436');
    // The screen's sizing rules would squeeze the picture: they are gone.
    expect(root.getAttribute('style') ?? '').not.toMatch(/max-width|width: 100%/);
    const first = root.firstElementChild;
    expect(first?.tagName).toBe('rect');
    expect(first?.getAttribute('fill')).toBe('#ffffff');
    expect(first?.getAttribute('width')).toBe('576');
    // The drawing itself is kept, its own attributes too.
    expect(root.querySelector('circle')?.getAttribute('fill')).toBe('#6a2c8c');
  });

  it('copies the styles that come from the page onto the elements, so the picture looks like the screen', () => {
    const svg = chart('<svg viewBox="0 0 720 100"><g class="axis"><text x="1" y="1">Steun</text></g><ellipse class="ring" rx="3" ry="2"/></svg>');
    const root = parse(serializeSvg(svg, 1920)?.text ?? '');
    const text = root.querySelector('text') as SVGElement | null;
    expect(text?.style.getPropertyValue('fill')).toBe('rgb(31, 35, 40)');
    expect(text?.style.getPropertyValue('font-size')).toBe('14px');
    // From the page's stylesheet, which a picture does not see.
    expect(text?.style.getPropertyValue('font-family')).toMatch(/Verdana/);
    expect((root.querySelector('ellipse') as SVGElement | null)?.style.getPropertyValue('stroke')).toBe('rgb(29, 78, 95)');
    expect(root.querySelector('text')?.textContent).toBe('Steun');
  });

  it('keeps the page\'s own chart untouched', () => {
    const svg = chart('<svg width="200" height="100"><text>x</text></svg>');
    const before = svg.outerHTML;
    const out = serializeSvg(svg, 1920);
    // 200 × 100 with a margin of 2: 204 × 104.
    expect(out).toMatchObject({ width: 1920, height: 979 });
    expect(svg.outerHTML).toBe(before);
  });

  it('gives nothing for an SVG without any size', () => {
    expect(serializeSvg(chart('<svg></svg>'), 1920)).toBeNull();
  });
});
